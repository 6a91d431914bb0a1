package org.prongsai.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.disclosure.Publishing;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.station.StationView;

/**
 * Publishes the budget item (O12 in FY2567) from the records: the year's plan as a PDF and a
 * workbook, and the six-month report the same way once the commander has acknowledged it, with
 * its records released as the budget open dataset. Each replaces the item's earlier file of its
 * kind and format, uploaded or generated, on the item's same address.
 */
@Service
class BudgetPublishing {

	private final BudgetPlans plans;
	private final SixMonthReports reports;
	private final BudgetDocuments documents;
	private final Publishing publishing;
	private final DatasetReleases releases;
	private final Clock clock;

	BudgetPublishing(BudgetPlans plans, SixMonthReports reports, BudgetDocuments documents, Publishing publishing,
			DatasetReleases releases, Clock clock) {
		this.plans = plans;
		this.reports = reports;
		this.documents = documents;
		this.publishing = publishing;
		this.releases = releases;
		this.clock = clock;
	}

	/** The plan's files as they stand: dated the day the plan last changed, or the year's first day before any change. */
	GeneratedFiles.PdfAndWorkbook plan(StationView station, FiscalYear year) {
		LocalDate dated = plans.planChangedAt(station.id(), year).map(t -> t.atZone(FiscalYear.BANGKOK).toLocalDate())
			.orElse(year.start());
		return documents.plan(station, year, plans.lines(station.id(), year), dated);
	}

	/**
	 * @return how many of the two files were new
	 * @throws ReportingRejected for a year without a plan
	 * @throws org.prongsai.disclosure.PublishingRejected when the year's criteria ask for no plan
	 */
	@Transactional
	int publishPlan(StationView station, FiscalYear year, String by) {
		List<BudgetLine> lines = plans.lines(station.id(), year);
		if (lines.isEmpty()) {
			throw new ReportingRejected("reporting.budget.reject.no-plan");
		}
		GeneratedFiles.PdfAndWorkbook pair = plan(station, year);
		Map<String, byte[]> files = pair.files();
		return GeneratedFiles.publish(publishing, station, year, BudgetDocuments.PLAN_KIND, pair.info().dated(),
				documents.planTitle(year), "budget-plan-" + station.code() + "-" + year.beYear(), files, by);
	}

	/**
	 * Publishes the six-month report and releases its records as open data, in one transaction.
	 * @return how many of the two files were new
	 * @throws ReportingRejected for a report that is incomplete, not yet due, or not acknowledged by the commander as it stands
	 */
	@Transactional
	int publishReport(StationView station, FiscalYear year, String by) {
		SixMonthReport report = reports.report(station.id(), year);
		SixMonthReports.refuseIncomplete(report, LocalDate.now(clock.withZone(FiscalYear.BANGKOK)));
		if (!report.acknowledged()) {
			throw new ReportingRejected(report.acknowledgementVoid() ? "reporting.budget.reject.acknowledgement-void"
					: "reporting.budget.reject.not-acknowledged");
		}
		GeneratedFiles.PdfAndWorkbook pair = documents.report(station, report);
		releases.release(station.id(), BudgetDataset.NAME, BudgetDataset.period(report), BudgetDataset.records(report), by);
		Map<String, byte[]> files = pair.files();
		return GeneratedFiles.publish(publishing, station, year, BudgetDocuments.REPORT_KIND, report.asOf(),
				documents.reportTitle(year), "budget-report-" + station.code() + "-" + year.beYear(), files, by);
	}
}
