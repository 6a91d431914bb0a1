package org.prongsai.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.prongsai.disclosure.LocalizedText;
import org.prongsai.platform.documents.DocumentInfo;
import org.prongsai.platform.documents.PdfDocuments;
import org.prongsai.platform.documents.Spreadsheet;
import org.prongsai.station.StationView;

/**
 * The complaint statistics (O17) as a Thai PDF, each heading with its English under it, and as a
 * machine-readable workbook, from the same figures: the totals of the first six months and of the
 * year so far, then the year's complaints by category, by month and by unit, a withheld count
 * written as "less than 3" (a blank cell marked withheld in the workbook). A period without
 * complaints says so in words. The files carry the as-of day, so the same records give the same bytes.
 */
@Component
class ComplaintStatisticsDocuments {

	/** The kind of document the criteria ask for (O17 in FY2567). */
	static final String KIND = "complaint-statistics";

	private final PdfDocuments pdfs;

	private final Bilingual messages;

	ComplaintStatisticsDocuments(PdfDocuments pdfs, Bilingual messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	Generated generate(StationView station, ComplaintFigures figures) {
		LocalizedText title = title(figures);
		DocumentInfo info = new DocumentInfo(title.th(), station.profile().nameTh(),
				messages.text("integrity.statistics.document.subject").th(), figures.asOf());
		LocalizedText hidden = messages.text("integrity.statistics.hidden");
		List<Section> sections = new ArrayList<>();
		if (!figures.none()) {
			for (ComplaintFigures.Breakdown breakdown : figures.breakdowns()) {
				sections.add(new Section(messages.text("integrity.statistics.by." + breakdown.name(), figures.year().start(),
						figures.asOf()), messages.text("integrity.statistics." + breakdown.name()),
						breakdown.cells().stream().map(c -> new Line(c.label(), c.hidden() ? hidden
								: new LocalizedText(number(c.count()), number(c.count())))).toList()));
			}
		}
		byte[] pdf = pdfs.pdf("integrity/complaint-statistics", Map.of("station", station, "figures", figures, "title", title,
				"fiscalYear", messages.text("integrity.statistics.fiscal-year", figures.year().beYear(), figures.year().start(),
						figures.year().end()),
				"text", wording(), "totals", List.of(
						row("integrity.statistics.first-six-months", figures.firstSixMonths()),
						row("integrity.statistics.year-to-date", figures.yearToDate())),
				"sections", sections, "asOf", messages.text("integrity.statistics.as-of", figures.asOf())), info);
		return new Generated(pdf, workbook(station, figures, info), info, title);
	}

	/** The title in Thai and English, for the files and the item page. */
	LocalizedText title(ComplaintFigures figures) {
		return messages.text("integrity.statistics.document.title", figures.year().beYear(), figures.asOf());
	}

	/** The PDF's fixed wording in both languages, by the last part of its message key. */
	private Map<String, LocalizedText> wording() {
		Map<String, LocalizedText> wording = new java.util.HashMap<>();
		for (String key : List.of("title", "totals", "period", "received", "completed", "in-progress", "none", "protection",
				"computed")) {
			wording.put(key, messages.text("integrity.statistics." + key));
		}
		return wording;
	}

	private Row row(String key, ComplaintFigures.Period period) {
		return new Row(messages.text(key, period.from(), period.asOf()), number(period.received()), number(period.completed()),
				number(period.inProgress()), period.none());
	}

	private static byte[] workbook(StationView station, ComplaintFigures figures, DocumentInfo info) {
		List<List<?>> totals = List.of(
				total("first_six_months", figures.firstSixMonths()),
				total("year_to_date", figures.yearToDate()));
		List<List<?>> breakdowns = new ArrayList<>();
		for (ComplaintFigures.Breakdown breakdown : figures.breakdowns()) {
			for (ComplaintFigures.Cell cell : breakdown.cells()) {
				breakdowns.add(java.util.Arrays.asList(breakdown.name(), cell.code(), cell.label().th(), cell.label().en(),
						cell.count(), cell.hidden()));
			}
		}
		return Spreadsheet.of(info)
			.data("totals", List.of("period", "from", "as_of", "received", "completed", "in_progress"), totals)
			.data("breakdowns", List.of("breakdown", "code", "label_th", "label_en", "received", "withheld"), breakdowns)
			.describe("dataset", info.title())
			.describe("station", station.code() + " " + station.profile().nameTh())
			.describe("fiscal_year", String.valueOf(figures.year().beYear()))
			.describe("as_of", figures.asOf().toString())
			.describe("first_six_months_as_of", figures.firstSixMonths().asOf().toString())
			.describe("breakdowns", "complaints received from " + figures.year().start() + " to " + figures.asOf()
					+ " by category, month and unit named; months are protected against each half year's total")
			.describe("withheld", "a count of 1 or 2 is withheld (received blank, withheld TRUE), with as few other counts"
					+ " of its breakdown as keep it from being worked out from the total; totals are never withheld")
			.describe("completed", "concluded by the as-of day; a reopened complaint is in progress")
			.describe("source", "Prongsai complaint records of the station, computed, never typed")
			.bytes();
	}

	private static List<?> total(String period, ComplaintFigures.Period figures) {
		return List.of(period, figures.from(), figures.asOf(), figures.received(), figures.completed(), figures.inProgress());
	}

	private static String number(long count) {
		return String.format(Locale.ROOT, "%,d", count);
	}

	/** A period's totals in the table; one without complaints is said in words. */
	record Row(LocalizedText label, String received, String completed, String inProgress, boolean none) {
	}

	/** A breakdown's table: its heading, the name of its column, and each count as written. */
	record Section(LocalizedText heading, LocalizedText column, List<Line> lines) {
	}

	/** A count as written: its label and the number, or "less than 3". */
	record Line(LocalizedText label, LocalizedText count) {
	}

	/** The two files, what they say about themselves, and their title in both languages. */
	record Generated(byte[] pdf, byte[] xlsx, DocumentInfo info, LocalizedText title) {
	}
}
