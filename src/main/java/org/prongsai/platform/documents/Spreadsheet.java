package org.prongsai.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * An Excel workbook made to be read by programs as well as people: each data sheet has one header
 * row and one record per row, numbers and dates are typed as numbers and dates, nothing is
 * merged, and a last sheet says what the data is (station, period, as-of date, source). Text is
 * always written as text: a value that looks like a formula stays inert. Cells are set in TH
 * Sarabun New, the government's font, marked Thai so that a spreadsheet program without it takes
 * a Thai font in its place (the format has no way to name one, as Word's has).
 */
public final class Spreadsheet {

	private final DocumentInfo info;

	private final List<DataSheet> sheets = new ArrayList<>();

	private final Map<String, String> metadata = new LinkedHashMap<>();

	private Spreadsheet(DocumentInfo info) {
		this.info = info;
	}

	public static Spreadsheet of(DocumentInfo info) {
		return new Spreadsheet(info);
	}

	/**
	 * Adds a data sheet.
	 * @param rows each a record, its values in the headers' order: text, numbers, {@link LocalDate}s, booleans or null
	 */
	public Spreadsheet data(String name, List<String> headers, List<? extends List<?>> rows) {
		sheets.add(new DataSheet(name, List.copyOf(headers), List.copyOf(rows)));
		return this;
	}

	/** Adds a line to the metadata sheet. */
	public Spreadsheet describe(String field, String value) {
		metadata.put(field, value);
		return this;
	}

	/** The workbook's bytes; the same content and info give the same bytes. */
	public byte[] bytes() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			thai(workbook.getFontAt(0));
			CellStyle header = workbook.createCellStyle();
			XSSFFont bold = thai(workbook.createFont());
			bold.setBold(true);
			header.setFont(bold);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			for (DataSheet data : sheets) {
				Sheet sheet = workbook.createSheet(data.name());
				write(sheet.createRow(0), data.headers(), header, date);
				for (int r = 0; r < data.rows().size(); r++) {
					write(sheet.createRow(r + 1), data.rows().get(r), null, date);
				}
				sheet.createFreezePane(0, 1);
				if (!data.headers().isEmpty()) {
					sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, data.rows().size()), 0, data.headers().size() - 1));
				}
				for (int c = 0; c < data.headers().size(); c++) {
					sheet.setColumnWidth(c, 20 * 256);
				}
			}
			Sheet about = workbook.createSheet("metadata");
			write(about.createRow(0), List.of("field", "value"), header, date);
			int r = 1;
			for (Map.Entry<String, String> line : metadata.entrySet()) {
				write(about.createRow(r++), List.of(line.getKey(), line.getValue()), null, date);
			}
			about.setColumnWidth(0, 24 * 256);
			about.setColumnWidth(1, 60 * 256);
			var properties = workbook.getProperties().getCoreProperties();
			properties.setTitle(info.title());
			properties.setCreator(info.issuer());
			properties.setSubjectProperty(info.subject());
			properties.setCreated(Optional.of(Date.from(info.timestamp())));
			properties.setModified(Optional.of(Date.from(info.timestamp())));
			workbook.write(out);
			return OfficePackages.dated(out.toByteArray(), info.timestamp());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write a workbook", ex);
		}
	}

	/** The font in TH Sarabun New at 14 points, of the Thai character set, not the theme's font. */
	private static XSSFFont thai(XSSFFont font) {
		font.setFontName(WordDocument.FONT);
		font.setFontHeightInPoints((short) 14);
		font.setCharSet(FontCharset.THAI.getNativeId());
		font.setFamily(FontFamily.SWISS);
		font.setScheme(FontScheme.NONE);
		return font;
	}

	private static void write(Row row, List<?> values, @Nullable CellStyle style, CellStyle dateStyle) {
		for (int c = 0; c < values.size(); c++) {
			Object value = values.get(c);
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(c);
			if (value instanceof Number number) {
				cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
			}
			else if (value instanceof LocalDate day) {
				cell.setCellValue(day);
				cell.setCellStyle(dateStyle);
			}
			else if (value instanceof Boolean flag) {
				cell.setCellValue(flag);
			}
			else {
				// A string cell is never evaluated, even when it starts with '=', '+', '-' or '@'.
				cell.setCellValue(value.toString());
			}
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
	}

	private record DataSheet(String name, List<String> headers, List<? extends List<?>> rows) {
	}
}
