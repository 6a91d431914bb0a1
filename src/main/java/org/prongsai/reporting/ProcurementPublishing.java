package org.prongsai.reporting;

import java.time.YearMonth;
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
 * Publishes a month's procurement summary to the disclosure item that asks for it (O15 in
 * FY2567): the PDF and the workbook generated from the records, on the item's page for that
 * month, replacing the month's earlier files. A month whose records did not change publishes
 * nothing new.
 */
@Service
class ProcurementPublishing {

	private final ProcurementRecords records;

	private final ProcurementMonthDocuments documents;

	private final Publishing publishing;

	private final DatasetReleases releases;

	ProcurementPublishing(ProcurementRecords records, ProcurementMonthDocuments documents, Publishing publishing,
			DatasetReleases releases) {
		this.records = records;
		this.documents = documents;
		this.publishing = publishing;
		this.releases = releases;
	}

	/**
	 * The month's records are released as open data in the same transaction, so the API serves
	 * exactly what the files show.
	 * @return how many of the two files were new
	 * @throws org.prongsai.disclosure.PublishingRejected when the year's criteria ask for no such summary, or not for that month
	 */
	@Transactional
	int publishMonth(StationView station, YearMonth month, String by) {
		List<Procurement> monthRecords = records.month(station.id(), month);
		GeneratedFiles.PdfAndWorkbook pair = documents.generate(station, month, monthRecords);
		releases.release(station.id(), ProcurementDataset.NAME, month.toString(), ProcurementDataset.records(month,
				monthRecords), by);
		LocalizedText title = new LocalizedText(pair.info().title(), "Procurement summary (Sor Kor Ror 1), "
				+ ThaiDateFormat.of(Locale.ENGLISH).longMonthYear(month));
		Map<String, byte[]> files = pair.files();
		return GeneratedFiles.publish(publishing, station, ProcurementMonthDocuments.KIND, month, title, "sor-kor-ror-1",
				files, by);
	}
}
