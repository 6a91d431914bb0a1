package org.prongsai.eservice;

import java.io.PrintStream;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.cli.CliArguments;
import org.prongsai.platform.cli.CliCommand;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * The stations' signing keys, in the folder {@code prongsai.keys.root} (outside the database and
 * the repository; back it up with the same care as the database), and the operator commands that
 * export a station's public keys and rotate its key.
 */
@Configuration
class StationKeys {

	@Bean
	SigningKeys signingKeys(@Value("${prongsai.keys.root}") Path root) {
		return new SigningKeys(root);
	}

	@Bean
	KeyRotation keyRotation(SigningKeys keys, ApplicationEventPublisher events) {
		return new KeyRotation(keys, events);
	}

	@Bean
	CliCommand keysExport(SigningKeys keys, StationDirectory stations) {
		return new Command("export", "--station kamala  (prints the station's public keys as PEM, oldest first)") {
			@Override
			public int run(CliArguments a, PrintStream out) {
				StationView station = station(stations, a);
				keys.publicKeysPem(station.code()).forEach(out::print);
				return 0;
			}
		};
	}

	@Bean
	CliCommand keysRotate(KeyRotation rotation, StationDirectory stations) {
		return new Command("rotate", "--station kamala  (a new signing key; certificates signed before stay verifiable)") {
			@Override
			public int run(CliArguments a, PrintStream out) {
				StationView station = station(stations, a);
				SigningKeys.PublicKeyFile key = rotation.rotate(station, "operator");
				out.println("Station " + station.code() + " now signs with key " + key.number() + " (" + key.id() + ")");
				out.print(key.pem());
				return 0;
			}
		};
	}

	private static StationView station(StationDirectory stations, CliArguments a) {
		String code = a.required("station");
		return stations.findByCode(code).orElseThrow(() -> new IllegalArgumentException("no station " + code));
	}

	/** Rotating a station's key, which the audit trail records. */
	static class KeyRotation {

		private final SigningKeys keys;
		private final ApplicationEventPublisher events;

		KeyRotation(SigningKeys keys, ApplicationEventPublisher events) {
			this.keys = keys;
			this.events = events;
		}

		@Transactional
		SigningKeys.PublicKeyFile rotate(StationView station, String by) {
			keys.rotate(station.code());
			java.util.List<SigningKeys.PublicKeyFile> all = keys.publicKeys(station.code());
			SigningKeys.PublicKeyFile key = all.get(all.size() - 1);
			events.publishEvent(new EServiceEvents.RecordChanged(station.id(), "eservice.keys.rotated", key.id(),
					all.size() > 1 ? all.get(all.size() - 2).id() : "", "key " + key.number() + " by " + by));
			return key;
		}
	}

	private abstract static class Command implements CliCommand {

		private final String name;
		private final String summary;

		Command(String name, String summary) {
			this.name = name;
			this.summary = summary;
		}

		@Override
		public String group() {
			return "keys";
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
