package org.prongsai.reporting;

import java.util.List;

import org.prongsai.disclosure.LocalizedText;

/**
 * What the catalogue says about a dataset, with the fields of the Thai government data catalogue
 * (GD-Catalog, as Thai CKAN portals carry them) besides DCAT's.
 * @param name the dataset's part of its addresses, for example {@code procurement}
 * @param dataType the GD-Catalog data type, for example {@code ข้อมูลระเบียน} (records)
 * @param frequencyMonths how often a new period is released, in months
 * @param dataCategory public, personal, security or secret: only public data is ever released here
 * @param distributions the files a release is served as
 * @param fields a record's fields in their CSV order (lists, such as bids, are served apart)
 */
record DatasetDescription(String name, LocalizedText title, LocalizedText description, LocalizedText objective,
		List<String> keywords, String dataType, int frequencyMonths, String dataCategory, LocalizedText source,
		List<Distribution> distributions, List<String> fields) {

	DatasetDescription {
		keywords = List.copyOf(keywords);
		distributions = List.copyOf(distributions);
		fields = List.copyOf(fields);
	}

	/**
	 * A way the dataset is served.
	 * @param file the file name under the station's {@code /data/}
	 * @param format the EU file-type authority's code: {@code JSON}, {@code CSV}
	 */
	record Distribution(String id, String file, String format, String mediaType, LocalizedText title) {
	}
}
