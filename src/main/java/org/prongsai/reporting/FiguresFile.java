package org.prongsai.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.documents.CsvTable;

/**
 * A file of monthly figures an officer imports: CSV (UTF-8 or TIS-620) or Excel, a header row naming
 * the columns, then one row per record. Its cells are read as text: an Excel formula is never
 * evaluated but kept as {@code =...}, so it fails as a count. The checks every figures file shares
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

	/** Reads the file; a file that cannot be read, or has the wrong header, has a problem and no lines. */
	static FiguresFile read(String fileName, byte[] content, List<String> header) {
		List<List<String>> rows;
		try {
			rows = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? workbook(content, header.size()) : CsvTable.read(content);
		}
		catch (IllegalArgumentException ex) {
			return refused(new Problem(0, "reporting.statistics.reject.encoding", List.of()));
		}
		catch (IOException ex) {
			return refused(new Problem(0, "reporting.statistics.reject.unreadable", List.of()));
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

	/** The first sheet's rows as text, blank rows left out. */
	private static List<List<String>> workbook(byte[] content, int width) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter format = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(width, row.getLastCellNum()); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? "" : cell.getCellType() == CellType.FORMULA ? "=" + cell.getCellFormula()
							: format.formatCellValue(cell));
				}
				while (cells.size() > width && cells.get(cells.size() - 1).isBlank()) {
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
