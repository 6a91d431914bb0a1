package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.prongsai.disclosure.Check.MonthlyDocuments;
import org.prongsai.disclosure.Check.NewsCount;
import org.prongsai.disclosure.Criteria.ElementCriteria;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.Role;

class CriteriaFileTests {

	private static final String ONE_ITEM = """
			fiscal-year: 2567
			items:
			  - code: O7
			    title: { th: "รายงานประจำเดือน", en: "Monthly reports" }
			    elements:
			      - id: monthly-reports
			        title: { th: "ทุกเดือน", en: "Every month" }
			        check: %s
			""";

	@Test
	void fiscalYear2567CriteriaLoadAndCoverAllTwentyFiveItems() {
		Criteria criteria = new CriteriaCatalogue().forYear(FiscalYear.of(2567)).orElseThrow();
		assertThat(criteria.items()).extracting(Criteria.ItemCriteria::code)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 25).mapToObj(i -> "O" + i).toList());
		assertThat(criteria.items()).allSatisfy(item -> assertThat(item.elements()).isNotEmpty());
		Set<String> kinds = criteria.items().stream()
			.flatMap(i -> i.elements().stream())
			.map(e -> e.check().kind())
			.collect(Collectors.toSet());
		assertThat(kinds).containsExactlyInAnyOrderElementsOf(Check.KINDS);

		ElementCriteria reports = criteria.item("O7").orElseThrow().elements().get(0);
		assertThat(reports.check()).isEqualTo(new MonthlyDocuments("operations-report", CriteriaPeriod.FIRST_SIX_MONTHS,
				List.of(new Check.FormatChoice(Set.of(DocumentFormat.PDF)), new Check.FormatChoice(Set.of(DocumentFormat.DOCX)))));
		ElementCriteria crime = criteria.item("O11").orElseThrow().elements().get(0);
		assertThat(((MonthlyDocuments) crime.check()).formats().get(1).anyOf())
			.as("Excel or Word").containsExactlyInAnyOrder(DocumentFormat.XLSX, DocumentFormat.DOCX);
		assertThat(criteria.item("O12").orElseThrow().maintainedBy()).containsExactly(Role.FINANCE);
		assertThat(criteria.item("O12").orElseThrow().keptBy(Set.of(Role.FINANCE))).isTrue();
		assertThat(criteria.item("O18").orElseThrow().keptBy(Set.of(Role.FINANCE))).isFalse();
		assertThat(criteria.item("O18").orElseThrow().keptBy(Set.of(Role.PUBLISHER))).isTrue();
		assertThat(((Check.BilingualText) criteria.item("O18").orElseThrow().elements().get(0).check()).sections())
			.extracting(Check.Section::id).containsExactly("objective", "scope", "definitions", "violations", "monitoring",
					"channels", "protection", "announcement");
	}

	@Test
	void aNewFiscalYearIsANewFileNotNewCode() {
		CriteriaCatalogue catalogue = new CriteriaCatalogue("classpath*:criteria-next/fy*.yaml");
		assertThat(catalogue.years()).containsExactly(FiscalYear.of(2567), FiscalYear.of(2568));
		Criteria next = catalogue.forYear(FiscalYear.of(2568)).orElseThrow();
		assertThat(next.item("O2").orElseThrow().title().en()).isEqualTo("Duties, area and population");
		assertThat(next.item("O19").orElseThrow().elements().get(0).check())
			.isEqualTo(new NewsCount("commander-integrity", 4, CriteriaPeriod.YEAR));
		assertThat(catalogue.forYear(FiscalYear.of(2567)).orElseThrow().item("O19").orElseThrow().elements().get(0).check())
			.isEqualTo(new NewsCount("commander-integrity", 3, CriteriaPeriod.YEAR));
		assertThat(catalogue.inForce(FiscalYear.of(2570))).as("until its own file comes, a year uses the latest")
			.hasValueSatisfying(c -> assertThat(c.fiscalYear()).isEqualTo(FiscalYear.of(2568)));
		assertThat(catalogue.inForce(FiscalYear.of(2566))).isEmpty();
	}

	@Test
	void everyCheckKindIsRead() {
		assertThat(parse("{ kind: field, field: station.phone }")).isEqualTo(new Check.FieldFilled("station.phone"));
		assertThat(parse("{ kind: document, document: org-structure, formats: [\"PDF|PNG\"] }"))
			.isEqualTo(new Check.DocumentPresent("org-structure",
					List.of(new Check.FormatChoice(Set.of(DocumentFormat.PDF, DocumentFormat.PNG)))));
		assertThat(parse("{ kind: document, document: complaint-statistics, formats: [PDF], also: [XLSX] }"))
			.isEqualTo(new Check.DocumentPresent("complaint-statistics", List.of(new Check.FormatChoice(Set.of(DocumentFormat.PDF))),
					Set.of(DocumentFormat.XLSX)));
		assertThat(parse("{ kind: news, category: ita, minimum: 2, period: q2 }"))
			.isEqualTo(new NewsCount("ita", 2, CriteriaPeriod.Q2));
		assertThat(parse("{ kind: bilingual, text: anti-bribery-policy }"))
			.isEqualTo(new Check.BilingualText("anti-bribery-policy", List.of()));
		assertThat(parse("{ kind: bilingual, text: policy, sections: [ { id: scope, title: { th: ขอบเขต, en: Scope } } ] }"))
			.isEqualTo(new Check.BilingualText("policy", List.of(new Check.Section("scope", new LocalizedText("ขอบเขต", "Scope")))));
		assertThat(parse("{ kind: link, link: eservice.report }")).isEqualTo(new Check.LinkResolves("eservice.report"));
		assertThat(parse("{ kind: link, link: eservice.report, guide: eservice.report.guide }"))
			.isEqualTo(new Check.LinkResolves("eservice.report", "eservice.report.guide"));
		assertThat(parse("{ kind: as-of, subject: budget-report, period: first-six-months }"))
			.isEqualTo(new Check.AsOf("budget-report", CriteriaPeriod.FIRST_SIX_MONTHS));
	}

	@Test
	void anUnknownCheckKindIsRefusedNamingItsLine() {
		assertThatThrownBy(() -> parse("{ kind: photo-count, minimum: 3 }"))
			.isInstanceOf(CriteriaFileException.class)
			.hasMessage("test.yaml line 8: unknown check kind \"photo-count\" (known: field, document, monthly, news, "
					+ "bilingual, link, as-of)");
	}

	@Test
	void malformedFilesAreRefusedWithTheLineOfTheProblem() {
		assertRefused("{ kind: document, document: x, formats: [PDFX] }", "line 8: unknown format \"PDFX\"");
		assertRefused("{ kind: monthly, document: x, period: second-half, formats: [PDF] }",
				"line 8: unknown period \"second-half\"");
		assertRefused("{ kind: news, category: ita, minimum: -1, period: year }",
				"line 8: expected a whole number above zero, not \"-1\"");
		assertRefused("{ kind: field, field: station.phone, colour: red }", "line 8: unknown key \"colour\"");
		assertRefused("{ kind: document, document: x }", "line 8: missing \"formats\"");
		assertRefused("{ kind: field, field: \"Station Phone\" }", "line 8: \"Station Phone\" is not a name");
		assertRefused("{ kind: bilingual, text: p, sections: [ { id: a, title: { th: ก, en: A } }, { id: a, title: { th: ข, en: B } } ] }",
				"line 8: section a appears twice");
		assertRefused("{ kind: bilingual, text: p, sections: [] }", "line 8: a list of sections needs at least one section");
		assertThatThrownBy(() -> CriteriaFile.parse("test.yaml", new StringReader("""
				fiscal-year: 2567
				items:
				  - code: O12
				    title: { th: "ก", en: "A" }
				    maintained-by: [FINANCE, TREASURER]
				    elements:
				      - { id: plan, title: { th: "ก", en: "A" }, check: { kind: field, field: budget.plan } }
				"""))).hasMessageStartingWith("test.yaml line 5: unknown role \"TREASURER\"");
		assertThatThrownBy(() -> CriteriaFile.parse("test.yaml", new StringReader("""
				fiscal-year: 2567
				items:
				  - code: O26x
				    title: { th: "ก", en: "A" }
				    elements: []
				"""))).hasMessage("test.yaml line 3: an item code is O followed by its number, such as O7; not \"O26x\"");
		assertThatThrownBy(() -> CriteriaFile.parse("test.yaml", new StringReader("""
				fiscal-year: 2567
				items:
				  - code: O1
				    title: { th: "ก" }
				    elements: []
				"""))).hasMessage("test.yaml line 4: missing \"en\"");
		assertThatThrownBy(() -> CriteriaFile.parse("test.yaml", new StringReader("fiscal-year: 1999\nitems: []\n")))
			.hasMessageStartingWith("test.yaml line 1: fiscal-year must be a Buddhist Era year");
		assertThatThrownBy(() -> CriteriaFile.parse("test.yaml", new StringReader("fiscal-year: 2567\nitems: [\n")))
			.hasMessageStartingWith("test.yaml line 3: not valid YAML");
		String twice = ONE_ITEM.formatted("{ kind: field, field: a }") + ONE_ITEM.substring(ONE_ITEM.indexOf("  - code"))
			.formatted("{ kind: field, field: b }");
		assertThatThrownBy(() -> CriteriaFile.parse("test.yaml", new StringReader(twice)))
			.hasMessage("test.yaml line 9: item O7 appears twice");
	}

	@Test
	void aMalformedCriteriaFileStopsTheCatalogue() {
		assertThatThrownBy(() -> new CriteriaCatalogue("classpath*:criteria-broken/fy*.yaml"))
			.isInstanceOf(CriteriaFileException.class)
			.hasMessageStartingWith("criteria/fy2569.yaml line 9: unknown check kind \"photos\"");
	}

	private static Check parse(String check) {
		return CriteriaFile.parse("test.yaml", new StringReader(ONE_ITEM.formatted(check)))
			.item("O7").orElseThrow().elements().get(0).check();
	}

	private static void assertRefused(String check, String message) {
		assertThatThrownBy(() -> parse(check)).isInstanceOf(CriteriaFileException.class).hasMessageContaining(message);
	}
}
