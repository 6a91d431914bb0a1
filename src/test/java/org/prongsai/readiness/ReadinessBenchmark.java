package org.prongsai.readiness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.prongsai.disclosure.Check;
import org.prongsai.disclosure.ContentSnapshot;
import org.prongsai.disclosure.Criteria;
import org.prongsai.disclosure.CriteriaCatalogue;
import org.prongsai.disclosure.DocumentFormat;
import org.prongsai.disclosure.LocalizedText;
import org.prongsai.platform.calendar.FiscalYear;

/**
 * Times the readiness evaluation of synthetic stations against the FY2567 criteria: every
 * element's content present with random gaps, as 1,500 stations of a country would have.
 * Run with {@code bench/readiness.sh}; not a test, so no timing is ever asserted.
 */
public final class ReadinessBenchmark {

	private ReadinessBenchmark() {
	}

	public static void main(String[] args) {
		int stations = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
		Criteria criteria = CriteriaCatalogue.fromClasspath().forYear(FiscalYear.of(2567)).orElseThrow();
		Random random = new Random(2567);
		List<ContentSnapshot> snapshots = new ArrayList<>();
		for (int i = 0; i < stations; i++) {
			snapshots.add(synthetic(criteria, random));
		}
		LocalDate cutOff = LocalDate.of(2024, 5, 15);
		for (int warm = 0; warm < 3; warm++) {
			evaluateAll(criteria, snapshots, cutOff);
		}
		long start = System.nanoTime();
		long passed = evaluateAll(criteria, snapshots, cutOff);
		long all = System.nanoTime() - start;
		long one = Long.MAX_VALUE;
		for (int i = 0; i < 50; i++) {
			long s = System.nanoTime();
			new Evaluator(criteria, snapshots.get(i), cutOff).evaluate();
			one = Math.min(one, System.nanoTime() - s);
		}
		System.out.printf("stations: %d, items passed in all: %d%n", stations, passed);
		System.out.printf("evaluate all stations: %.1f ms%n", all / 1e6);
		System.out.printf("evaluate one station (best of 50): %.3f ms%n", one / 1e6);
	}

	private static long evaluateAll(Criteria criteria, List<ContentSnapshot> snapshots, LocalDate cutOff) {
		long passed = 0;
		for (ContentSnapshot snapshot : snapshots) {
			passed += new Evaluator(criteria, snapshot, cutOff).evaluate().passedItems();
		}
		return passed;
	}

	/** A station that published most of what the criteria ask, leaving one in ten things out. */
	private static ContentSnapshot synthetic(Criteria criteria, Random random) {
		FiscalYear year = criteria.fiscalYear();
		List<ContentSnapshot.Document> documents = new ArrayList<>();
		List<ContentSnapshot.News> news = new ArrayList<>();
		List<ContentSnapshot.Link> links = new ArrayList<>();
		List<ContentSnapshot.Text> texts = new ArrayList<>();
		Set<String> fields = new HashSet<>();
		Map<String, LocalDate> asOf = new HashMap<>();
		LocalizedText title = new LocalizedText("เอกสาร", "Document");
		for (Criteria.ItemCriteria item : criteria.items()) {
			for (Criteria.ElementCriteria element : item.elements()) {
				if (random.nextInt(10) == 0) {
					continue;
				}
				Check check = element.check();
				if (check instanceof Check.FieldFilled f) {
					fields.add(f.field());
				}
				else if (check instanceof Check.DocumentPresent d) {
					d.formats().forEach(c -> documents.add(new ContentSnapshot.Document(UUID.randomUUID(), item.code(),
							d.document(), null, c.anyOf().iterator().next(), title, UUID.randomUUID(), Instant.EPOCH, true)));
				}
				else if (check instanceof Check.MonthlyDocuments m) {
					for (YearMonth month : m.period().range(year).months()) {
						for (Check.FormatChoice c : m.formats()) {
							DocumentFormat format = c.anyOf().iterator().next();
							documents.add(new ContentSnapshot.Document(UUID.randomUUID(), item.code(), m.document(), month,
									format, title, UUID.randomUUID(), Instant.EPOCH, true));
						}
					}
				}
				else if (check instanceof Check.NewsCount n) {
					for (int k = 0; k < n.minimum(); k++) {
						news.add(new ContentSnapshot.News(UUID.randomUUID(), n.category(), year.start().plusDays(30L * k + 5),
								title, Instant.EPOCH));
					}
				}
				else if (check instanceof Check.BilingualText t) {
					for (Check.Part part : t.parts()) {
						texts.add(new ContentSnapshot.Text(part.storedKind(), "th", "ข้อความ", Instant.EPOCH));
						texts.add(new ContentSnapshot.Text(part.storedKind(), "en", "Text", Instant.EPOCH));
					}
				}
				else if (check instanceof Check.LinkResolves l) {
					links.add(new ContentSnapshot.Link(l.link(), "https://example.org", true, Instant.EPOCH));
				}
				else if (check instanceof Check.AsOf a) {
					asOf.put(a.subject(), a.period().range(year).endInclusive());
				}
			}
		}
		return new ContentSnapshot(UUID.randomUUID(), year, Instant.EPOCH, documents, news, links, texts, fields, asOf);
	}
}
