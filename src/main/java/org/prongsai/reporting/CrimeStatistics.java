package org.prongsai.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * The station's monthly crime figures (O11), imported from a CSV or Excel file of rows
 * {@code month, offence, reported, solved, arrested}. Every row is checked first; a file with any
 * bad row imports nothing and says which rows and why. A month in a good file replaces that
 * month's figures.
 */
@Service
@Transactional
class CrimeStatistics {

	static final List<String> HEADER = List.of("month", "offence", "reported", "solved", "arrested");

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CrimeStatistics(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The figures of a file for the fiscal year, every row checked. No database work: a file is
	 * read and checked before any transaction begins.
	 */
	static Figures figures(FiguresFile file, FiscalYear year) {
		List<Figure> figures = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (FiguresFile.Line line : file.lines()) {
			YearMonth month = file.month(line, 0, year);
			if (month == null) {
				continue;
			}
			String code = line.cells().get(1);
			if (CrimeOffence.coded(code).isEmpty()) {
				file.problem(line, "reporting.statistics.reject.offence", code);
				continue;
			}
			if (!seen.add(month + " " + code)) {
				file.problem(line, "reporting.statistics.reject.duplicate", month.toString(), code);
				continue;
			}
			int[] counts = file.counts(line, 2, HEADER);
			if (counts != null) {
				figures.add(new Figure(month, code, counts[0], counts[1], counts[2]));
			}
		}
		return new Figures(figures, file.problems());
	}

	/**
	 * Imports a file's figures, checked with {@link #figures}: the months imported, or the
	 * problems found (and nothing imported).
	 */
	FiguresFile.Outcome importFile(UUID stationId, String fileName, Figures checked, String by) {
		if (!checked.problems().isEmpty()) {
			return FiguresFile.Outcome.refused(checked.problems());
		}
		List<Figure> figures = checked.figures();
		Set<YearMonth> months = new TreeSet<>(figures.stream().map(Figure::month).toList());
		replace(stationId, months, figures, by);
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.statistics.imported", fileName, "",
				figures.size() + " figures for " + months));
		return new FiguresFile.Outcome(List.copyOf(months), List.of());
	}

	/**
	 * Records a month's figures as typed on the screen, one field per offence and count, named
	 * {@code reported-3.1}; a blank field is no case.
	 * @return the names of the fields whose text is not a count; when there are any, nothing is recorded
	 */
	Set<String> enter(UUID stationId, YearMonth month, Map<String, String> typed, String by) {
		List<Figure> figures = new ArrayList<>();
		Set<String> invalid = new TreeSet<>();
		for (CrimeOffence offence : CrimeOffence.ALL) {
			int[] counts = new int[3];
			for (int c = 0; c < 3; c++) {
				String field = field(HEADER.get(2 + c), offence);
				String text = typed.getOrDefault(field, "").strip();
				Integer count = text.isEmpty() ? Integer.valueOf(0) : FiguresFile.count(text);
				if (count == null) {
					invalid.add(field);
				}
				else {
					counts[c] = count;
				}
			}
			figures.add(new Figure(month, offence.code(), counts[0], counts[1], counts[2]));
		}
		if (invalid.isEmpty()) {
			String before = month(stationId, month).toString();
			replace(stationId, Set.of(month), figures, by);
			events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.statistics.entered", month.toString(),
					before, figures.toString()));
		}
		return invalid;
	}

	/** The name of the screen's field for an offence's count: {@code reported-3.1}. */
	static String field(String count, CrimeOffence offence) {
		return count + "-" + offence.code();
	}

	private void replace(UUID stationId, Set<YearMonth> months, List<Figure> figures, String by) {
		Timestamp now = Timestamp.from(clock.instant());
		for (YearMonth month : months) {
			jdbc.sql("delete from crime_statistic where station_id = :station and report_month = :month")
				.param("station", stationId).param("month", Date.valueOf(month.atDay(1))).update();
		}
		for (Figure f : figures) {
			jdbc.sql("insert into crime_statistic (station_id, report_month, offence, reported, solved, arrested, imported_by,"
					+ " imported_at) values (:station, :month, :offence, :reported, :solved, :arrested, :by, :now)")
				.param("station", stationId).param("month", Date.valueOf(f.month().atDay(1))).param("offence", f.offence())
				.param("reported", f.reported()).param("solved", f.solved()).param("arrested", f.arrested())
				.param("by", by).param("now", now)
				.update();
		}
	}

	/** The month's figures, in the offences' order. */
	@Transactional(readOnly = true)
	List<Figure> month(UUID stationId, YearMonth month) {
		List<Figure> figures = jdbc.sql("select * from crime_statistic where station_id = :station and report_month = :month")
			.param("station", stationId).param("month", Date.valueOf(month.atDay(1)))
			.query((rs, n) -> new Figure(month, rs.getString("offence"), rs.getInt("reported"), rs.getInt("solved"),
					rs.getInt("arrested")))
			.list();
		List<String> order = CrimeOffence.ALL.stream().map(CrimeOffence::code).toList();
		return figures.stream().sorted(java.util.Comparator.comparingInt(f -> order.indexOf(f.offence()))).toList();
	}

	/** The months of the year that have figures. */
	@Transactional(readOnly = true)
	List<YearMonth> months(UUID stationId, FiscalYear year) {
		return jdbc.sql("select distinct report_month from crime_statistic where station_id = :station"
				+ " and report_month between :start and :end order by report_month")
			.param("station", stationId).param("start", Date.valueOf(year.start())).param("end", Date.valueOf(year.end()))
			.query((rs, n) -> YearMonth.from(rs.getDate("report_month").toLocalDate())).list();
	}

	/** One offence's figures for a month. */
	record Figure(YearMonth month, String offence, int reported, int solved, int arrested) {
	}

	/** A file's figures, or the problems that stop its import. */
	record Figures(List<Figure> figures, List<FiguresFile.Problem> problems) {
	}
}
