package org.prongsai.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * The station's criminal investigation fund (O13), quarter by quarter. A quarter's figures are
 * checked, may not be entered before the quarter starts, and may never spend more than the fund
 * holds: the balance carried through the year stays at zero or above. Every change is guarded by
 * the row's version and audited.
 */
@Service
@Transactional
class InvestigationFund {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	InvestigationFund(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The year's recorded quarters, in order. */
	@Transactional(readOnly = true)
	List<FundQuarter> quarters(UUID stationId, FiscalYear year) {
		return jdbc.sql("select * from investigation_fund_quarter where station_id = :station and fiscal_year = :year"
				+ " order by fund_quarter")
			.param("station", stationId).param("year", year.beYear())
			.query((rs, n) -> new FundQuarter(rs.getInt("fund_quarter"), rs.getBigDecimal("allocated"),
					rs.getBigDecimal("spent"), rs.getInt("cases_supported"), rs.getString("note"), rs.getInt("version")))
			.list();
	}

	/** The year through a quarter, as of the quarter's last day. */
	@Transactional(readOnly = true)
	FundReport report(UUID stationId, FiscalYear year, int throughQuarter) {
		year.quarter(throughQuarter);
		return new FundReport(year, throughQuarter,
				quarters(stationId, year).stream().filter(q -> q.quarter() <= throughQuarter).toList());
	}

	/**
	 * Records a quarter's figures, or changes them.
	 * @param version the version the form was opened at; 0 for a quarter not recorded yet
	 * @throws OptimisticLockingFailureException when the quarter changed since the form was opened
	 */
	void record(UUID stationId, FiscalYear year, int quarter, int version, FundQuarter.Entry entry, String by) {
		if (quarter < 1 || quarter > 4) {
			throw new ReportingRejected("reporting.fund.reject.quarter");
		}
		if (year.quarter(quarter).start().isAfter(LocalDate.now(clock.withZone(FiscalYear.BANGKOK)))) {
			throw new ReportingRejected("reporting.fund.reject.future-quarter", quarter);
		}
		FundQuarter figures = entry.validated(quarter, version);
		List<FundQuarter> recorded = new ArrayList<>(quarters(stationId, year));
		Optional<FundQuarter> before = recorded.stream().filter(q -> q.quarter() == quarter).findFirst();
		recorded.removeIf(q -> q.quarter() == quarter);
		recorded.add(figures);
		recorded.sort(Comparator.comparingInt(FundQuarter::quarter));
		for (FundReport.Line line : new FundReport(year, 4, recorded).lines()) {
			if (line.balance().signum() < 0) {
				throw new ReportingRejected("reporting.fund.reject.overspent", line.figures().quarter());
			}
		}
		Timestamp now = Timestamp.from(clock.instant());
		if (before.isPresent()) {
			int updated = jdbc.sql("update investigation_fund_quarter set allocated = :allocated, spent = :spent,"
					+ " cases_supported = :cases, note = :note, recorded_by = :by, recorded_at = :now, version = version + 1"
					+ " where station_id = :station and fiscal_year = :year and fund_quarter = :quarter and version = :version")
				.param("allocated", figures.allocated()).param("spent", figures.spent()).param("cases", figures.cases())
				.param("note", figures.note()).param("by", by).param("now", now).param("station", stationId)
				.param("year", year.beYear()).param("quarter", quarter).param("version", version)
				.update();
			if (updated == 0) {
				throw new OptimisticLockingFailureException("fund quarter " + quarter + " changed since version " + version);
			}
		}
		else {
			try {
				jdbc.sql("insert into investigation_fund_quarter (station_id, fiscal_year, fund_quarter, allocated, spent,"
						+ " cases_supported, note, recorded_by, recorded_at, version) values (:station, :year, :quarter,"
						+ " :allocated, :spent, :cases, :note, :by, :now, 0)")
					.param("station", stationId).param("year", year.beYear()).param("quarter", quarter)
					.param("allocated", figures.allocated()).param("spent", figures.spent()).param("cases", figures.cases())
					.param("note", figures.note()).param("by", by).param("now", now)
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw new OptimisticLockingFailureException("fund quarter " + quarter + " was recorded meanwhile", ex);
			}
		}
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.fund.recorded", year + " Q" + quarter,
				before.map(InvestigationFund::summary).orElse(""), summary(figures)));
	}

	private static String summary(FundQuarter q) {
		return "allocated " + q.allocated().toPlainString() + ", spent " + q.spent().toPlainString() + " baht, " + q.cases()
				+ " cases" + (q.note().isEmpty() ? "" : ", " + q.note());
	}
}
