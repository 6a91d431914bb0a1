package org.prongsai.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.prongsai.platform.calendar.ThaiDateFormat;
import org.prongsai.platform.documents.DocumentInfo;
import org.prongsai.platform.documents.PdfDocuments;
import org.prongsai.platform.documents.Spreadsheet;
import org.prongsai.station.StationView;

/**
 * A month's crime statistics (O11) as a PDF table by CRIMES group and offence with totals, and as
 * a machine-readable workbook; read back and checked to agree before they are handed out.
 */
@Component
class CrimeMonthDocuments {

	static final String KIND = "crime-statistics";

	private static final Locale THAI = Locale.forLanguageTag("th");

	private static final ThaiDateFormat DATES = ThaiDateFormat.of(THAI);

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	CrimeMonthDocuments(PdfDocuments pdfs, MessageSource messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	GeneratedFiles.PdfAndWorkbook generate(StationView station, YearMonth month, List<CrimeStatistics.Figure> figures) {
		DocumentInfo info = new DocumentInfo(messages.getMessage("reporting.document.crime.title",
				new Object[] { DATES.longMonthYear(month) }, THAI), station.profile().nameTh(), "CRIMES", month.atEndOfMonth());
		List<Line> lines = new ArrayList<>();
		for (CrimeStatistics.Figure f : figures) {
			CrimeOffence offence = CrimeOffence.coded(f.offence()).orElseThrow();
			boolean startsGroup = lines.isEmpty() || lines.get(lines.size() - 1).offence().group() != offence.group();
			lines.add(new Line(offence, f, startsGroup));
		}
		int reported = figures.stream().mapToInt(CrimeStatistics.Figure::reported).sum();
		int solved = figures.stream().mapToInt(CrimeStatistics.Figure::solved).sum();
		int arrested = figures.stream().mapToInt(CrimeStatistics.Figure::arrested).sum();
		byte[] pdf = pdfs.pdf("reporting/crime-month", Map.of("station", station, "lines", lines, "reported", reported,
				"solved", solved, "arrested", arrested), info);
		List<List<?>> rows = CrimeDataset.records(month, figures).stream()
			.<List<?>>map(r -> CrimeDataset.FIELDS.stream().map(r::get).toList())
			.toList();
		byte[] xlsx = Spreadsheet.of(info)
			.data("crime", CrimeDataset.FIELDS, rows)
			.describe("dataset", info.title())
			.describe("station", station.code() + " " + station.profile().nameTh())
			.describe("period", month.toString())
			.describe("as_of", month.atEndOfMonth().toString())
			.describe("source", "Prongsai crime statistics of the station, CRIMES groups 1-5")
			.bytes();
		checkAgreement(pdf, xlsx, reported);
		return new GeneratedFiles.PdfAndWorkbook(pdf, xlsx, info);
	}

	private static void checkAgreement(byte[] pdf, byte[] xlsx, int reported) {
		if (ReadBack.sum(xlsx, "crime", "reported").intValue() != reported
				|| !ReadBack.pdfText(pdf).contains(String.valueOf(reported))) {
			throw new IllegalStateException("the crime statistics PDF and workbook do not agree (" + reported + " reported)");
		}
	}

	/** An offence's row in the table; the first of its group is headed by the group's number and name. */
	record Line(CrimeOffence offence, CrimeStatistics.Figure figure, boolean startsGroup) {
	}
}
