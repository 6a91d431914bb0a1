package org.prongsai.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.disclosure.Publishing;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.station.StationView;

/**
 * Publishes the criminal investigation fund's report through a quarter to the item that asks for
 * it (O13 in FY2567) as PDF, Excel and Word, replacing the item's earlier files, and releases each
 * of its quarters as open data, together.
 */
@Service
class FundPublishing {

	private final InvestigationFund fund;
	private final FundDocuments documents;
	private final Publishing publishing;
	private final DatasetReleases releases;
	private final Clock clock;

	FundPublishing(InvestigationFund fund, FundDocuments documents, Publishing publishing, DatasetReleases releases,
			Clock clock) {
		this.fund = fund;
		this.documents = documents;
		this.publishing = publishing;
		this.releases = releases;
		this.clock = clock;
	}

	/**
	 * @return how many of the three files were new
	 * @throws ReportingRejected when a quarter of the report has no figures, or the last quarter has not ended
	 */
	@Transactional
	int publish(StationView station, FiscalYear year, int throughQuarter, String by) {
		FundReport report = fund.report(station.id(), year, throughQuarter);
		if (!report.missing().isEmpty()) {
			throw new ReportingRejected("reporting.fund.reject.missing", report.missing().get(0));
		}
		if (LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).isBefore(report.asOf())) {
			throw new ReportingRejected("reporting.fund.reject.not-yet", throughQuarter);
		}
		FundDocuments.Generated generated = documents.generate(station, report);
		for (FundReport.Line line : report.lines()) {
			releases.release(station.id(), FundDataset.NAME, FundDataset.period(line),
					List.of(FundDataset.record(report, line)), by);
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("pdf", generated.pdf());
		files.put("xlsx", generated.xlsx());
		files.put("docx", generated.docx());
		return GeneratedFiles.publish(publishing, station, year, FundDocuments.KIND, report.asOf(), documents.title(report),
				"investigation-fund-" + station.code() + "-" + year.beYear() + "-q" + throughQuarter, files, by);
	}
}
