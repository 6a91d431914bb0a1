package org.prongsai;

import org.springframework.test.context.TestPropertySource;

/** Every form on the embedded database. */
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:every-form;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa",
		"spring.datasource.password=" })
class EveryFormOnH2IntegrationTests extends EveryFormScenarios {

	@Override
	int casesPerForm() {
		return 24;
	}
}
