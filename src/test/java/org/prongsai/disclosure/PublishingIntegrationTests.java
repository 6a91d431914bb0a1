package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.prongsai.platform.audit.AuditTrail;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileRejectedException;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.station.StationDirectory;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
		"spring.datasource.url=jdbc:h2:mem:publishing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"prongsai.demo.enabled=true", "prongsai.demo.password=publishing-tests-1", "prongsai.demo.content=false",
		"prongsai.files.root=target/publishing-tests/files" })
class PublishingIntegrationTests {

	static final FiscalYear FY2567 = FiscalYear.of(2567);

	static final LocalizedText TITLE = new LocalizedText("รายงาน", "Report");

	@Autowired
	Publishing publishing;

	@Autowired
	Files files;

	@Autowired
	DisclosureContent content;

	@Autowired
	StationDirectory stations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	Clock clock;

	UUID station;

	@BeforeEach
	void station() {
		station = stations.findByCode("thung-thong").orElseThrow().id();
	}

	@Test
	void aWordFileWhereOnlyPdfIsTakenIsRefusedAndNothingIsKept() {
		long files = count("stored_file");
		long documents = count("disclosure_document");
		assertThatThrownBy(() -> publish("O8", "staff-manual.traffic", null, "manual.docx", SampleDocuments.docx()))
			.isInstanceOfSatisfying(PublishingRejected.class, rejected -> {
				assertThat(rejected.messageKey()).isEqualTo("disclosure.reject.format");
				assertThat(rejected.arguments()).containsExactly("DOCX", "O8", "PDF");
			});
		assertThat(count("stored_file")).isEqualTo(files);
		assertThat(count("disclosure_document")).isEqualTo(documents);
	}

	@Test
	void unknownItemsKindsAndMonthsOutsideTheFiscalYearAreRefused() {
		assertRejected(() -> publish("O26", "anything", null, "a.pdf", SampleDocuments.pdf("a")), "disclosure.reject.item");
		assertRejected(() -> publish("O8", "budget-plan", null, "a.pdf", SampleDocuments.pdf("a")), "disclosure.reject.kind");
		assertRejected(() -> publish("O7", "operations-report", YearMonth.of(2024, 10), "a.pdf", SampleDocuments.pdf("a")),
				"disclosure.reject.month");
		assertRejected(() -> publish("O7", "operations-report", YearMonth.of(2023, 9), "a.pdf", SampleDocuments.pdf("a")),
				"disclosure.reject.month");
		assertRejected(() -> publish("O7", "operations-report", null, "a.pdf", SampleDocuments.pdf("a")),
				"disclosure.reject.month");
		assertRejected(() -> publish(FiscalYear.of(2599), "O7", "operations-report", YearMonth.of(2599 - 543, 1), "a.pdf",
				SampleDocuments.pdf("a")), "disclosure.reject.year");
		assertThatThrownBy(() -> publish("O8", "staff-manual.traffic", null, "a.pdf", "not a pdf".getBytes()))
			.isInstanceOf(FileRejectedException.class);
	}

	@Test
	void aFormatTheCriteriaTakeBesideTheRequiredOnesIsPublishedAndNamedWhenAnotherIsRefused() {
		UUID workbook = publish("O17", "complaint-statistics", null, "statistics.xlsx", SampleDocuments.xlsx());
		assertThat(content.snapshot(station, FY2567, clock.instant()).documents("complaint-statistics"))
			.extracting(ContentSnapshot.Document::id).contains(workbook);
		assertThatThrownBy(() -> publish("O17", "complaint-statistics", null, "statistics.docx", SampleDocuments.docx()))
			.isInstanceOfSatisfying(PublishingRejected.class,
					rejected -> assertThat(rejected.arguments()).containsExactly("DOCX", "O17", "PDF, XLSX"));
	}

	@Test
	void aMonthAfterTheCriteriasPeriodIsPublishedWithinTheYear() {
		UUID april = publish("O7", "operations-report", YearMonth.of(2024, 4), "april.pdf", SampleDocuments.pdf("april"));
		assertThat(content.snapshot(station, FY2567, clock.instant()).documents("operations-report"))
			.as("stations keep reporting after March, though the assessment asks only for October to March")
			.anySatisfy(d -> {
				assertThat(d.id()).isEqualTo(april);
				assertThat(d.month()).isEqualTo(YearMonth.of(2024, 4));
			});
	}

	@Test
	void aReplacedMonthlyFileStaysInTheHistoryOfThePage() {
		YearMonth november = YearMonth.of(2023, 11);
		UUID first = publish("O7", "operations-report", november, "nov.pdf", SampleDocuments.pdf("first"));
		Instant between = clock.instant();
		UUID second = publish("O7", "operations-report", november, "nov-corrected.pdf", SampleDocuments.pdf("second"));

		assertThat(content.snapshot(station, FY2567, clock.instant()).documents("operations-report"))
			.extracting(ContentSnapshot.Document::id).contains(second).doesNotContain(first);
		assertThat(content.snapshot(station, FY2567, between).documents("operations-report"))
			.extracting(ContentSnapshot.Document::id).contains(first).doesNotContain(second);
		assertThat(audit.recent(station, 20)).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("disclosure.document.published");
			assertThat(e.beforeSummary()).contains("replaced the 2023-11 PDF file");
		});
	}

	@Test
	void aGeneratedDocumentThatIsNotMonthlyReplacesTheFileOfItsKindAndFormatAndNoOther() {
		UUID uploadedPdf = publish("O12", "budget-plan", null, "plan.pdf", SampleDocuments.pdf("uploaded plan"));
		UUID uploadedXlsx = publish("O12", "budget-plan", null, "plan.xlsx", SampleDocuments.xlsx());
		UUID report = publish("O12", "budget-report", null, "report.pdf", SampleDocuments.pdf("uploaded report"));
		UUID manual = publish("O8", "staff-manual.traffic", null, "traffic.pdf", SampleDocuments.pdf("traffic"));
		UUID secondManual = publish("O8", "staff-manual.traffic", null, "traffic-2.pdf", SampleDocuments.pdf("traffic 2"));
		assertThat(content.snapshot(station, FY2567, clock.instant()).documents("staff-manual.traffic"))
			.as("an uploaded document that is not monthly adds to its kind").extracting(ContentSnapshot.Document::id)
			.contains(manual, secondManual);

		assertThat(publishing.publishGenerated(station, FY2567, "budget-plan", null, LocalDate.of(2023, 10, 1), TITLE,
				"budget-plan.pdf", SampleDocuments.pdf("generated plan"), "test")).isTrue();
		assertThat(content.snapshot(station, FY2567, clock.instant()).documents("budget-plan"))
			.extracting(ContentSnapshot.Document::id).contains(uploadedXlsx).doesNotContain(uploadedPdf).hasSize(2);
		assertThat(content.snapshot(station, FY2567, clock.instant()).documents("budget-report"))
			.extracting(ContentSnapshot.Document::id).containsExactly(report);
		assertThat(publishing.publishGenerated(station, FY2567, "budget-plan", null, LocalDate.of(2023, 10, 1), TITLE,
				"budget-plan.pdf", SampleDocuments.pdf("generated plan"), "test")).as("the same bytes again").isFalse();
		assertThat(audit.recent(station, 20)).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("disclosure.document.published");
			assertThat(e.beforeSummary()).isEqualTo("replaced the PDF file");
		});
	}

	@Test
	void factsTextsLinksAndNewsAppearInTheSnapshotAndWithdrawnDocumentsLeaveIt() {
		publishing.publishFact(station, FY2567, "area.population", new LocalizedText("12,000 คน", "12,000 people"),
				LocalDate.of(2023, 10, 15), "test");
		publishing.publishText(station, FY2567, "anti-bribery-policy#objective", "th", "นโยบายต่อต้านการรับสินบน", "test");
		publishing.setLink(station, "eservice.report", "https://thaipoliceonline.go.th", "test");
		publishing.publishNews(station, "commander-integrity", LocalDate.of(2024, 1, 9), TITLE, TITLE, "test");
		UUID manual = publish("O8", "staff-manual.traffic", null, "manual.pdf", SampleDocuments.pdf("manual"));

		ContentSnapshot snapshot = content.snapshot(station, FY2567, clock.instant());
		assertThat(snapshot.filledFields()).contains("area.population", "station.phone");
		assertThat(snapshot.asOf()).containsEntry("area", LocalDate.of(2023, 10, 15));
		assertThat(snapshot.texts()).anySatisfy(t -> assertThat(t.language()).isEqualTo("th"));
		assertThat(snapshot.link("eservice.report")).hasValueSatisfying(l -> assertThat(l.resolves()).isNull());
		assertThat(snapshot.news()).anySatisfy(n -> assertThat(n.category()).isEqualTo("commander-integrity"));
		assertThat(snapshot.documents("staff-manual.traffic")).extracting(ContentSnapshot.Document::id).contains(manual);

		publishing.withdrawDocument(station, manual, "test");
		assertThat(content.snapshot(station, FY2567, clock.instant()).documents("staff-manual.traffic"))
			.extracting(ContentSnapshot.Document::id).doesNotContain(manual);
		assertRejected(() -> publishing.withdrawDocument(station, manual, "test"), "disclosure.reject.no-document");
		UUID kamala = stations.findByCode("kamala").orElseThrow().id();
		assertThat(content.snapshot(kamala, FY2567, clock.instant()).filledFields()).as("another station's facts")
			.doesNotContain("area.population");
	}

	@Test
	void aLinkCheckMarksTheCurrentLinkButNotOneWhoseAddressHasSinceChanged() {
		publishing.setLink(station, "eservice.fine", "https://old.example.org/fine", "test");
		publishing.setLink(station, "eservice.fine", "https://ptm.police.go.th/eTicket/", "test");
		Instant checked = Instant.parse("2024-05-10T00:00:00Z");

		assertThat(publishing.recordLinkCheck(station, "eservice.fine", "https://old.example.org/fine", false, checked))
			.isFalse();
		assertThat(publishing.recordLinkCheck(station, "eservice.fine", "https://ptm.police.go.th/eTicket/", true, checked))
			.isTrue();
		assertThat(content.snapshot(station, FY2567, clock.instant()).link("eservice.fine")).hasValueSatisfying(link -> {
			assertThat(link.resolves()).isTrue();
			assertThat(link.checkedAt()).isEqualTo(checked);
		});
	}

	private UUID publish(String item, String kind, @Nullable YearMonth month, String name, byte[] bytes) {
		return publish(FY2567, item, kind, month, name, bytes);
	}

	private UUID publish(FiscalYear year, String item, String kind, @Nullable YearMonth month, String name, byte[] bytes) {
		try (CheckedFile file = files.check(FileUse.PUBLICATION, name, new ByteArrayInputStream(bytes))) {
			return publishing.publishDocument(station, year, item, kind, month, null, TITLE, file, "test");
		}
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(PublishingRejected.class,
				rejected -> assertThat(rejected.messageKey()).isEqualTo(key));
	}
}
