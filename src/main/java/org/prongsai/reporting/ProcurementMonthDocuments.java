package org.prongsai.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.prongsai.platform.calendar.ThaiDateFormat;
import org.prongsai.platform.documents.DocumentInfo;
import org.prongsai.platform.documents.PdfDocuments;
import org.prongsai.platform.documents.Spreadsheet;
import org.prongsai.station.StationView;

/**
 * The monthly procurement summary สขร.๑ as a PDF in the form's layout and as a machine-readable
 * workbook, both from the same records. A month without procurement says so
 * ("ไม่มีการจัดซื้อจัดจ้าง") in both. Before the pair is handed out, the workbook and the PDF's text
 * are read back and must agree with the records: the same number of rows and the same totals.
 */
@Component
class ProcurementMonthDocuments {

	static final String KIND = "procurement-summary";

	private static final Locale THAI = Locale.forLanguageTag("th");

	private static final ThaiDateFormat THAI_DATES = ThaiDateFormat.of(THAI);

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	ProcurementMonthDocuments(PdfDocuments pdfs, MessageSource messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	/** The PDF and workbook of the station's month. */
	GeneratedFiles.PdfAndWorkbook generate(StationView station, YearMonth month, List<Procurement> records) {
		DocumentInfo info = new DocumentInfo(message("reporting.document.procurement.title", THAI_DATES.longMonthYear(month)),
				station.profile().nameTh(), message("reporting.document.procurement.form"), month.atEndOfMonth());
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			lines.add(new Line(i + 1, records.get(i)));
		}
		BigDecimal budget = records.stream().map(Procurement::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal agreed = records.stream().map(Procurement::agreedPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
		byte[] pdf = pdfs.pdf("reporting/procurement-month", Map.of("station", station, "month", month, "lines", lines,
				"budgetTotal", baht(budget), "agreedTotal", baht(agreed)), info);
		byte[] xlsx = workbook(station, month, info, records);
		checkAgreement(pdf, xlsx, records, agreed);
		return new GeneratedFiles.PdfAndWorkbook(pdf, xlsx, info);
	}

	private byte[] workbook(StationView station, YearMonth month, DocumentInfo info, List<Procurement> records) {
		List<List<?>> rows = new ArrayList<>();
		List<List<?>> bids = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			Procurement p = records.get(i);
			rows.add(java.util.Arrays.asList(i + 1, p.subject(), p.budget(), p.referencePrice(), p.method().key(),
					message("reporting.procurement.method." + p.method().key()), p.selectedBidder(), p.agreedPrice(),
					p.reason(), p.contractNumber(), p.contractDate()));
			for (Procurement.Bid bid : p.bids()) {
				bids.add(List.of(i + 1, bid.bidder(), bid.price()));
			}
		}
		return Spreadsheet.of(info)
			.data("procurement", List.of("sequence", "subject", "budget_baht", "reference_price_baht", "method",
					"method_th", "selected_bidder", "agreed_price_baht", "reason", "contract_number", "contract_date"), rows)
			.data("bids", List.of("sequence", "bidder", "offered_price_baht"), bids)
			.describe("dataset", "สขร.๑ " + info.title())
			.describe("station", station.code() + " " + station.profile().nameTh())
			.describe("period", month.toString())
			.describe("as_of", month.atEndOfMonth().toString())
			.describe("records", String.valueOf(records.size()))
			.describe("note", records.isEmpty() ? message("reporting.document.procurement.none") : "")
			.describe("source", "Prongsai procurement records of the station")
			.describe("amounts", "Thai baht; dates ISO 8601")
			.bytes();
	}

	/** Reads both files back; a disagreement is a defect, so nothing is published from it. */
	private void checkAgreement(byte[] pdf, byte[] xlsx, List<Procurement> records, BigDecimal agreed) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); PDDocument document = Loader.loadPDF(pdf)) {
			Sheet sheet = workbook.getSheet("procurement");
			BigDecimal sum = BigDecimal.ZERO;
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					sum = sum.add(BigDecimal.valueOf(row.getCell(7).getNumericCellValue()));
				}
			}
			// The totals, or the "no procurement" line, are on the last page: reading only it keeps a long month quick.
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(document.getNumberOfPages());
			String text = stripper.getText(document);
			boolean agrees = sheet.getLastRowNum() == records.size() && sum.compareTo(agreed) == 0
					&& (records.isEmpty() ? text.contains(message("reporting.document.procurement.none"))
							: text.contains(baht(agreed)));
			if (!agrees) {
				throw new IllegalStateException("the generated PDF and workbook do not agree with the " + records.size()
						+ " records (total " + agreed + ")");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, THAI);
	}

	/** An amount as Thai forms write it: 12,500.00. */
	static String baht(BigDecimal amount) {
		return EntryFields.baht(amount);
	}

	/** A row of the form, with its text already written out as the PDF shows it. */
	record Line(int sequence, Procurement record) {

		public String budget() {
			return baht(record.budget());
		}

		public String referencePrice() {
			return record.referencePrice() == null ? "-" : baht(record.referencePrice());
		}

		public List<String> bids() {
			return record.bids().stream().map(b -> b.bidder() + " " + baht(b.price())).toList();
		}

		public String agreedPrice() {
			return baht(record.agreedPrice());
		}

		public String contractDate() {
			return THAI_DATES.date(record.contractDate());
		}
	}

}
