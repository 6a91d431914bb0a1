package org.prongsai;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.h2.jdbc.JdbcConnection;
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
			throws SQLException {
		renewEveryConnection(dataSource.unwrap(HikariDataSource.class));
		UUID station = jdbc.sql("select id from station where code = 'kamala'").query(UUID.class).single();
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into question (id, station_id, form_token, asked_at, masked_body, status)"
				+ " values (:id, :station, :token, current_timestamp, 'renewed pool', 'WAITING')")
			.param("id", id).param("station", station).param("token", id.toString().substring(0, 30)).update();
		assertThat(jdbc.sql("select status from question where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("WAITING");
		jdbc.sql("delete from question where id = :id").param("id", id).update();
	}

	/**
	 * Closes every connection the pool holds now, as the pool does when it retires them, but at
	 * once: the pool's own eviction closes them on a thread of its own, later. The test thread holds
	 * none, so taking each idle one closes them all.
	 */
	private static void renewEveryConnection(HikariDataSource pool) throws SQLException {
		List<Connection> held = new ArrayList<>();
		try {
			while (pool.getHikariPoolMXBean().getIdleConnections() > 0) {
				held.add(pool.getConnection());
			}
			for (Connection connection : held) {
				connection.unwrap(JdbcConnection.class).close();
			}
		}
		finally {
			held.forEach(pool::evictConnection);
		}
	}
}
