package org.prongsai.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.prongsai.disclosure.LocalizedText;
import org.prongsai.platform.calendar.ThaiDateFormat;
import org.prongsai.platform.documents.DocumentInfo;
import org.prongsai.platform.documents.PdfDocuments;
import org.prongsai.platform.documents.Spreadsheet;
import org.prongsai.platform.documents.WordDocument;
import org.prongsai.station.StationView;

/**
 * The criminal investigation fund's report (O13 in FY2567) as a PDF, a workbook and a Word file
 * with a real table, from the same quarters: allocation, spending, the balance carried and the
 * cases supported, as of the end of the report's last quarter. All three are read back and must
 * agree with the figures before they are handed out.
 */
@Component
class FundDocuments {

	static final String KIND = "investigation-fund";

	private static final Locale THAI = Locale.forLanguageTag("th");

	private static final ThaiDateFormat DATES = ThaiDateFormat.of(THAI);

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	FundDocuments(PdfDocuments pdfs, MessageSource messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	Generated generate(StationView station, FundReport report) {
		DocumentInfo info = new DocumentInfo(title(report).th(), station.profile().nameTh(),
				message("reporting.document.fund.subject"), report.asOf());
		List<Row> rows = report.lines().stream().map(l -> new Row(l, DATES.date(l.period().start()) + " – "
				+ DATES.date(l.period().endInclusive()))).toList();
		Row total = new Row(null, "", EntryFields.baht(report.allocated()), EntryFields.baht(report.spent()),
				EntryFields.baht(report.balance()), String.valueOf(report.cases()), "");
		String period = message("reporting.document.fund.period", report.throughQuarter(),
				DATES.longDate(report.year().start()), DATES.longDate(report.asOf()));
		byte[] pdf = pdfs.pdf("reporting/investigation-fund", Map.of("station", station, "report", report, "rows", rows,
				"total", total, "period", period), info);

		List<List<?>> records = report.lines().stream()
			.<List<?>>map(l -> {
				Map<String, Object> record = FundDataset.record(report, l);
				return FundDataset.FIELDS.stream().map(record::get).toList();
			})
			.toList();
		byte[] xlsx = Spreadsheet.of(info)
			.data("fund", FundDataset.FIELDS, records)
			.describe("dataset", info.title())
			.describe("station", station.code() + " " + station.profile().nameTh())
			.describe("fiscal_year", String.valueOf(report.year().beYear()))
			.describe("quarters", "1-" + report.throughQuarter())
			.describe("as_of", report.asOf().toString())
			.describe("source", "Prongsai investigation fund records of the station")
			.describe("amounts", "Thai baht; the balance is carried from quarter to quarter; dates ISO 8601")
			.bytes();

		List<String> headers = List.of(message("reporting.document.fund.quarter"), message("reporting.document.fund.dates"),
				message("reporting.document.fund.allocated"), message("reporting.document.fund.spent"),
				message("reporting.document.fund.balance"), message("reporting.document.fund.cases"));
		List<List<?>> cells = new ArrayList<>();
		for (Row row : rows) {
			cells.add(List.of(row.quarter(), row.dates(), row.allocated(), row.spent(), row.balance(), row.cases()));
		}
		cells.add(List.of(message("reporting.document.fund.total"), "", total.allocated(), total.spent(), total.balance(),
				total.cases()));
		WordDocument word = WordDocument.of(info).heading(info.title()).paragraph(station.profile().nameTh(), false)
			.paragraph(period, false)
			.table(headers, cells);
		rows.stream().filter(r -> !r.note().isEmpty())
			.forEach(r -> word.paragraph(message("reporting.document.fund.note", r.quarter(), r.note()), false));
		byte[] docx = word.paragraph(message("reporting.document.as-of", DATES.longDate(report.asOf())), false).bytes();

		agree(pdf, xlsx, docx, report);
		return new Generated(pdf, xlsx, docx, info);
	}

	/** The report's title in Thai and English, for the files and for the item page. */
	LocalizedText title(FundReport report) {
		return new LocalizedText(message("reporting.document.fund.title", report.year().beYear(), report.throughQuarter(),
				DATES.longDate(report.asOf())),
				messages.getMessage("reporting.document.fund.title", new Object[] { report.year().beYear(),
						report.throughQuarter(), ThaiDateFormat.of(Locale.ENGLISH).longDate(report.asOf()) }, Locale.ENGLISH));
	}

	/** Reads the three files back; a disagreement is a defect, so nothing is published from it. */
	private static void agree(byte[] pdf, byte[] xlsx, byte[] docx, FundReport report) {
		String spent = EntryFields.baht(report.spent());
		String balance = EntryFields.baht(report.balance());
		BigDecimal sheetSpent = ReadBack.sum(xlsx, "fund", "spent_baht");
		String pdfText = ReadBack.pdfText(pdf);
		String wordText = ReadBack.wordText(docx);
		if (sheetSpent.compareTo(report.spent()) != 0 || !pdfText.contains(spent) || !pdfText.contains(balance)
				|| !wordText.contains(spent) || !wordText.contains(balance)) {
			throw new IllegalStateException("the investigation fund files do not agree (spent " + report.spent() + ")");
		}
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, THAI);
	}

	/** A quarter's row with its amounts written out; the totals row has no quarter. */
	record Row(FundReport.@Nullable Line line, String dates, String allocated, String spent,
			String balance, String cases, String note) {

		Row(FundReport.Line line, String dates) {
			this(line, dates, EntryFields.baht(line.figures().allocated()), EntryFields.baht(line.figures().spent()),
					EntryFields.baht(line.balance()), String.valueOf(line.figures().cases()), line.figures().note());
		}

		public String quarter() {
			return line == null ? "" : String.valueOf(line.figures().quarter());
		}
	}

	/** The report's three files and what they say about themselves. */
	record Generated(byte[] pdf, byte[] xlsx, byte[] docx, DocumentInfo info) {
	}
}
