package org.prongsai.reporting;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.disclosure.LocalizedText;
import org.prongsai.disclosure.Publishing;
import org.prongsai.platform.calendar.ThaiDateFormat;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.StationView;

/**
 * Publishes a month's statistics to the item that asks for them (O11 in FY2567), each kind as a PDF
 * and a workbook, and releases the same figures as open data, together.
 */
@Service
class StatisticsPublishing {

	private static final ThaiDateFormat ENGLISH = ThaiDateFormat.of(Locale.ENGLISH);

	private final CrimeStatistics crimes;
	private final CrimeMonthDocuments crimeDocuments;
	private final CheckpointStatistics checkpoints;
	private final CheckpointMonthDocuments checkpointDocuments;
	private final Publishing publishing;
	private final DatasetReleases releases;

	StatisticsPublishing(CrimeStatistics crimes, CrimeMonthDocuments crimeDocuments, CheckpointStatistics checkpoints,
			CheckpointMonthDocuments checkpointDocuments, Publishing publishing, DatasetReleases releases) {
		this.crimes = crimes;
		this.crimeDocuments = crimeDocuments;
		this.checkpoints = checkpoints;
		this.checkpointDocuments = checkpointDocuments;
		this.publishing = publishing;
		this.releases = releases;
	}

	/** @return how many of the two files were new */
	@Transactional
	int publishCrimes(StationView station, YearMonth month, String by) {
		List<CrimeStatistics.Figure> figures = crimes.month(station.id(), month);
		GeneratedFiles.PdfAndWorkbook files = crimeDocuments.generate(station, month, figures);
		releases.release(station.id(), CrimeDataset.NAME, month.toString(), CrimeDataset.records(month, figures), by);
		LocalizedText title = new LocalizedText(files.info().title(), "Crime statistics (CRIMES), "
				+ ENGLISH.longMonthYear(month));
		return GeneratedFiles.publish(publishing, station, CrimeMonthDocuments.KIND, month, title, "crime-statistics",
				files.files(), by);
	}

	/**
	 * @return how many of the two files were new
	 * @throws NotFoundException when the month has no checkpoint figures
	 */
	@Transactional
	int publishCheckpoints(StationView station, YearMonth month, String by) {
		CheckpointStatistics.CheckpointMonth figures = checkpoints.month(station.id(), month)
			.orElseThrow(() -> new NotFoundException("checkpoint figures " + month));
		GeneratedFiles.PdfAndWorkbook files = checkpointDocuments.generate(station, figures);
		releases.release(station.id(), CheckpointDataset.NAME, month.toString(), List.of(CheckpointDataset.record(figures)),
				by);
		LocalizedText title = new LocalizedText(files.info().title(), "Checkpoint statistics, " + ENGLISH.longMonthYear(month));
		return GeneratedFiles.publish(publishing, station, CheckpointMonthDocuments.KIND, month, title,
				"checkpoint-statistics", files.files(), by);
	}
}
