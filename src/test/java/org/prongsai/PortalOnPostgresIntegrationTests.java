package org.prongsai;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The full-stack scenarios on PostgreSQL, in a database the tests may wipe: set
 * {@code PRONGSAI_TEST_PG_URL}, {@code PRONGSAI_TEST_PG_USER} and {@code PRONGSAI_TEST_PG_PASSWORD}
 * to point elsewhere. Skipped when the server can't be reached on a developer machine; with
 * {@code CI=true} an unreachable server fails the build instead.
 */
@ExtendWith(PortalOnPostgresIntegrationTests.ServerReachable.class)
class PortalOnPostgresIntegrationTests extends PortalScenarios {

	static final String URL = env("PRONGSAI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/prongsai_test");

	static final String USER = env("PRONGSAI_TEST_PG_USER", "prongsai_test");

	static final String PASSWORD = env("PRONGSAI_TEST_PG_PASSWORD", "prongsai_test");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> URL);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	static class ServerReachable implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			DriverManager.setLoginTimeout(5);
			try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
				return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
			}
			catch (SQLException ex) {
				String problem = "PostgreSQL is not reachable at " + URL + " as " + USER + " (" + ex.getMessage()
						+ "); run .ci/run or set PRONGSAI_TEST_PG_URL, PRONGSAI_TEST_PG_USER, PRONGSAI_TEST_PG_PASSWORD";
				if ("true".equalsIgnoreCase(System.getenv("CI"))) {
					throw new IllegalStateException("CI=true: " + problem, ex);
				}
				return ConditionEvaluationResult.disabled(problem);
			}
		}
	}
}
