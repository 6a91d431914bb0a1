package org.prongsai.reporting;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.prongsai.disclosure.LocalizedText;
import org.prongsai.disclosure.Publishing;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.documents.DocumentInfo;
import org.prongsai.station.StationView;

/** A month's generated files, published together to the item that asks for their kind. */
final class GeneratedFiles {

	private GeneratedFiles() {
	}

	/**
	 * @param files each file's extension and bytes, in the order they are published
	 * @return how many of the files were new (an unchanged file publishes nothing)
	 */
	static int publish(Publishing publishing, StationView station, String kind, YearMonth month, LocalizedText title,
			String baseName, Map<String, byte[]> files, String by) {
		FiscalYear year = FiscalYear.containing(month.atDay(1));
		int published = 0;
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			if (publishing.publishGenerated(station.id(), year, kind, month, month.atEndOfMonth(), title,
					baseName + "-" + station.code() + "-" + month + "." + file.getKey(), file.getValue(), by)) {
				published++;
			}
		}
		return published;
	}

	/** A report as a PDF and its machine-readable workbook, generated from the same records. */
	record PdfAndWorkbook(byte[] pdf, byte[] xlsx, DocumentInfo info) {

		/** The two files by extension, PDF first, as {@link GeneratedFiles#publish} takes them. */
		Map<String, byte[]> files() {
			Map<String, byte[]> files = new LinkedHashMap<>();
			files.put("pdf", pdf);
			files.put("xlsx", xlsx);
			return files;
		}
	}
}
