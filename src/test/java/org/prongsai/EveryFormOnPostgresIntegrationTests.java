package org.prongsai;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every form on PostgreSQL, which refuses what H2 takes quietly (a NUL in text, a timestamp out of
 * its range): fewer malformed values per form than on H2, in the same database as the portal scenarios.
 */
@ExtendWith(PortalOnPostgresIntegrationTests.ServerReachable.class)
class EveryFormOnPostgresIntegrationTests extends EveryFormScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PortalOnPostgresIntegrationTests.URL);
		registry.add("spring.datasource.username", () -> PortalOnPostgresIntegrationTests.USER);
		registry.add("spring.datasource.password", () -> PortalOnPostgresIntegrationTests.PASSWORD);
	}

	@Override
	int casesPerForm() {
		return 12;
	}
}
