package org.prongsai.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.prongsai.disclosure.Check;
import org.prongsai.disclosure.Check.FormatChoice;
import org.prongsai.disclosure.ContentSnapshot;
import org.prongsai.disclosure.Criteria;
import org.prongsai.disclosure.Criteria.ElementCriteria;
import org.prongsai.disclosure.Criteria.ItemCriteria;
import org.prongsai.disclosure.CriteriaPeriod;
import org.prongsai.disclosure.DocumentFormat;
import org.prongsai.disclosure.LocalizedText;
import org.prongsai.platform.calendar.FiscalYear;

class EvaluatorTests {

	static final FiscalYear FY2567 = FiscalYear.of(2567);

	static final LocalDate AFTER_MARCH = LocalDate.of(2024, 5, 15);

	static final List<FormatChoice> PDF_AND_WORD = List.of(new FormatChoice(Set.of(DocumentFormat.PDF)),
			new FormatChoice(Set.of(DocumentFormat.DOCX)));

	static final List<FormatChoice> PDF_AND_EXCEL_OR_WORD = List.of(new FormatChoice(Set.of(DocumentFormat.PDF)),
			new FormatChoice(Set.of(DocumentFormat.XLSX, DocumentFormat.DOCX)));

	final Content content = new Content();

	@Test
	void aFilledFieldPassesAndAnEmptyOneFails() {
		Check check = new Check.FieldFilled("station.phone");
		assertThat(result(check, AFTER_MARCH).outcome()).isEqualTo(Outcome.FAIL);
		assertThat(result(check, AFTER_MARCH).fixPath()).isEqualTo("/admin/station");
		content.fields.add("station.phone");
		assertThat(result(check, AFTER_MARCH).outcome()).isEqualTo(Outcome.PASS);
		assertThat(result(new Check.FieldFilled("executives.contact"), AFTER_MARCH).fixPath()).isEqualTo("/admin/organisation");
		assertThat(result(new Check.FieldFilled("laws.categorised"), AFTER_MARCH).fixPath()).isEqualTo("/admin/disclosure/2567/O1");
	}

	@Test
	void aDocumentPassesOnlyInEveryRequiredFormat() {
		Check check = new Check.DocumentPresent("budget-plan", List.of(new FormatChoice(Set.of(DocumentFormat.PDF)),
				new FormatChoice(Set.of(DocumentFormat.XLSX))));
		content.document("budget-plan", null, DocumentFormat.PDF);
		ElementResult pdfOnly = result(check, AFTER_MARCH);
		assertThat(pdfOnly.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(pdfOnly.reason().key()).isEqualTo("readiness.document.missing");
		assertThat(pdfOnly.reason().args("en")).containsExactly("XLSX");
		assertThat(pdfOnly.fixPath()).isEqualTo("/admin/disclosure/2567/O1");

		content.document("budget-plan", null, DocumentFormat.DOCX);
		assertThat(result(check, AFTER_MARCH).outcome()).as("Word is not Excel").isEqualTo(Outcome.FAIL);
		content.document("budget-plan", null, DocumentFormat.XLSX);
		assertThat(result(check, AFTER_MARCH).outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void monthlyDocumentsFailWhenOneMonthLacksItsWordFile() {
		Check check = new Check.MonthlyDocuments("operations-report", CriteriaPeriod.FIRST_SIX_MONTHS, PDF_AND_WORD);
		for (YearMonth month : FY2567.firstSixMonths().months()) {
			content.document("operations-report", month, DocumentFormat.PDF);
			if (!month.equals(YearMonth.of(2024, 1))) {
				content.document("operations-report", month, DocumentFormat.DOCX);
			}
		}
		ElementResult result = result(check, AFTER_MARCH);
		assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(result.reason().args("en")).containsExactly("Jan 2024 (DOCX)");
		assertThat(result.reason().args("th")).containsExactly("ม.ค. 2567 (DOCX)");

		content.document("operations-report", YearMonth.of(2024, 1), DocumentFormat.DOCX);
		assertThat(result(check, AFTER_MARCH).outcome()).isEqualTo(Outcome.PASS);
		assertThat(result(check, AFTER_MARCH).reason().args("en")).containsExactly(6);
	}

	@Test
	void aMonthNotYetDueIsAWarningAndAFutureMonthIsNothing() {
		Check check = new Check.MonthlyDocuments("crime-statistics", CriteriaPeriod.FIRST_SIX_MONTHS,
				PDF_AND_EXCEL_OR_WORD);
		for (YearMonth month : List.of(YearMonth.of(2023, 10), YearMonth.of(2023, 11))) {
			content.document("crime-statistics", month, DocumentFormat.PDF);
			content.document("crime-statistics", month, DocumentFormat.XLSX);
		}
		// 10 Jan 2024: December has ended and is due by 31 January; January has not ended.
		ElementResult early = result(check, LocalDate.of(2024, 1, 10));
		assertThat(early.outcome()).isEqualTo(Outcome.WARNING);
		assertThat(early.reason().args("en")).containsExactly("Dec 2023 (PDF, DOCX or XLSX)");
		// 1 Feb 2024: December is late.
		assertThat(result(check, LocalDate.of(2024, 2, 1)).outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void aMonthlyDocumentFallingDueNextMonthIsListed() {
		Check check = new Check.MonthlyDocuments("procurement-summary", CriteriaPeriod.FIRST_SIX_MONTHS,
				PDF_AND_EXCEL_OR_WORD);
		Evaluation evaluation = evaluate(check, LocalDate.of(2024, 1, 10));
		assertThat(evaluation.dueNextMonth()).singleElement().satisfies(due -> {
			assertThat(due.reason().key()).isEqualTo("readiness.due-next");
			assertThat(due.reason().args("en")).containsExactly("Dec 2023", "31 Jan 2024", "O1");
		});
	}

	@Test
	void newsAreCountedWithinTheFiscalYearUpToTheCutOff() {
		Check check = new Check.NewsCount("commander-integrity", 3, CriteriaPeriod.YEAR);
		content.news("commander-integrity", LocalDate.of(2023, 9, 30)); // the year before
		content.news("commander-integrity", LocalDate.of(2023, 10, 1));
		content.news("commander-integrity", LocalDate.of(2024, 2, 14));
		content.news("work-results", LocalDate.of(2024, 3, 1));
		content.news("commander-integrity", LocalDate.of(2024, 6, 1)); // after the cut-off
		ElementResult two = result(check, AFTER_MARCH);
		assertThat(two.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(two.reason().args("en")).containsExactly(2L, 3);
		content.news("commander-integrity", LocalDate.of(2024, 5, 15));
		assertThat(result(check, AFTER_MARCH).outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void aPolicyNeedsItsEnglishText() {
		Check check = new Check.BilingualText("anti-bribery-policy", List.of());
		assertThat(result(check, AFTER_MARCH).reason().key()).isEqualTo("readiness.bilingual.none");
		content.texts.add(new ContentSnapshot.Text("anti-bribery-policy", "th", "นโยบาย", Instant.EPOCH));
		ElementResult thaiOnly = result(check, AFTER_MARCH);
		assertThat(thaiOnly.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(thaiOnly.reason().key()).isEqualTo("readiness.bilingual.no-english");
		content.texts.add(new ContentSnapshot.Text("anti-bribery-policy", "en", "Policy", Instant.EPOCH));
		assertThat(result(check, AFTER_MARCH).outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void aPolicyWithSectionsNeedsEachSectionInBothLanguagesAndNamesTheMissingOnes() {
		Check check = new Check.BilingualText("anti-bribery-policy", List.of(
				new Check.Section("scope", new LocalizedText("ขอบเขต", "Scope")),
				new Check.Section("protection", new LocalizedText("การคุ้มครองผู้แจ้ง", "Whistleblower protection"))));
		content.texts.add(new ContentSnapshot.Text("anti-bribery-policy", "th", "นโยบายทั้งฉบับ", Instant.EPOCH));
		content.texts.add(new ContentSnapshot.Text("anti-bribery-policy", "en", "The whole policy", Instant.EPOCH));
		assertThat(result(check, AFTER_MARCH).reason().key()).as("a text without its sections does not count")
			.isEqualTo("readiness.bilingual.none");
		content.texts.add(new ContentSnapshot.Text("anti-bribery-policy#scope", "th", "ทุกคน", Instant.EPOCH));
		content.texts.add(new ContentSnapshot.Text("anti-bribery-policy#protection", "th", "เก็บเป็นความลับ", Instant.EPOCH));
		assertThat(result(check, AFTER_MARCH).reason().key()).isEqualTo("readiness.bilingual.no-english");
		content.texts.add(new ContentSnapshot.Text("anti-bribery-policy#scope", "en", "Everyone", Instant.EPOCH));
		ElementResult partial = result(check, AFTER_MARCH);
		assertThat(partial.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(partial.reason().key()).isEqualTo("readiness.bilingual.sections-missing");
		assertThat(partial.reason().args("en")).containsExactly("complete", "Whistleblower protection");
		assertThat(partial.reason().args("th")).containsExactly("ครบ", "การคุ้มครองผู้แจ้ง");
		content.texts.add(new ContentSnapshot.Text("anti-bribery-policy#protection", "en", " ", Instant.EPOCH));
		assertThat(result(check, AFTER_MARCH).outcome()).as("a blank section is missing").isEqualTo(Outcome.FAIL);
		content.texts.add(new ContentSnapshot.Text("anti-bribery-policy#protection", "en", "Kept confidential", Instant.EPOCH));
		assertThat(result(check, AFTER_MARCH).outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void aFileThePageCouldNotServeCountsAsMissing() {
		Check check = new Check.DocumentPresent("ethics-manual", List.of(new FormatChoice(Set.of(DocumentFormat.PDF))));
		content.document("ethics-manual", null, DocumentFormat.PDF, false);
		ElementResult broken = result(check, AFTER_MARCH);
		assertThat(broken.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(broken.reason().key()).isEqualTo("readiness.document.broken");
		assertThat(broken.reason().args("en")).containsExactly("PDF");
		content.document("ethics-manual", null, DocumentFormat.PDF, true);
		assertThat(result(check, AFTER_MARCH).outcome()).as("another copy that opens").isEqualTo(Outcome.PASS);
	}

	@Test
	void aMonthWhoseOnlyFileIsBrokenIsAMissingMonth() {
		Check check = new Check.MonthlyDocuments("operations-report", CriteriaPeriod.FIRST_SIX_MONTHS,
				List.of(new FormatChoice(Set.of(DocumentFormat.PDF))));
		for (YearMonth month : FiscalYear.of(2567).firstSixMonths().months()) {
			content.document("operations-report", month, DocumentFormat.PDF, !month.equals(YearMonth.of(2024, 2)));
		}
		ElementResult result = result(check, AFTER_MARCH);
		assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(result.reason().args("en")).containsExactly("Feb 2024 (PDF)");
	}

	@Test
	void aLinkMustBeSetAndResolve() {
		Check check = new Check.LinkResolves("eservice.report");
		assertThat(result(check, AFTER_MARCH).reason().key()).isEqualTo("readiness.link.missing");
		content.links.add(new ContentSnapshot.Link("eservice.report", "https://example.org", null, null));
		assertThat(result(check, AFTER_MARCH).outcome()).isEqualTo(Outcome.WARNING);
		content.links.set(0, new ContentSnapshot.Link("eservice.report", "https://example.org", false, Instant.EPOCH));
		assertThat(result(check, AFTER_MARCH).outcome()).isEqualTo(Outcome.FAIL);
		content.links.set(0, new ContentSnapshot.Link("eservice.report", "https://example.org", true, Instant.EPOCH));
		assertThat(result(check, AFTER_MARCH).outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void aServiceLinkAlsoNeedsItsGuideInBothLanguagesAndSendsTheStationToTheEServicesScreen() {
		Check check = new Check.LinkResolves("eservice.report", "eservice.report.guide");
		content.links.add(new ContentSnapshot.Link("eservice.report", "https://example.org", true, Instant.EPOCH));
		ElementResult none = result(check, AFTER_MARCH);
		assertThat(none.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(none.reason().key()).isEqualTo("readiness.link.guide-missing");
		assertThat(none.reason().args("en")).containsExactly("Thai and English");
		assertThat(none.reason().args("th")).containsExactly("ภาษาไทยและภาษาอังกฤษ");
		assertThat(none.fixPath()).isEqualTo("/admin/e-services?year=2567");
		content.texts.add(new ContentSnapshot.Text("eservice.report.guide", "th", "เปิดเว็บไซต์", Instant.EPOCH));
		content.texts.add(new ContentSnapshot.Text("eservice.report.guide", "en", " ", Instant.EPOCH));
		assertThat(result(check, AFTER_MARCH).reason().args("en")).as("a blank guide is none").containsExactly("English");
		content.texts.set(1, new ContentSnapshot.Text("eservice.report.guide", "en", "Open the site", Instant.EPOCH));
		assertThat(result(check, AFTER_MARCH).outcome()).isEqualTo(Outcome.PASS);
		content.links.set(0, new ContentSnapshot.Link("eservice.report", "https://example.org", false, Instant.EPOCH));
		assertThat(result(check, AFTER_MARCH).reason().key()).as("a guide doesn't mend a broken link")
			.isEqualTo("readiness.link.broken");
	}

	@Test
	void dataMustBeAsOfTheEndOfThePeriod() {
		Check check = new Check.AsOf("budget-report", CriteriaPeriod.FIRST_SIX_MONTHS);
		assertThat(result(check, LocalDate.of(2024, 3, 1)).outcome()).as("not due yet").isEqualTo(Outcome.WARNING);
		assertThat(result(check, AFTER_MARCH).reason().key()).isEqualTo("readiness.as-of.missing");
		content.asOf.put("budget-report", LocalDate.of(2024, 2, 29));
		ElementResult early = result(check, AFTER_MARCH);
		assertThat(early.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(early.reason().args("en")).containsExactly("29 Feb 2024", "31 Mar 2024");
		content.asOf.put("budget-report", LocalDate.of(2024, 3, 31));
		assertThat(result(check, AFTER_MARCH).outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void anItemPassesOnlyWhenNoElementFailsAndTheScoreCountsPassedItems() {
		ItemCriteria o5 = item("O5", new Check.FieldFilled("station.name"), new Check.FieldFilled("station.email"));
		ItemCriteria o10 = item("O10", new Check.LinkResolves("eservice.report"));
		ItemCriteria o19 = item("O19", new Check.NewsCount("commander-integrity", 3, CriteriaPeriod.YEAR));
		content.fields.add("station.name");
		content.links.add(new ContentSnapshot.Link("eservice.report", "https://example.org", null, null));
		Evaluation evaluation = new Evaluator(new Criteria(FY2567, "test", List.of(o5, o10, o19)), content.snapshot(),
				AFTER_MARCH).evaluate();
		assertThat(evaluation.items()).extracting(ItemResult::outcome)
			.containsExactly(Outcome.FAIL, Outcome.WARNING, Outcome.FAIL);
		assertThat(evaluation.passedItems()).isEqualTo(1);
		assertThat(evaluation.score()).isEqualByComparingTo("33.33");
	}

	private ElementResult result(Check check, LocalDate cutOff) {
		return evaluate(check, cutOff).items().get(0).elements().get(0);
	}

	private Evaluation evaluate(Check check, LocalDate cutOff) {
		return new Evaluator(new Criteria(FY2567, "test", List.of(item("O1", check))), content.snapshot(), cutOff)
			.evaluate();
	}

	private static ItemCriteria item(String code, Check... checks) {
		List<ElementCriteria> elements = new ArrayList<>();
		for (int i = 0; i < checks.length; i++) {
			elements.add(new ElementCriteria("e" + i, new LocalizedText("องค์ประกอบ", "Element"), checks[i]));
		}
		return new ItemCriteria(code, new LocalizedText("รายการ", "Item"), elements);
	}

	/** A station's published content, built up by each test. */
	static final class Content {

		final List<ContentSnapshot.Document> documents = new ArrayList<>();
		final List<ContentSnapshot.News> news = new ArrayList<>();
		final List<ContentSnapshot.Link> links = new ArrayList<>();
		final List<ContentSnapshot.Text> texts = new ArrayList<>();
		final Set<String> fields = new HashSet<>();
		final Map<String, LocalDate> asOf = new HashMap<>();

		void document(String kind, @Nullable YearMonth month, DocumentFormat format) {
			document(kind, month, format, null);
		}

		void document(String kind, @Nullable YearMonth month, DocumentFormat format, @Nullable Boolean resolves) {
			documents.add(new ContentSnapshot.Document(UUID.randomUUID(), "O1", kind, month, format,
					new LocalizedText("เอกสาร", "Document"), UUID.randomUUID(), Instant.EPOCH, resolves));
		}

		void news(String category, LocalDate date) {
			news.add(new ContentSnapshot.News(UUID.randomUUID(), category, date, new LocalizedText("ข่าว", "News"),
					Instant.EPOCH));
		}

		ContentSnapshot snapshot() {
			return new ContentSnapshot(UUID.randomUUID(), FY2567, Instant.EPOCH, documents, news, links, texts, fields,
					asOf);
		}
	}
}
