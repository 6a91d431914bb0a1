package org.prongsai.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * The station's monthly checkpoint figures (O11), entered month by month or imported from a CSV or
 * Excel file with one row per month: {@code month} then a column for each {@link CheckpointMeasure}.
 * Either way a month's figures are replaced as a whole, and a file with any bad row imports nothing.
 */
@Service
@Transactional
class CheckpointStatistics {

	static final List<String> HEADER = Stream.concat(Stream.of("month"), CheckpointMeasure.codes().stream()).toList();

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CheckpointStatistics(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The figures of a file for the fiscal year, every row checked: each month's amount of each
	 * measure. No database work: a file is read and checked before any transaction begins.
	 */
	static Figures figures(FiguresFile file, FiscalYear year) {
		Map<YearMonth, Map<String, Integer>> months = new TreeMap<>();
		for (FiguresFile.Line line : file.lines()) {
			YearMonth month = file.month(line, 0, year);
			if (month == null) {
				continue;
			}
			if (months.containsKey(month)) {
				file.problem(line, "reporting.checkpoints.reject.duplicate", month.toString());
				continue;
			}
			int[] counts = file.counts(line, 1, HEADER);
			if (counts != null) {
				Map<String, Integer> amounts = new LinkedHashMap<>();
				for (int i = 0; i < counts.length; i++) {
					amounts.put(HEADER.get(i + 1), counts[i]);
				}
				months.put(month, amounts);
			}
		}
		return new Figures(months, file.problems());
	}

	/**
	 * Imports a file's figures, checked with {@link #figures}: the months imported, or the
	 * problems found (and nothing imported).
	 */
	FiguresFile.Outcome importFile(UUID stationId, String fileName, Figures checked, String by) {
		if (!checked.problems().isEmpty()) {
			return FiguresFile.Outcome.refused(checked.problems());
		}
		checked.months().forEach((month, amounts) -> replace(stationId, month, amounts, by));
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.checkpoints.imported", fileName, "",
				"figures for " + checked.months().keySet()));
		return new FiguresFile.Outcome(List.copyOf(checked.months().keySet()), List.of());
	}

	/**
	 * Records a month's figures as typed on the screen.
	 * @param typed each measure's code and the text typed for it
	 * @return the codes of the measures whose text is not a count; when there are any, nothing is recorded
	 */
	Set<String> enter(UUID stationId, YearMonth month, Map<String, String> typed, String by) {
		Map<String, Integer> amounts = new LinkedHashMap<>();
		Set<String> invalid = new TreeSet<>();
		for (String code : CheckpointMeasure.codes()) {
			Integer count = FiguresFile.count(typed.getOrDefault(code, ""));
			if (count == null) {
				invalid.add(code);
			}
			else {
				amounts.put(code, count);
			}
		}
		if (invalid.isEmpty()) {
			String before = month(stationId, month).map(m -> m.amounts().toString()).orElse("");
			replace(stationId, month, amounts, by);
			events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.checkpoints.entered",
					month.toString(), before, amounts.toString()));
		}
		return invalid;
	}

	private void replace(UUID stationId, YearMonth month, Map<String, Integer> amounts, String by) {
		Date first = Date.valueOf(month.atDay(1));
		jdbc.sql("delete from checkpoint_statistic where station_id = :station and report_month = :month")
			.param("station", stationId).param("month", first).update();
		Timestamp now = Timestamp.from(clock.instant());
		amounts.forEach((measure, amount) -> jdbc.sql("insert into checkpoint_statistic (station_id, report_month, measure,"
				+ " amount, recorded_by, recorded_at) values (:station, :month, :measure, :amount, :by, :now)")
			.param("station", stationId).param("month", first).param("measure", measure).param("amount", amount)
			.param("by", by).param("now", now)
			.update());
	}

	/** The month's figures, if it has any. */
	@Transactional(readOnly = true)
	Optional<CheckpointMonth> month(UUID stationId, YearMonth month) {
		Map<String, Integer> amounts = new LinkedHashMap<>();
		jdbc.sql("select measure, amount from checkpoint_statistic where station_id = :station and report_month = :month")
			.param("station", stationId).param("month", Date.valueOf(month.atDay(1)))
			.query((rs, n) -> Map.entry(rs.getString("measure"), rs.getInt("amount"))).list()
			.forEach(e -> amounts.put(e.getKey(), e.getValue()));
		if (amounts.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Integer> ordered = new LinkedHashMap<>();
		CheckpointMeasure.codes().forEach(code -> ordered.put(code, amounts.getOrDefault(code, 0)));
		return Optional.of(new CheckpointMonth(month, ordered));
	}

	/** The months of the year that have figures. */
	@Transactional(readOnly = true)
	List<YearMonth> months(UUID stationId, FiscalYear year) {
		return new ArrayList<>(jdbc.sql("select distinct report_month from checkpoint_statistic where station_id = :station"
				+ " and report_month between :start and :end order by report_month")
			.param("station", stationId).param("start", Date.valueOf(year.start())).param("end", Date.valueOf(year.end()))
			.query((rs, n) -> YearMonth.from(rs.getDate("report_month").toLocalDate())).list());
	}

	/** A file's figures, each month's amount of each measure, or the problems that stop its import. */
	record Figures(Map<YearMonth, Map<String, Integer>> months, List<FiguresFile.Problem> problems) {
	}

	/** A month's checkpoint figures, each measure's code with its amount, in the measures' order. */
	record CheckpointMonth(YearMonth month, Map<String, Integer> amounts) {

		public int amount(String code) {
			return amounts.getOrDefault(code, 0);
		}

		/** The offences found, of every type. */
		public int offencesFound() {
			return CheckpointMeasure.offences().stream().mapToInt(m -> amount(m.code())).sum();
		}
	}
}
