package org.prongsai.eservice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.prongsai.platform.security.SecretFiles;
import org.prongsai.platform.security.FailureLimit;

/**
 * The access codes' secret and the limit of wrong answers per client of the public case status page. The secret is a
 * file of 32 random bytes under {@code prongsai.keys.root}, made (readable by its owner only) on
 * the first start (see {@link SecretFiles}): kept out of the database, so a copied database cannot be searched for codes,
 * and out of the repository. Losing it makes every issued code fail; the station then issues new
 * ones. The limiter's settings are properties (see application.properties) so that a benchmark
 * can allow its own clients more tries without the limit being switched off in code.
 */
@Configuration(proxyBeanMethods = false)
class CaseStatusConfiguration {

	static final String SECRET_FILE = "access-codes.secret";

	@Bean
	AccessCodes accessCodes(@Value("${prongsai.keys.root:./data/keys}") Path keys) {
		return new AccessCodes(secret(keys.resolve(SECRET_FILE)), new SecureRandom());
	}

	@Bean
	FailureLimit caseStatusLimiter(@Value("${prongsai.case-status.max-failures:5}") int maxFailures,
			@Value("${prongsai.case-status.window:15m}") Duration window,
			@Value("${prongsai.case-status.lockout:15m}") Duration lockout,
			@Value("${prongsai.case-status.max-tracked:100000}") int maxTracked, Clock clock) {
		return new FailureLimit(maxFailures, window, lockout, clock, maxTracked);
	}

	/** The secret in the file, made first when there is none. */
	static byte[] secret(Path file) {
		try {
			if (!Files.exists(file)) {
				byte[] secret = new byte[32];
				new SecureRandom().nextBytes(secret);
				try {
					SecretFiles.create(file, secret);
				}
				catch (FileAlreadyExistsException ex) {
					// another instance made it first: use theirs
				}
			}
			byte[] secret = Files.readAllBytes(file);
			if (secret.length < 32) {
				throw new IllegalStateException(file + " must hold at least 32 bytes");
			}
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or make the access code secret " + file, ex);
		}
	}
}
