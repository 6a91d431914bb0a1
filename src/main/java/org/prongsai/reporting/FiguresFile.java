package org.prongsai.reporting;

import java.io.InputStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.FileRejectedException;
import org.prongsai.platform.files.UploadedTable;

/**
 * A file of monthly figures an officer imports: CSV (UTF-8 or TIS-620) or Excel, a header row naming
 * the columns, then one row per record, read within the bounds of an {@link UploadedTable}. Its
 * cells are read as text: an Excel formula is never evaluated but kept as {@code =...}, so it
 * fails as a count. The checks every figures file shares
 * (the header, the month, the counts) report each problem with its row, so that an importer can
 * refuse the whole file and say why.
 */
final class FiguresFile {

	private final List<Line> lines;

	private final List<Problem> problems;

	private FiguresFile(List<Line> lines, List<Problem> problems) {
		this.lines = lines;
		this.problems = problems;
	}

	/**
	 * Reads the file, within the bounds of an {@link UploadedTable}: Excel by its {@code .xlsx}
	 * name, CSV otherwise. A file that cannot be read, is out of bounds, or has the wrong header
	 * has a problem and no lines. Call it in a reading slot, before any transaction.
	 */
	static FiguresFile read(String fileName, InputStream content, List<String> header) {
		boolean workbook = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
		List<List<String>> rows;
		try {
			rows = workbook ? UploadedTable.workbook(content) : UploadedTable.csv(content);
		}
		catch (IllegalArgumentException ex) {
			return refused(new Problem(0, "reporting.statistics.reject.encoding", List.of()));
		}
		catch (FileRejectedException ex) {
			return refused(new Problem(0, ex.messageKey(), List.of(ex.arguments())));
		}
		if (workbook) {
			// A sheet's row ends at its last filled cell; blank cells up to the header's width are cells all the same.
			rows = rows.stream().map(row -> padded(row, header.size())).toList();
		}
		if (rows.isEmpty() || !rows.get(0).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList().equals(header)) {
			return refused(new Problem(1, "reporting.statistics.reject.header", List.of(String.join(", ", header))));
		}
		List<Problem> problems = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> cells = rows.get(i).stream().map(String::strip).toList();
			if (cells.size() != header.size()) {
				problems.add(new Problem(i + 1, "reporting.statistics.reject.columns", List.of(header.size())));
			}
			else {
				lines.add(new Line(i + 1, cells));
			}
		}
		if (lines.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem(0, "reporting.statistics.reject.empty", List.of()));
		}
		return new FiguresFile(lines, problems);
	}

	private static FiguresFile refused(Problem problem) {
		return new FiguresFile(List.of(), new ArrayList<>(List.of(problem)));
	}

	/** The rows after the header that have the header's number of cells. */
	List<Line> lines() {
		return lines;
	}

	/** The problems found so far; the importer adds those of its own checks. */
	List<Problem> problems() {
		return problems;
	}

	void problem(Line line, String key, Object... args) {
		problems.add(new Problem(line.number(), key, List.of(args)));
	}

	/** The line's month in its column, or null (and a problem) when it is not a month of the fiscal year. */
	@Nullable YearMonth month(Line line, int column, FiscalYear year) {
		String text = line.cells().get(column);
		YearMonth month;
		try {
			month = YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			problem(line, "reporting.statistics.reject.month", text);
			return null;
		}
		if (!year.contains(month.atDay(1))) {
			problem(line, "reporting.statistics.reject.outside", month.toString(), String.valueOf(year.beYear()));
			return null;
		}
		return month;
	}

	/** The line's counts in the columns from {@code first} on, or null (and a problem) at the first that is not one. */
	int @Nullable [] counts(Line line, int first, List<String> header) {
		int[] counts = new int[header.size() - first];
		for (int c = first; c < header.size(); c++) {
			Integer count = count(line.cells().get(c));
			if (count == null) {
				problem(line, "reporting.statistics.reject.count", header.get(c), line.cells().get(c));
				return null;
			}
			counts[c - first] = count;
		}
		return counts;
	}

	/** A count as typed: a whole number that is not negative, or null. */
	static @Nullable Integer count(String text) {
		String digits = text.strip();
		return digits.matches("[0-9]{1,7}") ? Integer.valueOf(digits) : null;
	}

	private static List<String> padded(List<String> row, int width) {
		if (row.size() >= width) {
			return row;
		}
		List<String> cells = new ArrayList<>(row);
		while (cells.size() < width) {
			cells.add("");
		}
		return cells;
	}

	/** A row of the file with its number (1 is the header). */
	record Line(int number, List<String> cells) {
	}

	/**
	 * A problem that stops the import.
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
