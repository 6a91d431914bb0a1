package org.prongsai;

import org.springframework.test.context.TestPropertySource;

/** The full-stack scenarios on the embedded database, in memory and PostgreSQL mode. */
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:portal-scenarios;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa",
		"spring.datasource.password=" })
class PortalOnH2IntegrationTests extends PortalScenarios {
}
