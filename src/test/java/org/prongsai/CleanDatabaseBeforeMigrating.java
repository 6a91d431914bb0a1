package org.prongsai;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Tests only: every run starts from an empty schema, migrated from the first migration on.
 * Needs {@code spring.flyway.clean-disabled=false}; production keeps Flyway's clean disabled.
 */
@TestConfiguration(proxyBeanMethods = false)
class CleanDatabaseBeforeMigrating {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return flyway -> {
			flyway.clean();
			flyway.migrate();
		};
	}
}
