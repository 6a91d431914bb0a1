package org.prongsai.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A table a person uploads to be imported: CSV as people save it (UTF-8 with or without a byte
 * order mark, or the Thai Windows encoding that older Excel writes; fields may be quoted, RFC
 * 4180), or the first sheet of an Excel workbook. Every cell is read as text: a formula is never
 * evaluated but read as {@code =...}, so it fails wherever a number is expected. Both are read
 * within bounds: at most {@value #MAX_MEGABYTES} MB, {@value #MAX_ROWS} rows of {@value #MAX_COLUMNS}
 * columns, {@value #MAX_CELL_LENGTH} characters a cell. A workbook's zip is bounded like any Office
 * file before POI opens it, and its sheet is streamed, never held as a whole. Call it in a
 * {@link ReadingSlots reading slot}, before any transaction.
 */
public final class UploadedTable {

	public static final int MAX_MEGABYTES = 5;

	public static final int MAX_ROWS = 20_000;

	public static final int MAX_COLUMNS = 50;

	public static final int MAX_CELL_LENGTH = 1_000;

	private static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

	/** Rows a sheet may declare, blank ones included, before reading it is given up. */
	private static final int MAX_ROW_ELEMENTS = 10 * MAX_ROWS;

	private UploadedTable() {
	}

	/**
	 * The rows of a CSV file, each its cells; blank lines left out.
	 * @throws IllegalArgumentException when the bytes are neither UTF-8 nor TIS-620
	 * @throws FileRejectedException when the file is larger, longer or wider than the bounds, or empty
	 * @throws UncheckedIOException when the content cannot be read
	 */
	public static List<List<String>> csv(InputStream content) {
		String text = decode(bounded(content));
		Rows rows = new Rows();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
			if (cell.length() > MAX_CELL_LENGTH) {
				throw FileRejectedException.cell(MAX_CELL_LENGTH);
			}
		}
		row.add(cell.toString());
		rows.add(row);
		return rows.list;
	}

	/**
	 * The rows of a workbook's first sheet, each its cells as the sheet shows them; blank rows left out.
	 * @throws FileRejectedException when the file is not a readable workbook, larger, longer or
	 *     wider than the bounds, or unpacks past the Office bounds
	 * @throws UncheckedIOException when the content cannot be read or staged
	 */
	public static List<List<String>> workbook(InputStream content) {
		byte[] bytes = bounded(content);
		try {
			Path staged = java.nio.file.Files.createTempFile("prongsai-", ".xlsx");
			try {
				java.nio.file.Files.write(staged, bytes);
				return workbook(staged);
			}
			finally {
				java.nio.file.Files.deleteIfExists(staged);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not stage a workbook", ex);
		}
	}

	private static List<List<String>> workbook(Path file) {
		try {
			OfficeArchive.checkInflated(file);
		}
		catch (IOException ex) {
			throw FileRejectedException.unreadable(FileType.XLSX.contentType);
		}
		OPCPackage pack;
		try {
			pack = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (InvalidFormatException | RuntimeException ex) {
			throw FileRejectedException.unreadable(FileType.XLSX.contentType);
		}
		try {
			if (pack.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType()).isEmpty()
					&& pack.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType()).isEmpty()) {
				// A Word file, say: a package, but no workbook.
				throw FileRejectedException.unreadable(FileType.XLSX.contentType);
			}
			XSSFReader reader = new XSSFReader(pack);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				return List.of();
			}
			SheetRows rows = new SheetRows(new ReadOnlySharedStringsTable(pack), reader.getStylesTable());
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(rows);
				parser.parse(new InputSource(sheet));
			}
			return rows.rows.list;
		}
		catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
				| RuntimeException ex) {
			if (ex instanceof FileRejectedException refused) {
				throw refused;
			}
			// POI reports a hostile package with whatever exception it meets on the way.
			throw FileRejectedException.unreadable(FileType.XLSX.contentType);
		}
		finally {
			pack.revert();
		}
	}

	/** The content, read to its end unless it is longer than the bound. */
	private static byte[] bounded(InputStream content) {
		try {
			byte[] bytes = content.readNBytes((int) MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new FileRejectedException(FileRejectedException.SIZE, MAX_MEGABYTES);
			}
			if (bytes.length == 0) {
				throw FileRejectedException.empty();
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read an uploaded table", ex);
		}
	}

	/** UTF-8 when the bytes are valid UTF-8 (a TIS-620 file with Thai in it never is), else TIS-620. */
	private static String decode(byte[] bytes) {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
		for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("x-windows-874"))) {
			try {
				return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer.duplicate()).toString();
			}
			catch (CharacterCodingException ex) {
				// try the next encoding
			}
		}
		throw new IllegalArgumentException("neither UTF-8 nor TIS-620");
	}

	/** The rows kept so far: non-blank, within the bounds. */
	private static final class Rows {

		private final List<List<String>> list = new ArrayList<>();

		void add(List<String> row) {
			if (row.size() > 1 || !row.get(0).isBlank()) {
				if (row.size() > MAX_COLUMNS) {
					throw FileRejectedException.columns(MAX_COLUMNS);
				}
				if (list.size() == MAX_ROWS) {
					throw FileRejectedException.rows(MAX_ROWS);
				}
				list.add(row);
			}
		}
	}

	/**
	 * The cells of a sheet's XML as the sheet shows them, streamed: shared and inline strings, numbers
	 * in their cell's format, booleans, and formulas as {@code =} and their text.
	 */
	private static final class SheetRows extends DefaultHandler {

		private final ReadOnlySharedStringsTable strings;

		private final StylesTable styles;

		private final DataFormatter format = new DataFormatter(Locale.ROOT);

		private final ReadingBudget budget = ReadingBudget.start();

		final Rows rows = new Rows();

		private final List<String> row = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private final StringBuilder formula = new StringBuilder();

		private int rowElements;

		private int column;

		private @Nullable String type;

		private @Nullable String style;

		private boolean inValue;

		private boolean inFormula;

		/** Whether the cell has a formula, written out or shared with the cells above it. */
		private boolean formulaCell;

		SheetRows(ReadOnlySharedStringsTable strings, StylesTable styles) {
			this.strings = strings;
			this.styles = styles;
		}

		@Override
		public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
			switch (localName) {
				case "row" -> {
					if (++rowElements > MAX_ROW_ELEMENTS) {
						throw FileRejectedException.rows(MAX_ROWS);
					}
					check();
					row.clear();
				}
				case "c" -> {
					column = column(attributes.getValue("r"), row.size());
					type = attributes.getValue("t");
					style = attributes.getValue("s");
					text.setLength(0);
					formula.setLength(0);
					formulaCell = false;
				}
				case "v", "t" -> inValue = true;
				case "f" -> {
					inFormula = true;
					formulaCell = true;
				}
				default -> {
					// other elements carry nothing read here
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			StringBuilder into = inFormula ? formula : inValue ? text : null;
			if (into != null) {
				into.append(ch, start, length);
				if (into.length() > MAX_CELL_LENGTH) {
					throw FileRejectedException.cell(MAX_CELL_LENGTH);
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String name) {
			switch (localName) {
				case "v", "t" -> inValue = false;
				case "f" -> inFormula = false;
				case "c" -> put(value());
				case "row" -> {
					while (!row.isEmpty() && row.get(row.size() - 1).isBlank()) {
						row.remove(row.size() - 1);
					}
					rows.add(row.isEmpty() ? List.of("") : List.copyOf(row));
				}
				default -> {
					// nothing to finish
				}
			}
		}

		private void put(String value) {
			if (value.isBlank()) {
				return;
			}
			if (column >= MAX_COLUMNS) {
				throw FileRejectedException.columns(MAX_COLUMNS);
			}
			while (row.size() < column) {
				row.add("");
			}
			if (row.size() == column) {
				row.add(value);
			}
			else {
				row.set(column, value);
			}
		}

		private String value() {
			if (formulaCell) {
				return "=" + formula;
			}
			String raw = text.toString();
			if (type == null || type.equals("n")) {
				return raw.isEmpty() ? "" : number(raw);
			}
			return switch (type) {
				case "s" -> shared(raw);
				case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
				default -> raw;
			};
		}

		private String shared(String index) {
			try {
				int at = Integer.parseInt(index.strip());
				if (at < 0 || at >= strings.getCount()) {
					throw FileRejectedException.unreadable(FileType.XLSX.contentType);
				}
				String value = strings.getItemAt(at).getString();
				if (value.length() > MAX_CELL_LENGTH) {
					throw FileRejectedException.cell(MAX_CELL_LENGTH);
				}
				return value;
			}
			catch (NumberFormatException ex) {
				throw FileRejectedException.unreadable(FileType.XLSX.contentType);
			}
		}

		private String number(String raw) {
			double value;
			try {
				value = Double.parseDouble(raw);
			}
			catch (NumberFormatException ex) {
				return raw;
			}
			XSSFCellStyle cellStyle = null;
			if (style != null) {
				try {
					int index = Integer.parseInt(style);
					cellStyle = index >= 0 && index < styles.getNumCellStyles() ? styles.getStyleAt(index) : null;
				}
				catch (NumberFormatException ex) {
					cellStyle = null;
				}
			}
			if (cellStyle == null) {
				return format.formatRawCellContents(value, 0, "General");
			}
			String pattern = cellStyle.getDataFormatString();
			return format.formatRawCellContents(value, cellStyle.getDataFormat(), pattern == null ? "General" : pattern);
		}

		/** The column of a reference such as {@code C12}, or the next one when the cell gives none. */
		private static int column(@Nullable String reference, int next) {
			if (reference == null) {
				return next;
			}
			int column = 0;
			for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
				column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
				if (column > MAX_COLUMNS * 1000) {
					break;
				}
			}
			return column == 0 ? next : column - 1;
		}

		private void check() {
			try {
				budget.check();
			}
			catch (ReadingBudget.Spent ex) {
				throw FileRejectedException.complex();
			}
		}
	}
}
