package org.prongsai.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * The station's budget plans and the disbursements made against them. Every change is checked
 * first, guarded by the row's version against a stale form, recorded in the audit trail, and
 * dates the plan: a plan is "as of" its last change.
 */
@Service
@Transactional
class BudgetPlans {

	/** The order plans are read in: by source of funds, then category, then as entered. */
	static final Comparator<BudgetLine> ORDER = Comparator.<BudgetLine>comparingInt(l -> BudgetLine.SOURCES.indexOf(l.source()))
		.thenComparingInt(l -> BudgetLine.CATEGORIES.indexOf(l.category()));

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	BudgetPlans(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The year's plan, by source of funds and category. */
	@Transactional(readOnly = true)
	List<BudgetLine> lines(UUID stationId, FiscalYear year) {
		return jdbc.sql("select * from budget_line where station_id = :station and fiscal_year = :year order by recorded_at, id")
			.param("station", stationId).param("year", year.beYear())
			.query((rs, n) -> line(rs)).list().stream().sorted(ORDER).toList();
	}

	@Transactional(readOnly = true)
	Optional<BudgetLine> line(UUID stationId, UUID id) {
		return jdbc.sql("select * from budget_line where id = :id and station_id = :station")
			.param("id", id).param("station", stationId)
			.query((rs, n) -> line(rs)).optional();
	}

	UUID addLine(UUID stationId, FiscalYear year, BudgetLineEntry entry, String by) {
		BudgetLine line = entry.validated(UUID.randomUUID(), year, 0);
		jdbc.sql("insert into budget_line (id, station_id, fiscal_year, fund_source, category, description, planned_q1,"
				+ " planned_q2, planned_q3, planned_q4, recorded_by, recorded_at, version) values (:id, :station, :year,"
				+ " :source, :category, :description, :q1, :q2, :q3, :q4, :by, :now, 0)")
			.param("id", line.id()).param("station", stationId).param("year", year.beYear())
			.param("source", line.source().key()).param("category", line.category().key())
			.param("description", line.description()).param("q1", line.planned().get(0)).param("q2", line.planned().get(1))
			.param("q3", line.planned().get(2)).param("q4", line.planned().get(3)).param("by", by)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		planChanged(stationId, year);
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.budget.line.recorded", line.id().toString(),
				"", summary(line)));
		return line.id();
	}

	/** @throws OptimisticLockingFailureException when the line changed since the form was opened */
	void changeLine(UUID stationId, UUID id, int version, BudgetLineEntry entry, String by) {
		BudgetLine before = line(stationId, id).orElseThrow(() -> new ReportingRejected("reporting.procurement.reject.none"));
		BudgetLine line = entry.validated(id, before.year(), version + 1);
		int updated = jdbc.sql("update budget_line set fund_source = :source, category = :category, description = :description,"
				+ " planned_q1 = :q1, planned_q2 = :q2, planned_q3 = :q3, planned_q4 = :q4, version = version + 1"
				+ " where id = :id and station_id = :station and version = :version")
			.param("source", line.source().key()).param("category", line.category().key())
			.param("description", line.description()).param("q1", line.planned().get(0)).param("q2", line.planned().get(1))
			.param("q3", line.planned().get(2)).param("q4", line.planned().get(3)).param("id", id).param("station", stationId)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("budget line " + id + " changed since version " + version);
		}
		planChanged(stationId, before.year());
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.budget.line.changed", id.toString(),
				summary(before), summary(line)));
	}

	/** Deletes a line nothing was paid against; a line with disbursements stays, as the money was spent. */
	void deleteLine(UUID stationId, UUID id, int version, String by) {
		BudgetLine before = line(stationId, id).orElseThrow(() -> new ReportingRejected("reporting.procurement.reject.none"));
		if (jdbc.sql("select count(*) from budget_disbursement where budget_line = :id").param("id", id).query(Long.class)
			.single() > 0) {
			throw new ReportingRejected("reporting.budget.reject.line-disbursed");
		}
		int deleted = jdbc.sql("delete from budget_line where id = :id and station_id = :station and version = :version")
			.param("id", id).param("station", stationId).param("version", version)
			.update();
		if (deleted == 0) {
			throw new OptimisticLockingFailureException("budget line " + id + " changed since version " + version);
		}
		planChanged(stationId, before.year());
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.budget.line.deleted", id.toString(),
				summary(before), "deleted"));
	}

	/** The year's disbursements, by the day they were paid. */
	@Transactional(readOnly = true)
	List<BudgetDisbursement> disbursements(UUID stationId, FiscalYear year) {
		return jdbc.sql("select d.* from budget_disbursement d join budget_line l on l.id = d.budget_line"
				+ " where d.station_id = :station and l.fiscal_year = :year order by d.paid_on, d.recorded_at, d.id")
			.param("station", stationId).param("year", year.beYear())
			.query((rs, n) -> disbursement(rs)).list();
	}

	@Transactional(readOnly = true)
	Optional<BudgetDisbursement> disbursement(UUID stationId, UUID id) {
		return jdbc.sql("select * from budget_disbursement where id = :id and station_id = :station")
			.param("id", id).param("station", stationId)
			.query((rs, n) -> disbursement(rs)).optional();
	}

	/** Records a payment against a line of the station's plan for the year. */
	UUID recordDisbursement(UUID stationId, FiscalYear year, BudgetDisbursement.Entry entry, String by) {
		BudgetLine against = lineOfYear(stationId, year, entry.line());
		BudgetDisbursement paid = entry.validated(UUID.randomUUID(), against, clock);
		jdbc.sql("insert into budget_disbursement (id, station_id, budget_line, paid_on, amount, note, recorded_by, recorded_at,"
				+ " version) values (:id, :station, :line, :paid, :amount, :note, :by, :now, 0)")
			.param("id", paid.id()).param("station", stationId).param("line", against.id())
			.param("paid", Date.valueOf(paid.paidOn())).param("amount", paid.amount()).param("note", paid.note())
			.param("by", by).param("now", Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.budget.disbursement.recorded",
				paid.id().toString(), "", summary(paid, against)));
		return paid.id();
	}

	void deleteDisbursement(UUID stationId, UUID id, int version, String by) {
		BudgetDisbursement before = disbursement(stationId, id)
			.orElseThrow(() -> new ReportingRejected("reporting.procurement.reject.none"));
		int deleted = jdbc.sql("delete from budget_disbursement where id = :id and station_id = :station and version = :version")
			.param("id", id).param("station", stationId).param("version", version)
			.update();
		if (deleted == 0) {
			throw new OptimisticLockingFailureException("disbursement " + id + " changed since version " + version);
		}
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.budget.disbursement.deleted", id.toString(),
				summary(before, line(stationId, before.lineId()).orElseThrow()), "deleted"));
	}

	/** When the year's plan last changed; empty for a year without a plan yet. */
	@Transactional(readOnly = true)
	Optional<Instant> planChangedAt(UUID stationId, FiscalYear year) {
		return jdbc.sql("select plan_changed_at from budget_year where station_id = :station and fiscal_year = :year")
			.param("station", stationId).param("year", year.beYear())
			.query((rs, n) -> Optional.ofNullable(rs.getTimestamp("plan_changed_at")).map(Timestamp::toInstant))
			.optional().flatMap(t -> t);
	}

	/** Makes sure the station's row for the year exists, for the plan's date and the six-month report. */
	void yearRow(UUID stationId, FiscalYear year) {
		boolean exists = jdbc.sql("select count(*) from budget_year where station_id = :station and fiscal_year = :year")
			.param("station", stationId).param("year", year.beYear())
			.query(Long.class).single() > 0;
		if (!exists) {
			jdbc.sql("insert into budget_year (station_id, fiscal_year) values (:station, :year)")
				.param("station", stationId).param("year", year.beYear())
				.update();
		}
	}

	private void planChanged(UUID stationId, FiscalYear year) {
		yearRow(stationId, year);
		jdbc.sql("update budget_year set plan_changed_at = :now where station_id = :station and fiscal_year = :year")
			.param("now", Timestamp.from(clock.instant())).param("station", stationId).param("year", year.beYear())
			.update();
	}

	/** A line of the station's plan for the year, named by the id a form sent; anything else is refused. */
	private BudgetLine lineOfYear(UUID stationId, FiscalYear year, String id) {
		try {
			return line(stationId, UUID.fromString(id.strip())).filter(l -> l.year().equals(year))
				.orElseThrow(() -> new ReportingRejected("reporting.budget.reject.line"));
		}
		catch (IllegalArgumentException ex) {
			throw new ReportingRejected("reporting.budget.reject.line");
		}
	}

	private static BudgetLine line(ResultSet rs) throws SQLException {
		return new BudgetLine(rs.getObject("id", UUID.class), FiscalYear.of(rs.getInt("fiscal_year")),
				BudgetLine.Label.named(BudgetLine.SOURCES, rs.getString("fund_source")).orElseThrow(),
				BudgetLine.Label.named(BudgetLine.CATEGORIES, rs.getString("category")).orElseThrow(), rs.getString("description"),
				List.of(rs.getBigDecimal("planned_q1"), rs.getBigDecimal("planned_q2"), rs.getBigDecimal("planned_q3"),
						rs.getBigDecimal("planned_q4")),
				rs.getInt("version"));
	}

	private static BudgetDisbursement disbursement(ResultSet rs) throws SQLException {
		return new BudgetDisbursement(rs.getObject("id", UUID.class), rs.getObject("budget_line", UUID.class),
				rs.getDate("paid_on").toLocalDate(), rs.getBigDecimal("amount"), rs.getString("note"), rs.getInt("version"));
	}

	private static String summary(BudgetLine line) {
		return line.year() + " " + line.source().key() + "/" + line.category().key() + " " + line.description() + ", planned "
				+ String.join(" / ", line.planned().stream().map(BigDecimal::toPlainString).toList()) + " baht";
	}

	/** Says whether a note came with it, not what it says: it may name who was paid, and the trail is kept for good. */
	private static String summary(BudgetDisbursement paid, BudgetLine line) {
		return paid.paidOn() + " " + paid.amount().toPlainString() + " baht against " + line.description()
				+ (paid.note().isEmpty() ? "" : ", with a note");
	}
}
