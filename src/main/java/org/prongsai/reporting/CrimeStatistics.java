package org.prongsai.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.documents.CsvTable;

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
	 * Imports a file for the fiscal year.
	 * @return the months imported, or the problems found (and nothing imported)
	 */
	Outcome importFile(UUID stationId, FiscalYear year, String fileName, byte[] content, String by) {
		List<List<String>> rows;
		try {
			rows = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? workbook(content) : CsvTable.read(content);
		}
		catch (IllegalArgumentException ex) {
			return Outcome.refused(List.of(new Problem(0, "reporting.statistics.reject.encoding", List.of())));
		}
		catch (IOException ex) {
			return Outcome.refused(List.of(new Problem(0, "reporting.statistics.reject.unreadable", List.of())));
		}
		List<Problem> problems = new ArrayList<>();
		if (rows.isEmpty() || !rows.get(0).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER)) {
			return Outcome.refused(List.of(new Problem(1, "reporting.statistics.reject.header", List.of(String.join(", ", HEADER)))));
		}
		List<Figure> figures = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			int line = i + 1;
			if (row.size() != HEADER.size()) {
				problems.add(new Problem(line, "reporting.statistics.reject.columns", List.of(HEADER.size())));
				continue;
			}
			YearMonth month;
			try {
				month = YearMonth.parse(row.get(0).strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(new Problem(line, "reporting.statistics.reject.month", List.of(row.get(0).strip())));
				continue;
			}
			if (!year.contains(month.atDay(1))) {
				problems.add(new Problem(line, "reporting.statistics.reject.outside", List.of(month.toString(), String.valueOf(year.beYear()))));
				continue;
			}
			String code = row.get(1).strip();
			if (CrimeOffence.coded(code).isEmpty()) {
				problems.add(new Problem(line, "reporting.statistics.reject.offence", List.of(code)));
				continue;
			}
			if (!seen.add(month + " " + code)) {
				problems.add(new Problem(line, "reporting.statistics.reject.duplicate", List.of(month.toString(), code)));
				continue;
			}
			int[] counts = new int[3];
			boolean good = true;
			for (int c = 0; c < 3 && good; c++) {
				String text = row.get(2 + c).strip();
				if (!text.matches("[0-9]{1,7}")) {
					problems.add(new Problem(line, "reporting.statistics.reject.count", List.of(HEADER.get(2 + c), text)));
					good = false;
				}
				else {
					counts[c] = Integer.parseInt(text);
				}
			}
			if (good) {
				figures.add(new Figure(month, code, counts[0], counts[1], counts[2]));
			}
		}
		if (figures.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem(0, "reporting.statistics.reject.empty", List.of()));
		}
		if (!problems.isEmpty()) {
			return Outcome.refused(problems);
		}
		Set<YearMonth> months = new TreeSet<>(figures.stream().map(Figure::month).toList());
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
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.statistics.imported", fileName, "",
				figures.size() + " figures for " + months));
		return new Outcome(List.copyOf(months), List.of());
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

	/** The first sheet's rows as text; a formula is never evaluated, it is a problem of its row. */
	private static List<List<String>> workbook(byte[] content) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter format = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(HEADER.size(), row.getLastCellNum()); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? "" : cell.getCellType() == CellType.FORMULA ? "=" + cell.getCellFormula()
							: format.formatCellValue(cell));
				}
				while (cells.size() > HEADER.size() && cells.get(cells.size() - 1).isBlank()) {
					cells.remove(cells.size() - 1);
				}
				if (cells.stream().anyMatch(c -> !c.isBlank())) {
					rows.add(cells);
				}
			}
		}
		catch (org.apache.poi.EmptyFileException | org.apache.poi.UnsupportedFileFormatException ex) {
			throw new IOException(ex);
		}
		return rows;
	}

	/** One offence's figures for a month. */
	record Figure(YearMonth month, String offence, int reported, int solved, int arrested) {
	}

	/**
	 * A row that could not be imported.
	 * @param row the row's number in the file (1 is the header), or 0 for the file as a whole
	 */
	record Problem(int row, String key, List<Object> args) {

		public Object[] arguments() {
			return args.toArray();
		}
	}

	/** The months imported, or the problems that stopped the import. */
	record Outcome(List<YearMonth> months, List<Problem> problems) {

		static Outcome refused(List<Problem> problems) {
			return new Outcome(List.of(), problems);
		}
	}
}
