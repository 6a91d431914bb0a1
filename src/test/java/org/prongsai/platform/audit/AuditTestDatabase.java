package org.prongsai.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A fresh in-memory H2 database in PostgreSQL mode, migrated, with a trail over it at a fixed time. */
final class AuditTestDatabase {

	// Nanoseconds on purpose: the trail must keep only microseconds, as PostgreSQL does.
	static final Instant NOW = Instant.parse("2026-11-25T03:04:05.123456789Z");

	final DataSource dataSource;

	final DataSourceTransactionManager transactions;

	final TransactionTemplate transaction;

	final JdbcClient jdbc;

	final AuditTrail trail;

	AuditTestDatabase() {
		DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:audit-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
		Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
		this.dataSource = ds;
		this.transactions = new DataSourceTransactionManager(ds);
		this.transaction = new TransactionTemplate(transactions);
		this.jdbc = JdbcClient.create(ds);
		this.trail = new AuditTrail(ds, transactions, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	record Event(String action, @Nullable UUID stationId, String target, String beforeSummary, String afterSummary)
			implements AuditedEvent {

		@Override
		public Attribution attribution() {
			return Attribution.signedIn();
		}
	}

	static Event event(int n) {
		return new Event("station.profile.updated", UUID.nameUUIDFromBytes(("station" + n % 3).getBytes()),
				"profile-" + n, "phone 02-000-000" + n, "phone 02-111-111" + n);
	}

	void append(int count) {
		for (int i = 1; i <= count; i++) {
			trail.record(event(i));
		}
	}
}
