package org.prongsai.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.prongsai.disclosure.LocalizedText;
import org.prongsai.disclosure.Publishing;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.documents.DocumentInfo;
import org.prongsai.station.StationView;

/** Generated files, published together to the item that asks for their kind. */
final class GeneratedFiles {

	private GeneratedFiles() {
	}

	/**
	 * Publishes a month's files, each replacing the month's file of its format.
	 * @param files each file's extension and bytes, in the order they are published
	 * @return how many of the files were new (an unchanged file publishes nothing)
	 */
	static int publish(Publishing publishing, StationView station, String kind, YearMonth month, LocalizedText title,
			String baseName, Map<String, byte[]> files, String by) {
		return publish(publishing, station, FiscalYear.containing(month.atDay(1)), kind, month, month.atEndOfMonth(), title,
				baseName + "-" + station.code() + "-" + month, files, by);
	}

	/**
	 * Publishes the files of a whole year's document (a plan, a report as of a day), each replacing
	 * the current file of its kind and format.
	 * @param asOf the day the files' data is as of
	 * @param name the files' name without the extension
	 * @return how many of the files were new
	 */
	static int publish(Publishing publishing, StationView station, FiscalYear year, String kind, LocalDate asOf,
			LocalizedText title, String name, Map<String, byte[]> files, String by) {
		return publish(publishing, station, year, kind, null, asOf, title, name, files, by);
	}

	private static int publish(Publishing publishing, StationView station, FiscalYear year, String kind,
			@Nullable YearMonth month, LocalDate asOf, LocalizedText title, String name, Map<String, byte[]> files, String by) {
		int published = 0;
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			if (publishing.publishGenerated(station.id(), year, kind, month, asOf, title, name + "." + file.getKey(),
					file.getValue(), by)) {
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
