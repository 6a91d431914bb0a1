package org.prongsai.integrity;

import java.nio.file.Path;
import java.security.SecureRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where complaints' master keys live, and the receipts' slow hash. */
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

	@Bean
	Receipts receipts() {
		return Receipts.standard();
	}
}
