package org.prongsai.station;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.prongsai.platform.cli.CliArguments;
import org.prongsai.platform.cli.CliCommand;
import org.prongsai.platform.security.Role;

/**
 * Operator commands that set up a deployment without any built-in password: {@code station create}
 * makes the first station, {@code admin create} its first administrator.
 */
@Configuration
class StationCommands {

	@Bean
	CliCommand stationCreate(StationAdministration administration) {
		return new Command("station", "create",
				"--code kamala --name-th … --name-en … --short-th … --short-en … --province-th … --province-en … "
						+ "--region 8 --address-th … --address-en … --phone … --email … [--lat 7.95 --lon 98.28]") {
			@Override
			public int run(CliArguments a, PrintStream out) {
				StationProfile profile = new StationProfile(a.required("name-th"), a.required("name-en"),
						a.required("short-th"), a.required("short-en"), a.required("province-th"),
						a.required("province-en"), region(a.required("region")), a.required("address-th"),
						a.required("address-en"), a.required("phone"), a.required("email"),
						a.option("lat").map(BigDecimal::new).orElse(null),
						a.option("lon").map(BigDecimal::new).orElse(null), null, null, null, null, null, null);
				StationView station = administration.createStation(a.required("code"), profile);
				out.println("Created station " + station.code() + " (" + station.profile().nameTh() + ")");
				return 0;
			}
		};
	}

	@Bean
	CliCommand adminCreate(StationAdministration administration) {
		return new Command("admin", "create",
				"--username somchai --name \"ร.ต.อ.สมชาย …\" (--station kamala | --region 8) [--roles STATION_ADMIN,COMMANDER]") {
			@Override
			public int run(CliArguments a, PrintStream out) {
				Set<Role> roles = roles(a.option("roles")
					.orElse(a.option("region").isPresent() ? "REGION_ADMIN" : "STATION_ADMIN"));
				String password = administration.createAccount(a.option("station").orElse(null),
						a.option("region").map(StationCommands::region).orElse(null), a.required("username"),
						a.required("name"), roles);
				out.println("Created account " + a.required("username").toLowerCase(Locale.ROOT) + " with roles "
						+ roles.stream().map(Role::name).collect(Collectors.joining(",")));
				out.println("One-time password (shown once, hand it over in person): " + password);
				return 0;
			}
		};
	}

	@Bean
	CliCommand adminResetPassword(StationAdministration administration) {
		return new Command("admin", "reset-password", "--username somchai") {
			@Override
			public int run(CliArguments a, PrintStream out) {
				String password = administration.resetPassword(a.required("username"));
				out.println("New one-time password (shown once): " + password);
				return 0;
			}
		};
	}

	static int region(String value) {
		try {
			int region = Integer.parseInt(value.strip());
			if (region < 1 || region > 9) {
				throw new IllegalArgumentException("a police region is 1 to 9: " + value);
			}
			return region;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("a police region is a number from 1 to 9: " + value);
		}
	}

	static Set<Role> roles(String list) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
			try {
				roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("unknown role " + name + "; roles are " + Arrays.toString(Role.values()));
			}
		}
		return roles;
	}

	private abstract static class Command implements CliCommand {

		private final String group;
		private final String name;
		private final String summary;

		Command(String group, String name, String summary) {
			this.group = group;
			this.name = name;
			this.summary = summary;
		}

		@Override
		public String group() {
			return group;
		}

		@Override
		public String name() {
			return name;
		}

		@Override
		public String summary() {
			return summary;
		}
	}
}
