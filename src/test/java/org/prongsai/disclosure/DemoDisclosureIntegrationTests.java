package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.prongsai.DemoApplicationTest;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.files.StoredFileView;
import org.prongsai.readiness.ElementResult;
import org.prongsai.readiness.Evaluation;
import org.prongsai.readiness.ItemResult;
import org.prongsai.readiness.Outcome;
import org.prongsai.readiness.Readiness;
import org.prongsai.station.StationDirectory;

@DemoApplicationTest
class DemoDisclosureIntegrationTests {

	static final LocalDate CUT_OFF = LocalDate.of(2024, 5, 15);

	@Autowired
	Readiness readiness;

	@Autowired
	StationDirectory stations;

	@Autowired
	DemoDisclosure seeder;

	@Autowired
	DisclosureContent content;

	@Autowired
	Files files;

	@Autowired
	JdbcClient jdbc;

	@Test
	void kamalaPassesAllButThreeItemsAtMidMay2024ForRealisticReasons() {
		Evaluation evaluation = evaluate("kamala");

		Map<String, Outcome> outcomes = evaluation.items().stream()
			.collect(Collectors.toMap(i -> i.item().code(), ItemResult::outcome));
		assertThat(outcomes.entrySet()).filteredOn(e -> e.getValue() == Outcome.FAIL).extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrder("O7", "O18", "O19");
		assertThat(outcomes).as("no element is left unchecked or not yet due").doesNotContainValue(Outcome.WARNING);
		assertThat(evaluation.passedItems()).isEqualTo(22);
		assertThat(evaluation.score()).isEqualByComparingTo(new BigDecimal("88.00"));

		ElementResult reports = failed(evaluation, "O7");
		assertThat(reports.reason().key()).isEqualTo("readiness.monthly.missing");
		assertThat(reports.reason().args("en")).containsExactly("Jan 2024 (DOCX)");
		assertThat(reports.reason().args("th")).containsExactly("ม.ค. 2567 (DOCX)");
		ElementResult policy = failed(evaluation, "O18");
		assertThat(policy.element().id()).isEqualTo("policy");
		assertThat(policy.reason().key()).isEqualTo("readiness.bilingual.no-english");
		ElementResult commander = failed(evaluation, "O19");
		assertThat(commander.reason().key()).isEqualTo("readiness.news.short");
		assertThat(commander.reason().args("en")).containsExactly(2L, 3);
	}

	@Test
	void thungThongHasHardlyStarted() {
		Evaluation evaluation = evaluate("thung-thong");

		assertThat(evaluation.items()).filteredOn(i -> i.outcome() == Outcome.FAIL).hasSizeGreaterThanOrEqualTo(20);
		assertThat(evaluation.items()).filteredOn(i -> i.item().code().equals("O5"))
			.singleElement().extracting(ItemResult::outcome).isEqualTo(Outcome.PASS);
		assertThat(evaluation.score()).isLessThan(new BigDecimal("20"));
	}

	@Test
	void theFilesAreOfTheKindsTheirItemsAskForAndReal() throws IOException {
		UUID kamala = stations.findByCode("kamala").orElseThrow().id();
		ContentSnapshot snapshot = content.snapshot(kamala, DemoDisclosure.FY2567, java.time.Instant.now());

		assertThat(snapshot.documents("operations-report")).extracting(ContentSnapshot.Document::format)
			.containsOnly(DocumentFormat.PDF, DocumentFormat.DOCX).hasSize(11);
		assertThat(snapshot.documents("investigation-fund")).extracting(ContentSnapshot.Document::format)
			.containsExactlyInAnyOrder(DocumentFormat.PDF, DocumentFormat.XLSX, DocumentFormat.DOCX);
		ContentSnapshot.Document october = snapshot.documents("operations-report").stream()
			.filter(d -> d.format() == DocumentFormat.PDF && d.month().getMonthValue() == 10)
			.findFirst().orElseThrow();
		assertThat(october.title().th()).isEqualTo("รายงานผลการปฏิบัติราชการประจำเดือนตุลาคม 2566");
		StoredFileView file = files.find(kamala, october.fileId()).orElseThrow();
		try (InputStream in = files.open(file)) {
			String pdf = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
			assertThat(pdf).startsWith("%PDF-").contains("(Monthly operations report, October 2023) Tj");
			int xref = Integer.parseInt(pdf.replaceAll("(?s).*startxref\n(\\d+)\n%%EOF\n$", "$1"));
			assertThat(pdf.substring(xref)).startsWith("xref\n");
		}
	}

	@Test
	void runningTheSeederAgainAddsNothing() throws Exception {
		Map<String, Long> before = counts();
		seeder.start();
		seeder.start();
		assertThat(counts()).isEqualTo(before);
		// 92 uploaded; the generated PDF and workbook of the five months the demo's procurement replaces (10); of the
		// six months of crime and of checkpoint statistics (24); the procurement plan and announcements of O14 (2); the
		// generated budget plan and six-month report, PDF and workbook each, and the investigation fund's PDF,
		// workbook and Word file (7), which replace the uploaded ones of O12 and O13 and leave them in the history; the
		// complaint statistics' PDF and workbook (2), computed from the demo's complaints, which replace O17's upload.
		assertThat(before.get("disclosure_document")).isEqualTo(137);
	}

	@Test
	void whatStoodPublishedOnADayIsJudgedWithoutWhatCameLater() {
		UUID kamala = stations.findByCode("kamala").orElseThrow().id();
		Evaluation then = readiness.evaluateAsPublished(kamala, DemoDisclosure.FY2567, CUT_OFF).orElseThrow();
		assertThat(then.passedItems()).as("the demo was published through the year, as of mid-May").isEqualTo(22);
		Evaluation november = readiness.evaluateAsPublished(kamala, DemoDisclosure.FY2567, java.time.LocalDate.of(2023, 11, 30))
			.orElseThrow();
		assertThat(november.passedItems()).as("by the end of November far less stood published").isLessThan(22);
		assertThat(readiness.evaluate(kamala, DemoDisclosure.FY2567, java.time.LocalDate.of(2023, 11, 30)).orElseThrow()
			.passedItems()).as("today's content judged on that day").isGreaterThan(november.passedItems());
	}

	private Evaluation evaluate(String code) {
		UUID station = stations.findByCode(code).orElseThrow().id();
		return readiness.evaluate(station, DemoDisclosure.FY2567, CUT_OFF).orElseThrow();
	}

	private static ElementResult failed(Evaluation evaluation, String code) {
		return evaluation.items().stream()
			.filter(i -> i.item().code().equals(code))
			.flatMap(i -> i.elements().stream())
			.filter(e -> e.outcome() == Outcome.FAIL)
			.reduce((a, b) -> {
				throw new AssertionError(code + " fails more than one element");
			})
			.orElseThrow();
	}

	private Map<String, Long> counts() {
		return java.util.stream.Stream.of("disclosure_document", "disclosure_news", "disclosure_link", "disclosure_text",
				"disclosure_fact", "stored_file")
			.collect(Collectors.toMap(t -> t, t -> jdbc.sql("select count(*) from " + t).query(Long.class).single()));
	}
}
