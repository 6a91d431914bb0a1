package org.prongsai.reporting;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.disclosure.LocalizedText;
import org.prongsai.disclosure.Publishing;
import org.prongsai.platform.calendar.ThaiDateFormat;
import org.prongsai.station.StationView;

/**
 * Publishes a month's crime statistics to the item that asks for them (O11 in FY2567) as a PDF
 * and a workbook, and releases the figures as open data, together.
 */
@Service
class StatisticsPublishing {

	private final CrimeStatistics statistics;
	private final CrimeMonthDocuments documents;
	private final Publishing publishing;
	private final DatasetReleases releases;

	StatisticsPublishing(CrimeStatistics statistics, CrimeMonthDocuments documents, Publishing publishing,
			DatasetReleases releases) {
		this.statistics = statistics;
		this.documents = documents;
		this.publishing = publishing;
		this.releases = releases;
	}

	/** @return how many of the two files were new */
	@Transactional
	int publishMonth(StationView station, YearMonth month, String by) {
		List<CrimeStatistics.Figure> figures = statistics.month(station.id(), month);
		CrimeMonthDocuments.Pair pair = documents.generate(station, month, figures);
		releases.release(station.id(), CrimeDataset.NAME, month.toString(), CrimeDataset.records(month, figures), by);
		LocalizedText title = new LocalizedText(pair.info().title(), "Crime statistics (CRIMES), "
				+ ThaiDateFormat.of(Locale.ENGLISH).longMonthYear(month));
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("pdf", pair.pdf());
		files.put("xlsx", pair.xlsx());
		return GeneratedFiles.publish(publishing, station, CrimeMonthDocuments.KIND, month, title, "crime-statistics", files, by);
	}
}
