package org.prongsai.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.prongsai.station.StationProfile;
import org.prongsai.station.StationView;

class DcatCatalogueTests {

	static final StationView KAMALA = new StationView(UUID.randomUUID(), "kamala", true, new StationProfile(
			"สถานีตำรวจภูธรกมลา", "Kamala Police Station", "สภ.กมลา", "Kamala Police", "ภูเก็ต", "Phuket", 8,
			"ตำบลกมลา", "Kamala", "0 7600 0000", "kamala@example.org", new BigDecimal("7.95"), new BigDecimal("98.28"), null,
			null, null, null, null, null), null);

	static final List<OpenDataCatalogue.Entry> DATASETS = List.of(new OpenDataCatalogue.Entry(KAMALA,
			ProcurementDataset.DESCRIPTION, YearMonth.of(2023, 10), YearMonth.of(2024, 3),
			Instant.parse("2023-11-08T03:00:00Z"), Instant.parse("2024-04-08T03:00:00Z"), 12, false),
			new OpenDataCatalogue.Entry(KAMALA, BudgetDataset.DESCRIPTION, YearMonth.of(2024, 3), YearMonth.of(2024, 3),
					Instant.parse("2024-04-08T03:00:00Z"), Instant.parse("2024-04-08T03:00:00Z"), 5, false),
			new OpenDataCatalogue.Entry(KAMALA, FundDataset.DESCRIPTION, YearMonth.of(2023, 12), YearMonth.of(2024, 3),
					Instant.parse("2024-04-08T03:00:00Z"), Instant.parse("2024-04-09T03:00:00Z"), 2, true));

	final RdfGraph graph = DcatCatalogue.of(KAMALA, DATASETS, "https://kamala.example.go.th");

	@Test
	void theCatalogueConformsToTheDcatApShapes() {
		Model shapesModel = RDFDataMgr.loadModel("standards/dcat-ap/3.0.1/dcat-ap-SHACL.ttl");
		shapesModel.add(RDFDataMgr.loadModel("standards/dcat-ap/3.0.1/ranges.ttl"));
		// The published files name five property shapes they never define; leave those dangling links out.
		Property property = shapesModel.createProperty("http://www.w3.org/ns/shacl#property");
		Property path = shapesModel.createProperty("http://www.w3.org/ns/shacl#path");
		List<Statement> dangling = shapesModel.listStatements(null, property, (RDFNode) null).toList().stream()
			.filter(st -> !st.getObject().isResource() || !st.getObject().asResource().hasProperty(path))
			.toList();
		assertThat(dangling).hasSizeLessThanOrEqualTo(5);
		shapesModel.remove(dangling);
		Shapes shapes = Shapes.parse(shapesModel.getGraph());
		Model data = turtle();
		ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
		assertThat(report.getEntries()).as("DCAT-AP violations")
			.extracting(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
			.isEmpty();
	}

	@Test
	void turtleAndJsonLdSayTheSame() {
		Model fromJsonLd = ModelFactory.createDefaultModel();
		RDFParser.fromString(JsonMapper.builder().build().writeValueAsString(graph.jsonLd()), Lang.JSONLD).parse(fromJsonLd);
		assertThat(fromJsonLd.isIsomorphicWith(turtle())).isTrue();
		assertThat(fromJsonLd.size()).isGreaterThan(60);
	}

	@Test
	void theDatasetCarriesItsPeriodFrequencyDistributionsAndGdCatalogFields() {
		String ttl = graph.turtle();
		assertThat(ttl).contains("<https://kamala.example.go.th/kamala/data/procurement>",
				"<http://purl.org/dc/terms/accrualPeriodicity> <http://publications.europa.eu/resource/authority/frequency/MONTHLY>",
				"\"2023-10-01\"^^<http://www.w3.org/2001/XMLSchema#date>", "\"2024-03-31\"^^<http://www.w3.org/2001/XMLSchema#date>",
				"<http://www.w3.org/ns/dcat#downloadURL> <https://kamala.example.go.th/kamala/data/procurement.csv>",
				"<urn:th:gd-catalog:dataCategory> \"public\"", "<urn:th:gd-catalog:firstYearOfData> \"2567\"",
				"\"ผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)\"@th", "<mailto:kamala@example.org>");
	}

	@Test
	void aDatasetReleasedEveryThreeOrSixMonthsSaysSoAndCoversTheMonthsBeforeItsPeriod() {
		String ttl = graph.turtle();
		assertThat(ttl).contains("<https://kamala.example.go.th/kamala/data/budget>",
				"<http://purl.org/dc/terms/accrualPeriodicity> <http://publications.europa.eu/resource/authority/frequency/ANNUAL_2>",
				"<http://purl.org/dc/terms/accrualPeriodicity> <http://publications.europa.eu/resource/authority/frequency/QUARTERLY>",
				"<urn:th:gd-catalog:stale> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>",
				"<https://kamala.example.go.th/kamala/data/investigation-fund.csv>");
		Model model = turtle();
		Property start = model.createProperty("http://www.w3.org/ns/dcat#startDate");
		for (String dataset : List.of("budget", "investigation-fund")) {
			assertThat(model.getResource("https://kamala.example.go.th/kamala/data/" + dataset + "#period").getProperty(start)
				.getString()).as(dataset + " from the start of the fiscal year").isEqualTo("2023-10-01");
		}
	}

	private Model turtle() {
		Model model = ModelFactory.createDefaultModel();
		RDFParser.create().source(new StringReader(graph.turtle())).lang(Lang.TURTLE).parse(model);
		return model;
	}
}
