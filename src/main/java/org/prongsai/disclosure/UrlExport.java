package org.prongsai.disclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.documents.CsvTable;
import org.prongsai.station.StationView;

/**
 * The addresses of a year's item pages as the national assessment form asks for them, one row per
 * item, in CSV (UTF-8 with a byte order mark, so Excel reads the Thai) and in XLSX. Column
 * headings are in the visitor's language; the data is the same in both.
 */
@Component
class UrlExport {

	static final String URLS_SHEET = "urls";

	static final String METADATA_SHEET = "metadata";

	private static final String[] HEADINGS = { "oit.export.code", "oit.export.title-th", "oit.export.title-en",
			"oit.export.url" };

	private final MessageSource messages;

	private final Clock clock;

	UrlExport(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/** One item's row: code, Thai and English title, the absolute address of its page. */
	record ItemUrl(String code, String titleTh, String titleEn, String url) {

		List<String> cells() {
			return List.of(code, titleTh, titleEn, url);
		}
	}

	/** The rows for the year's items; {@code baseUrl} is scheme, host and port, without a trailing slash. */
	List<ItemUrl> rows(StationView station, Criteria criteria, String baseUrl) {
		String yearUrl = baseUrl + "/" + station.code() + "/oit/" + criteria.fiscalYear().beYear() + "/";
		return criteria.items().stream()
			.map(item -> new ItemUrl(item.code(), item.title().th(), item.title().en(), yearUrl + item.code()))
			.toList();
	}

	byte[] csv(List<ItemUrl> rows, Locale locale) {
		return CsvTable.of(headings(locale), rows.stream().map(ItemUrl::cells).toList());
	}

	byte[] xlsx(StationView station, FiscalYear year, List<ItemUrl> rows, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet urls = workbook.createSheet(URLS_SHEET);
			write(urls.createRow(0), headings(locale)).forEach(cell -> cell.setCellStyle(bold));
			urls.createFreezePane(0, 1);
			for (int i = 0; i < rows.size(); i++) {
				Row row = urls.createRow(i + 1);
				write(row, rows.get(i).cells());
				Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
				link.setAddress(rows.get(i).url());
				row.getCell(3).setHyperlink(link);
			}
			int[] widths = { 8, 60, 50, 60 };
			for (int c = 0; c < widths.length; c++) {
				urls.setColumnWidth(c, widths[c] * 256);
			}
			Sheet metadata = workbook.createSheet(METADATA_SHEET);
			String generated = OffsetDateTime.now(clock.withZone(FiscalYear.BANGKOK))
				.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
			List<List<String>> facts = List.of(List.of(message("oit.export.station", locale), station.code()),
					List.of(message("oit.export.station-name", locale), station.name(locale.getLanguage())),
					List.of(message("oit.export.fiscal-year", locale), String.valueOf(year.beYear())),
					List.of(message("oit.export.generated-at", locale), generated));
			for (int i = 0; i < facts.size(); i++) {
				write(metadata.createRow(i), facts.get(i)).get(0).setCellStyle(bold);
			}
			metadata.setColumnWidth(0, 30 * 256);
			metadata.setColumnWidth(1, 50 * 256);
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the workbook", ex);
		}
	}

	private List<String> headings(Locale locale) {
		return List.of(HEADINGS).stream().map(key -> message(key, locale)).toList();
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static List<Cell> write(Row row, List<String> values) {
		List<Cell> cells = new ArrayList<>();
		for (int c = 0; c < values.size(); c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(values.get(c));
			cells.add(cell);
		}
		return cells;
	}
}
