package org.prongsai.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal data kept for a period and no longer: each day (Modulith's {@link DayHasPassed}, Bangkok
 * time) what has been kept past its period is erased, and each erasure is audited. Every instance
 * of the portal runs it, so an erasure must be idempotent: erase only what is still there, in an
 * update whose condition is checked again, and record only what that update erased.
 */
public abstract class Retention {

	private final Clock clock;

	private final Duration period;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	/** @param period how long the data is kept after the moment its subclass counts from */
	protected Retention(Clock clock, Duration period, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		if (period.isNegative()) {
			throw new IllegalArgumentException("a retention period cannot be negative: " + period);
		}
		this.clock = clock;
		this.period = period;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
	}

	/** How long the data is kept after the moment its subclass counts from; never negative. */
	public Duration period() {
		return period;
	}

	@EventListener
	public void on(DayHasPassed day) {
		eraseDue();
	}

	/**
	 * Erases what is due now, in one transaction with its audit entries.
	 * @return how many records lost their personal data
	 */
	public int eraseDue() {
		Integer erased = transaction.execute(status -> erase(clock.instant().minus(period)));
		return erased == null ? 0 : erased;
	}

	/**
	 * Erases each record due, and records in the audit trail, as the application's own work, each
	 * one this instance erased.
	 * @param erase erases one record's personal data if it is still there; whether it did
	 * @param action the audit action, for example {@code eservice.lost.contact-erased}
	 * @param what what was erased, for example "the citizen's phone and e-mail"
	 * @return how many this instance erased
	 */
	protected int eraseEach(List<Due> due, Predicate<Due> erase, String action, String what) {
		int erased = 0;
		for (Due record : due) {
			if (erase.test(record)) {
				events.publishEvent(new Erased(record.stationId(), action, record.target(), what,
						"erased, kept " + period.toDays() + " days"));
				erased++;
			}
		}
		return erased;
	}

	/**
	 * Erases each record a query finds due with an update that erases only what is still there,
	 * and audits each it erased (see {@link #eraseEach(List, Predicate, String, String)}).
	 * @param due see {@link #due}
	 * @param erase an update of the record {@code :id} on condition that its personal data is still
	 *     there: another instance may have erased it meanwhile, and records it then
	 * @return how many this instance erased
	 */
	protected int eraseEach(JdbcClient jdbc, String due, Instant before, String erase, String action, String what) {
		return eraseEach(due(jdbc, due, before), record -> jdbc.sql(erase).param("id", record.id()).update() == 1, action,
				what);
	}

	/**
	 * The records a query finds due.
	 * @param query a query of the columns {@code id}, {@code station_id} and {@code target} (see
	 *     {@link Due}) that takes the moment the period ended before as {@code :before}
	 */
	protected static List<Due> due(JdbcClient jdbc, String query, Instant before) {
		return jdbc.sql(query).param("before", Timestamp.from(before)).query(Due::read).list();
	}

	/**
	 * A record whose personal data is due to be erased, as a query reads it with the columns
	 * {@code id}, {@code station_id} and {@code target} (what the audit entry names).
	 */
	public record Due(UUID id, UUID stationId, String target) {

		/** Reads a row of {@code id}, {@code station_id} and {@code target}. */
		public static Due read(ResultSet rs, int rowNum) throws SQLException {
			return new Due(rs.getObject("id", UUID.class), rs.getObject("station_id", UUID.class), rs.getString("target"));
		}
	}

	private record Erased(@Nullable UUID stationId, String action, String target, String beforeSummary,
			String afterSummary) implements AuditedEvent {

		@Override
		public Attribution attribution() {
			return Attribution.system();
		}
	}

	/**
	 * Erases what the period ended for before the moment, and audits it.
	 * @return how many records lost their personal data
	 */
	protected abstract int erase(Instant keptUntil);
}
