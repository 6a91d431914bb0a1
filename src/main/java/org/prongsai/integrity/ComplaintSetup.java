package org.prongsai.integrity;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.prongsai.platform.cli.CliArguments;
import org.prongsai.platform.cli.CliCommand;
import org.prongsai.platform.security.PasswordHashing;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/** Where complaints' master keys live, the command that rotates them, and the receipts' slow hash. */
@Configuration(proxyBeanMethods = false)
class ComplaintSetup {

	/**
	 * The keys are kept beside the stations' signing keys, outside the database, in a folder no
	 * station code can name (codes never start with an underscore).
	 */
	@Bean
	ComplaintVault complaintVault(@Value("${prongsai.keys.root}") Path keys) {
		return new ComplaintVault(keys.resolve("_complaints"), new SecureRandom());
	}

	/** Argon2id through the process's hashing gate, which sign-in shares. */
	@Bean
	Receipts receipts(PasswordHashing hashing) {
		return new Receipts(hashing.argon2(), new SecureRandom());
	}

	/**
	 * {@code complaints rotate-key --station kamala}: a new master key seals the station's complaints
	 * from now on; the old ones stay in the folder, so everything sealed before still opens.
	 */
	@Bean
	CliCommand complaintKeyRotation(ComplaintVault vault, StationDirectory stations, ApplicationEventPublisher events) {
		return new CliCommand() {
			@Override
			public String group() {
				return "complaints";
			}

			@Override
			public String name() {
				return "rotate-key";
			}

			@Override
			public String summary() {
				return "--station kamala  (a new master key for complaints from now on; those sealed before still open)";
			}

			@Override
			public int run(CliArguments arguments, PrintStream out) {
				String code = arguments.required("station");
				StationView station = stations.findByCode(code).orElseThrow(() -> new IllegalArgumentException("no station " + code));
				ComplaintVault.MasterKey key = vault.rotate(station.code());
				events.publishEvent(new IntegrityEvents.ComplaintChanged(station.id(), "integrity.complaint.key-rotated",
						"master key " + key.number(), "", "rotated by the operator", true));
				out.println("Station " + station.code() + " now seals complaints with master key " + key.number()
						+ "; back up the keys folder now");
				return 0;
			}
		};
	}
}
