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
 * Publishes a month's operations report to the item that asks for it (O7 in FY2567) as a PDF and
 * a Word file made from its activities, and releases the activities as open data, together.
 */
@Service
class OperationsPublishing {

	private final Activities activities;
	private final OperationsMonthDocuments documents;
	private final Publishing publishing;
	private final DatasetReleases releases;

	OperationsPublishing(Activities activities, OperationsMonthDocuments documents, Publishing publishing,
			DatasetReleases releases) {
		this.activities = activities;
		this.documents = documents;
		this.publishing = publishing;
		this.releases = releases;
	}

	/** @return how many of the two files were new */
	@Transactional
	int publishMonth(StationView station, YearMonth month, String by) {
		List<Activity> monthActivities = activities.month(station.id(), month);
		OperationsMonthDocuments.Pair pair = documents.generate(station, month, monthActivities);
		releases.release(station.id(), OperationsDataset.NAME, month.toString(), OperationsDataset.records(month,
				monthActivities), by);
		LocalizedText title = new LocalizedText(pair.info().title(), "Monthly operations report, "
				+ ThaiDateFormat.of(Locale.ENGLISH).longMonthYear(month));
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("pdf", pair.pdf());
		files.put("docx", pair.docx());
		return GeneratedFiles.publish(publishing, station, OperationsMonthDocuments.KIND, month, title, "operations-report",
				files, by);
	}
}
