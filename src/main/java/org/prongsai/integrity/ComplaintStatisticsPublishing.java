package org.prongsai.integrity;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.disclosure.Publishing;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.StationView;

/**
 * Publishes a station's complaint statistics to the item that asks for them (O17 in FY2567) as a
 * PDF and a workbook, each replacing the item's current file of its format. They are as of the
 * last whole day: yesterday, or the fiscal year's last day once it is over, so the figures a file
 * states never change after it is published.
 */
@Service
class ComplaintStatisticsPublishing {

	private final ComplaintStatistics statistics;

	private final ComplaintStatisticsDocuments documents;

	private final Publishing publishing;

	private final Clock clock;

	ComplaintStatisticsPublishing(ComplaintStatistics statistics, ComplaintStatisticsDocuments documents, Publishing publishing,
			Clock clock) {
		this.statistics = statistics;
		this.documents = documents;
		this.publishing = publishing;
		this.clock = clock;
	}

	/**
	 * The day the year's statistics are as of when published now.
	 * @throws NotFoundException when the year has not had a whole day yet
	 */
	LocalDate asOf(FiscalYear year) {
		LocalDate yesterday = LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).minusDays(1);
		if (yesterday.isBefore(year.start())) {
			throw new NotFoundException("complaint statistics of " + year + " before it began");
		}
		return yesterday.isAfter(year.end()) ? year.end() : yesterday;
	}

	/** The fiscal year of the last whole day, which the screens show unless asked for another. */
	FiscalYear latestYear() {
		return FiscalYear.containing(LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).minusDays(1));
	}

	/** The station's figures as they would be published now. */
	ComplaintFigures figures(StationView station, FiscalYear year) {
		return statistics.figures(station.id(), year, asOf(year));
	}

	/** The files as they would be published now. */
	ComplaintStatisticsDocuments.Generated files(StationView station, FiscalYear year) {
		return documents.generate(station, figures(station, year));
	}

	/**
	 * @return how many of the two files were new (files identical to the published ones publish nothing)
	 * @throws org.prongsai.disclosure.PublishingRejected when no item of the year asks for complaint statistics
	 */
	@Transactional
	int publish(StationView station, FiscalYear year, String by) {
		ComplaintStatisticsDocuments.Generated files = files(station, year);
		String name = "complaint-statistics-" + station.code() + "-" + year.beYear();
		LocalDate asOf = files.info().dated();
		int published = 0;
		if (publishing.publishGenerated(station.id(), year, ComplaintStatisticsDocuments.KIND, null, asOf, files.title(),
				name + ".pdf", files.pdf(), by)) {
			published++;
		}
		if (publishing.publishGenerated(station.id(), year, ComplaintStatisticsDocuments.KIND, null, asOf, files.title(),
				name + ".xlsx", files.xlsx(), by)) {
			published++;
		}
		return published;
	}
}
