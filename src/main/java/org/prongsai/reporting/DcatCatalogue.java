package org.prongsai.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.disclosure.LocalizedText;
import org.prongsai.station.StationView;

/**
 * A station's open data catalogue in DCAT (DCAT-AP 3 shapes): the catalogue, its publisher and
 * contact point, each released dataset with its period, frequency and distributions, and the
 * GD-Catalog fields Thai portals use under their own names.
 */
final class DcatCatalogue {

	static final String DCAT = "http://www.w3.org/ns/dcat#";
	static final String DCT = "http://purl.org/dc/terms/";
	static final String FOAF = "http://xmlns.com/foaf/0.1/";
	static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
	static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
	static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
	/** The GD-Catalog fields that DCAT has no term for; a URN, as no Thai vocabulary publishes IRIs for them. */
	static final String GDC = "urn:th:gd-catalog:";
	static final String EU = "http://publications.europa.eu/resource/authority/";
	static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

	private DcatCatalogue() {
	}

	static RdfGraph of(StationView station, List<OpenDataCatalogue.Entry> datasets, String base) {
		String home = base + "/" + station.code();
		String catalogue = home + "/data/catalog";
		String publisher = home + "#station";
		String contact = home + "#contact";
		RdfGraph graph = new RdfGraph();
		graph.type(catalogue, DCAT + "Catalog");
		bilingual(graph, catalogue, DCT + "title", new LocalizedText("ข้อมูลเปิดของ" + station.profile().nameTh(),
				"Open data of " + station.profile().nameEn()));
		bilingual(graph, catalogue, DCT + "description", new LocalizedText(
				"ชุดข้อมูลที่" + station.profile().nameTh() + "เผยแพร่จากระบบงานของสถานี",
				"Datasets " + station.profile().nameEn() + " publishes from its own records"));
		graph.iri(catalogue, DCT + "publisher", publisher).iri(catalogue, FOAF + "homepage", home)
			.iri(catalogue, DCT + "language", EU + "language/THA").iri(catalogue, DCT + "language", EU + "language/ENG")
			.iri(catalogue, DCT + "license", LICENCE);
		datasets.stream().map(OpenDataCatalogue.Entry::modified).max(Instant::compareTo)
			.ifPresent(modified -> graph.literal(catalogue, DCT + "modified", modified.toString(), RdfGraph.XSD + "dateTime"));
		graph.type(EU + "language/THA", DCT + "LinguisticSystem").type(EU + "language/ENG", DCT + "LinguisticSystem");
		graph.type(LICENCE, DCT + "LicenseDocument");

		graph.type(publisher, FOAF + "Agent").type(publisher, FOAF + "Organization");
		bilingual(graph, publisher, FOAF + "name", new LocalizedText(station.profile().nameTh(), station.profile().nameEn()));

		graph.type(home, FOAF + "Document");
		graph.type(contact, VCARD + "Kind").type(contact, VCARD + "Organization");
		graph.text(contact, VCARD + "fn", station.profile().nameTh(), "th").text(contact, VCARD + "fn", station.profile().nameEn(), "en");
		if (!station.profile().email().isBlank()) {
			graph.iri(contact, VCARD + "hasEmail", "mailto:" + station.profile().email());
		}
		if (!station.profile().phone().isBlank()) {
			graph.iri(contact, VCARD + "hasTelephone", "tel:" + station.profile().phone().replaceAll("[^0-9+]", ""));
		}

		for (OpenDataCatalogue.Entry entry : datasets) {
			dataset(graph, entry, home, catalogue, publisher, contact);
		}
		return graph;
	}

	private static void dataset(RdfGraph graph, OpenDataCatalogue.Entry entry, String home, String catalogue,
			String publisher, String contact) {
		DatasetDescription d = entry.description();
		String dataset = home + "/data/" + d.name();
		graph.iri(catalogue, DCAT + "dataset", dataset);
		graph.type(dataset, DCAT + "Dataset");
		bilingual(graph, dataset, DCT + "title", d.title());
		bilingual(graph, dataset, DCT + "description", d.description());
		graph.literal(dataset, DCT + "identifier", entry.name(), null);
		d.keywords().forEach(k -> graph.literal(dataset, DCAT + "keyword", k, null));
		graph.iri(dataset, DCT + "publisher", publisher).iri(dataset, DCAT + "contactPoint", contact)
			.iri(dataset, DCAT + "theme", EU + "data-theme/GOVE")
			.iri(dataset, DCT + "accrualPeriodicity", EU + "frequency/" + frequency(d.frequencyMonths()))
			.literal(dataset, DCT + "issued", entry.created().toString(), RdfGraph.XSD + "dateTime")
			.literal(dataset, DCT + "modified", entry.modified().toString(), RdfGraph.XSD + "dateTime");
		graph.type(EU + "data-theme/GOVE", SKOS + "Concept")
			.text(EU + "data-theme/GOVE", SKOS + "prefLabel", "รัฐบาลและภาคสาธารณะ", "th")
			.text(EU + "data-theme/GOVE", SKOS + "prefLabel", "Government and public sector", "en");
		graph.type(EU + "frequency/" + frequency(d.frequencyMonths()), DCT + "Frequency");

		String period = dataset + "#period";
		graph.iri(dataset, DCT + "temporal", period).type(period, DCT + "PeriodOfTime")
			// A period names its last month; a release every three or six months covers the months before it too.
			.literal(period, DCAT + "startDate", entry.firstPeriod().minusMonths(d.frequencyMonths() - 1L).atDay(1).toString(),
					RdfGraph.XSD + "date")
			.literal(period, DCAT + "endDate", entry.lastPeriod().atEndOfMonth().toString(), RdfGraph.XSD + "date");
		String area = home + "#area";
		graph.iri(dataset, DCT + "spatial", area).type(area, DCT + "Location");
		graph.text(area, RDFS + "label", entry.station().profile().provinceTh(), "th")
			.text(area, RDFS + "label", entry.station().profile().provinceEn(), "en");

		bilingual(graph, dataset, GDC + "objective", d.objective());
		bilingual(graph, dataset, GDC + "dataSource", d.source());
		graph.literal(dataset, GDC + "dataType", d.dataType(), null)
			.literal(dataset, GDC + "dataCategory", d.dataCategory(), null)
			.literal(dataset, GDC + "updateFrequencyUnit", "month", null)
			.literal(dataset, GDC + "updateFrequencyInterval", String.valueOf(d.frequencyMonths()), RdfGraph.XSD + "integer")
			.literal(dataset, GDC + "accessibleCondition", "open", null)
			.literal(dataset, GDC + "firstYearOfData", String.valueOf(beYear(entry.firstPeriod())), RdfGraph.XSD + "integer")
			.literal(dataset, GDC + "lastYearOfData", String.valueOf(beYear(entry.lastPeriod())), RdfGraph.XSD + "integer")
			.literal(dataset, GDC + "stale", String.valueOf(entry.stale()), RdfGraph.XSD + "boolean");

		for (DatasetDescription.Distribution file : d.distributions()) {
			String distribution = dataset + "#" + file.id();
			String url = home + "/data/" + file.file();
			graph.iri(dataset, DCAT + "distribution", distribution);
			graph.type(distribution, DCAT + "Distribution");
			bilingual(graph, distribution, DCT + "title", file.title());
			graph.iri(distribution, DCAT + "accessURL", url).iri(distribution, DCAT + "downloadURL", url)
				.iri(distribution, DCT + "format", EU + "file-type/" + file.format())
				.iri(distribution, DCAT + "mediaType", "https://www.iana.org/assignments/media-types/" + file.mediaType())
				.iri(distribution, DCT + "license", LICENCE)
				.literal(distribution, DCT + "modified", entry.modified().toString(), RdfGraph.XSD + "dateTime");
			graph.type(EU + "file-type/" + file.format(), DCT + "MediaTypeOrExtent");
			graph.type("https://www.iana.org/assignments/media-types/" + file.mediaType(), DCT + "MediaType");
		}
	}

	/** The EU frequency authority's code for a release every so many months. */
	static String frequency(int months) {
		return switch (months) {
			case 1 -> "MONTHLY";
			case 3 -> "QUARTERLY";
			case 6 -> "ANNUAL_2";
			case 12 -> "ANNUAL";
			default -> "IRREG";
		};
	}

	/** The Buddhist Era fiscal year a period falls in, as GD-Catalog counts years of data. */
	private static int beYear(YearMonth month) {
		return FiscalYear.containing(month.atDay(1)).beYear();
	}

	private static void bilingual(RdfGraph graph, String subject, String predicate, LocalizedText text) {
		graph.text(subject, predicate, text.th(), "th").text(subject, predicate, text.en(), "en");
	}
}
