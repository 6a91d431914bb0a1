package org.prongsai.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.disclosure.LocalizedText;
import org.prongsai.disclosure.Publishing;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.documents.DocumentInfo;
import org.prongsai.platform.documents.PdfDocuments;
import org.prongsai.station.StationView;

/**
 * The year's procurement plan and its announcements (O14) as PDFs, and their publishing: both to
 * the item that asks for them, and the plan as open data.
 */
@Service
class ProcurementPlanPublishing {

	static final String PLAN = "procurement-plan";

	static final String ANNOUNCEMENTS = "procurement-announcements";

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final ProcurementPlan plan;
	private final PdfDocuments pdfs;
	private final MessageSource messages;
	private final Publishing publishing;
	private final DatasetReleases releases;

	ProcurementPlanPublishing(ProcurementPlan plan, PdfDocuments pdfs, MessageSource messages, Publishing publishing,
			DatasetReleases releases) {
		this.plan = plan;
		this.pdfs = pdfs;
		this.messages = messages;
		this.publishing = publishing;
		this.releases = releases;
	}

	/** The plan as a PDF, its total checked against what the PDF says. */
	byte[] planPdf(StationView station, FiscalYear year) {
		List<ProcurementPlan.PlanItem> items = plan.items(station.id(), year);
		String total = EntryFields.baht(items.stream().map(ProcurementPlan.PlanItem::budget)
			.reduce(BigDecimal.ZERO, BigDecimal::add));
		byte[] pdf = pdfs.pdf("reporting/procurement-plan", Map.of("station", station, "items", items, "total", total),
				info(station, year, "reporting.document.plan.title"));
		if (!items.isEmpty() && !ReadBack.pdfText(pdf).contains(total)) {
			throw new IllegalStateException("the procurement plan PDF does not show its total " + total);
		}
		return pdf;
	}

	/** The year's announcements as a PDF, or the statement that there was no procurement. */
	byte[] announcementsPdf(StationView station, FiscalYear year) {
		return pdfs.pdf("reporting/procurement-announcements", Map.of("station", station, "announcements",
				plan.announcements(station.id(), year)), info(station, year, "reporting.document.announcements.title"));
	}

	/** @return how many of the two PDFs were new */
	@Transactional
	int publish(StationView station, FiscalYear year, String by) {
		List<ProcurementPlan.PlanItem> items = plan.items(station.id(), year);
		releases.release(station.id(), ProcurementPlanDataset.NAME, YearMonth.from(year.start()).toString(),
				ProcurementPlanDataset.records(items), by);
		String english = "fiscal year " + year.beYear();
		String name = "-" + station.code() + "-" + year.beYear();
		LocalDate asOf = dated(station, year);
		return GeneratedFiles.publish(publishing, station, year, PLAN, asOf,
				new LocalizedText(message("reporting.document.plan.title", year), "Annual procurement plan, " + english),
				"procurement-plan" + name, Map.of("pdf", planPdf(station, year)), by)
				+ GeneratedFiles.publish(publishing, station, year, ANNOUNCEMENTS, asOf,
						new LocalizedText(message("reporting.document.announcements.title", year),
								"Procurement announcements, " + english),
						"procurement-announcements" + name, Map.of("pdf", announcementsPdf(station, year)), by);
	}

	private DocumentInfo info(StationView station, FiscalYear year, String titleKey) {
		return new DocumentInfo(message(titleKey, year), station.profile().nameTh(), "procurement", dated(station, year));
	}

	/** The day the plan or announcements last changed, within the year, so unchanged records give the same files. */
	private LocalDate dated(StationView station, FiscalYear year) {
		LocalDate changed = plan.changedOn(station.id(), year).orElse(year.start());
		return changed.isAfter(year.end()) ? year.end() : changed.isBefore(year.start()) ? year.start() : changed;
	}

	private String message(String key, FiscalYear year) {
		return messages.getMessage(key, new Object[] { String.valueOf(year.beYear()) }, THAI);
	}
}
