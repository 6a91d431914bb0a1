package org.prongsai.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * The six-month budget reports: made from the plan and the disbursements to the end of March, with
 * the problems and suggestions finance writes, acknowledged by the commander. An acknowledgement
 * is of the report as it stood: changing a figure or the text afterwards voids it.
 */
@Service
@Transactional
class SixMonthReports {

	static final int MAX_TEXT = 4000;

	private final JdbcClient jdbc;
	private final BudgetPlans plans;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SixMonthReports(JdbcClient jdbc, BudgetPlans plans, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.events = events;
		this.clock = clock;
	}

	/** The station's report for the year as it stands now. */
	@Transactional(readOnly = true)
	SixMonthReport report(UUID stationId, FiscalYear year) {
		LocalDate asOf = year.firstSixMonths().endInclusive();
		List<BudgetDisbursement> paid = plans.disbursements(stationId, year).stream()
			.filter(d -> !d.paidOn().isAfter(asOf)).toList();
		Map<UUID, BigDecimal> byLine = new HashMap<>();
		paid.forEach(d -> byLine.merge(d.lineId(), d.amount(), BigDecimal::add));
		List<SixMonthReport.Row> rows = new ArrayList<>();
		for (BudgetLine line : plans.lines(stationId, year)) {
			rows.add(new SixMonthReport.Row(rows.size() + 1, line, byLine.getOrDefault(line.id(), BigDecimal.ZERO.setScale(2))));
		}
		return jdbc.sql("select * from budget_year where station_id = :station and fiscal_year = :year")
			.param("station", stationId).param("year", year.beYear())
			.query((rs, n) -> new SixMonthReport(year, rows, paid, rs.getString("problems"), rs.getString("suggestions"),
					rs.getInt("version"), rs.getString("acknowledged_sha256") == null ? null
							: new SixMonthReport.Acknowledgement(rs.getString("acknowledged_by"), rs.getString("acknowledged_name"),
									rs.getTimestamp("acknowledged_at").toInstant(), rs.getString("acknowledged_sha256"))))
			.optional()
			.orElseGet(() -> new SixMonthReport(year, rows, paid, "", "", 0, null));
	}

	/**
	 * Keeps the report's problems and suggestions.
	 * @throws OptimisticLockingFailureException when they changed since the form was opened
	 */
	void write(UUID stationId, FiscalYear year, String problems, String suggestions, int version, String by) {
		String problemsText = EntryFields.limited(problems.strip(), MAX_TEXT);
		String suggestionsText = EntryFields.limited(suggestions.strip(), MAX_TEXT);
		SixMonthReport before = report(stationId, year);
		plans.yearRow(stationId, year);
		int updated = jdbc.sql("update budget_year set problems = :problems, suggestions = :suggestions, version = version + 1"
				+ " where station_id = :station and fiscal_year = :year and version = :version")
			.param("problems", problemsText).param("suggestions", suggestionsText).param("station", stationId)
			.param("year", year.beYear()).param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("the " + year + " budget report changed since version " + version);
		}
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.budget.report.written", year.toString(),
				written(before.problems(), before.suggestions()), written(problemsText, suggestionsText)));
	}

	/**
	 * Records the commander's acknowledgement of the report they read.
	 * @param fingerprint the {@link SixMonthReport#fingerprint()} of the report as the commander read it
	 * @param name the commander's rank and name, as the report shows them
	 */
	void acknowledge(UUID stationId, FiscalYear year, String fingerprint, String username, String name) {
		acknowledge(stationId, year, fingerprint, username, name, clock.instant());
	}

	/** As {@link #acknowledge(UUID, FiscalYear, String, String, String)}, at a given instant (the demo's past). */
	void acknowledge(UUID stationId, FiscalYear year, String fingerprint, String username, String name, Instant at) {
		SixMonthReport report = report(stationId, year);
		refuseIncomplete(report, at.atZone(FiscalYear.BANGKOK).toLocalDate());
		if (!report.fingerprint().equals(fingerprint)) {
			throw new ReportingRejected("reporting.budget.reject.changed-since-read");
		}
		plans.yearRow(stationId, year);
		jdbc.sql("update budget_year set acknowledged_by = :by, acknowledged_name = :name, acknowledged_at = :at,"
				+ " acknowledged_sha256 = :sha256 where station_id = :station and fiscal_year = :year")
			.param("by", username).param("name", name).param("at", Timestamp.from(at)).param("sha256", fingerprint)
			.param("station", stationId).param("year", year.beYear())
			.update();
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.budget.report.acknowledged",
				year.toString(), report.acknowledgement() == null ? "" : "acknowledged sha256 " + report.acknowledgement().sha256(),
				name + " acknowledged sha256 " + fingerprint));
	}

	/**
	 * Refuses a report that cannot be acknowledged or published yet: one without a plan, without
	 * its problems written, or whose period has not ended on the day.
	 */
	static void refuseIncomplete(SixMonthReport report, LocalDate today) {
		if (report.rows().isEmpty()) {
			throw new ReportingRejected("reporting.budget.reject.no-plan");
		}
		if (report.problems().isBlank()) {
			throw new ReportingRejected("reporting.budget.reject.required.problems");
		}
		if (today.isBefore(report.asOf())) {
			throw new ReportingRejected("reporting.budget.reject.not-yet");
		}
	}

	/** How long the texts are, not what they say: the report keeps that, and the trail is kept for good. */
	private static String written(String problems, String suggestions) {
		return "problems " + problems.length() + " characters, suggestions " + suggestions.length() + " characters";
	}
}
