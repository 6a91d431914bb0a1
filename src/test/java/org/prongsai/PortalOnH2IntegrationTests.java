package org.prongsai;

import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The full-stack scenarios on the embedded database, in memory and PostgreSQL mode. */
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:portal-scenarios;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa",
		"spring.datasource.password=" })
class PortalOnH2IntegrationTests extends PortalScenarios {

	/**
	 * H2 2.4 stops evaluating a check constraint of the form {@code col in (…)} once the connection
	 * that created it closes; the pool renews its connections every thirty minutes.
	 */
	@Test
	void theEmbeddedDatabaseStillTakesRowsAfterThePoolRenewsEveryConnection(@Autowired DataSource dataSource)
			throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		pool.getHikariPoolMXBean().softEvictConnections();
		Thread.sleep(200);
		UUID station = jdbc.sql("select id from station where code = 'kamala'").query(UUID.class).single();
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into question (id, station_id, form_token, asked_at, masked_body, status)"
				+ " values (:id, :station, :token, current_timestamp, 'renewed pool', 'WAITING')")
			.param("id", id).param("station", station).param("token", id.toString().substring(0, 30)).update();
		assertThat(jdbc.sql("select status from question where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("WAITING");
		jdbc.sql("delete from question where id = :id").param("id", id).update();
	}
}
