package org.prongsai.readiness;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.prongsai.disclosure.Check;
import org.prongsai.disclosure.Check.FormatChoice;
import org.prongsai.disclosure.ContentSnapshot;
import org.prongsai.disclosure.Criteria;
import org.prongsai.disclosure.Criteria.ElementCriteria;
import org.prongsai.disclosure.Criteria.ItemCriteria;
import org.prongsai.disclosure.DocumentFormat;
import org.prongsai.disclosure.KeptField;
import org.prongsai.platform.calendar.DateRange;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.calendar.ThaiDateFormat;

/**
 * Judges a content snapshot against criteria as an assessor would, at a cut-off date. Pure: the
 * same snapshot, criteria and date give the same result, so it is tested without a database and
 * runs for many stations at once.
 */
final class Evaluator {

	private static final ThaiDateFormat THAI = ThaiDateFormat.of(Locale.forLanguageTag("th"));

	private static final ThaiDateFormat ENGLISH = ThaiDateFormat.of(Locale.ENGLISH);

	private final Criteria criteria;

	private final ContentSnapshot content;

	private final LocalDate cutOff;

	/** The screens that make a kind of document from the station's records, by kind. */
	private final Map<String, String> sources;

	Evaluator(Criteria criteria, ContentSnapshot content, LocalDate cutOff) {
		this(criteria, content, cutOff, Map.of());
	}

	Evaluator(Criteria criteria, ContentSnapshot content, LocalDate cutOff, Map<String, String> sources) {
		this.criteria = criteria;
		this.content = content;
		this.cutOff = cutOff;
		this.sources = sources;
	}

	Evaluation evaluate() {
		List<ItemResult> items = new ArrayList<>();
		List<ElementResult> dueNextMonth = new ArrayList<>();
		for (ItemCriteria item : criteria.items()) {
			List<ElementResult> elements = new ArrayList<>();
			for (ElementCriteria element : item.elements()) {
				elements.add(evaluate(item, element));
				if (element.check() instanceof Check.MonthlyDocuments monthly) {
					dueSoon(item, element, monthly).ifPresent(dueNextMonth::add);
				}
			}
			items.add(new ItemResult(item, elements));
		}
		return new Evaluation(content.stationId(), year(), cutOff, criteria.source(), items, dueNextMonth);
	}

	private ElementResult evaluate(ItemCriteria item, ElementCriteria element) {
		String fix = "/admin/disclosure/" + year().beYear() + "/" + item.code();
		Check check = element.check();
		if (check instanceof Check.FieldFilled field) {
			boolean filled = content.filledFields().contains(field.field());
			return new ElementResult(element, filled ? Outcome.PASS : Outcome.FAIL,
					Reason.of(filled ? "readiness.field.ok" : "readiness.field.missing"),
					KeptField.of(field.field()).screen().orElse(fix));
		}
		if (check instanceof Check.DocumentPresent document) {
			return document(element, document, made(document.document(), fix));
		}
		if (check instanceof Check.MonthlyDocuments monthly) {
			return monthly(element, monthly, made(monthly.document(), fix));
		}
		if (check instanceof Check.NewsCount news) {
			return news(element, news, fix);
		}
		if (check instanceof Check.BilingualText text) {
			return bilingual(element, text, fix);
		}
		if (check instanceof Check.LinkResolves link) {
			return link(element, link, link.screen().map(screen -> screen + "?year=" + year().beYear()).orElse(fix));
		}
		Check.AsOf asOf = (Check.AsOf) check;
		return asOf(element, asOf, made(asOf.subject(), fix));
	}

	/** Where a kind of document is made from the station's records, for the year; else the item's editor. */
	private String made(String kind, String fix) {
		String screen = sources.get(kind);
		return screen == null ? fix : screen + "?year=" + year().beYear();
	}

	private ElementResult document(ElementCriteria element, Check.DocumentPresent check, String fix) {
		List<ContentSnapshot.Document> documents = served(content.documents(check.document()));
		List<FormatChoice> missing = check.formats().stream()
			.filter(choice -> documents.stream().noneMatch(d -> choice.acceptedBy(d.format())))
			.toList();
		if (missing.isEmpty()) {
			return new ElementResult(element, Outcome.PASS, Reason.of("readiness.document.ok", documents.size()), fix);
		}
		List<FormatChoice> broken = missing.stream()
			.filter(choice -> content.documents(check.document()).stream()
				.anyMatch(d -> d.broken() && choice.acceptedBy(d.format())))
			.toList();
		String key = broken.isEmpty() ? "readiness.document.missing" : "readiness.document.broken";
		List<FormatChoice> named = broken.isEmpty() ? missing : broken;
		return new ElementResult(element, Outcome.FAIL, new Reason(key, List.of(formats(named, " หรือ ")),
				List.of(formats(named, " or "))), fix);
	}

	/** The documents whose file the public page could serve when last checked: a broken one counts as missing. */
	private static List<ContentSnapshot.Document> served(List<ContentSnapshot.Document> documents) {
		return documents.stream().filter(d -> !d.broken()).toList();
	}

	private ElementResult monthly(ElementCriteria element, Check.MonthlyDocuments check, String fix) {
		List<String> lateTh = new ArrayList<>();
		List<String> lateEn = new ArrayList<>();
		List<String> comingTh = new ArrayList<>();
		List<String> comingEn = new ArrayList<>();
		int complete = 0;
		for (YearMonth month : check.period().range(year()).months()) {
			if (!month.atEndOfMonth().isBefore(cutOff)) {
				continue; // the month has not ended yet: nothing is due
			}
			List<FormatChoice> missing = missingFormats(check, month);
			if (missing.isEmpty()) {
				complete++;
				continue;
			}
			boolean late = dueDate(month).isBefore(cutOff);
			(late ? lateTh : comingTh).add(THAI.monthYear(month) + " (" + formats(missing, " หรือ ") + ")");
			(late ? lateEn : comingEn).add(ENGLISH.monthYear(month) + " (" + formats(missing, " or ") + ")");
		}
		if (!lateTh.isEmpty()) {
			return new ElementResult(element, Outcome.FAIL, new Reason("readiness.monthly.missing",
					List.of(String.join(", ", lateTh)), List.of(String.join(", ", lateEn))), fix);
		}
		if (!comingTh.isEmpty()) {
			return new ElementResult(element, Outcome.WARNING, new Reason("readiness.monthly.due",
					List.of(String.join(", ", comingTh)), List.of(String.join(", ", comingEn))), fix);
		}
		return new ElementResult(element, Outcome.PASS, Reason.of("readiness.monthly.ok", complete), fix);
	}

	/** The next monthly document falling due within a month of the cut-off and not yet published. */
	private java.util.Optional<ElementResult> dueSoon(ItemCriteria item, ElementCriteria element,
			Check.MonthlyDocuments check) {
		for (YearMonth month : check.period().range(year()).months()) {
			LocalDate due = dueDate(month);
			if (!due.isBefore(cutOff) && due.isBefore(cutOff.plusMonths(1).plusDays(1))
					&& !missingFormats(check, month).isEmpty()) {
				return java.util.Optional.of(new ElementResult(element, Outcome.WARNING, new Reason("readiness.due-next",
						List.of(THAI.monthYear(month), THAI.date(due), item.code()),
						List.of(ENGLISH.monthYear(month), ENGLISH.date(due), item.code())),
						"/admin/disclosure/" + year().beYear() + "/" + item.code()));
			}
		}
		return java.util.Optional.empty();
	}

	private List<FormatChoice> missingFormats(Check.MonthlyDocuments check, YearMonth month) {
		List<ContentSnapshot.Document> ofMonth = served(content.documents(check.document())).stream()
			.filter(d -> month.equals(d.month()))
			.toList();
		return check.formats().stream().filter(choice -> ofMonth.stream().noneMatch(d -> choice.acceptedBy(d.format())))
			.toList();
	}

	/** A month's document is due by the end of the following month, when monthly reports are published. */
	private static LocalDate dueDate(YearMonth month) {
		return month.plusMonths(1).atEndOfMonth();
	}

	private ElementResult news(ElementCriteria element, Check.NewsCount check, String fix) {
		DateRange period = check.period().range(year());
		long count = content.news().stream()
			.filter(n -> n.category().equals(check.category()))
			.filter(n -> period.contains(n.date()) && !n.date().isAfter(cutOff))
			.count();
		boolean enough = count >= check.minimum();
		return new ElementResult(element, enough ? Outcome.PASS : Outcome.FAIL,
				Reason.of(enough ? "readiness.news.ok" : "readiness.news.short", count, check.minimum()), fix);
	}

	private ElementResult bilingual(ElementCriteria element, Check.BilingualText check, String fix) {
		List<Check.Part> parts = check.parts();
		List<Check.Part> noThai = parts.stream().filter(p -> !hasText(p.storedKind(), "th")).toList();
		List<Check.Part> noEnglish = parts.stream().filter(p -> !hasText(p.storedKind(), "en")).toList();
		if (noThai.isEmpty() && noEnglish.isEmpty()) {
			return new ElementResult(element, Outcome.PASS, Reason.of("readiness.bilingual.ok"), fix);
		}
		boolean noneThai = noThai.size() == parts.size();
		boolean noneEnglish = noEnglish.size() == parts.size();
		if (noneThai && noneEnglish) {
			return new ElementResult(element, Outcome.FAIL, Reason.of("readiness.bilingual.none"), fix);
		}
		if (noThai.isEmpty() && noneEnglish) {
			return new ElementResult(element, Outcome.FAIL, Reason.of("readiness.bilingual.no-english"), fix);
		}
		if (noEnglish.isEmpty() && noneThai) {
			return new ElementResult(element, Outcome.FAIL, Reason.of("readiness.bilingual.no-thai"), fix);
		}
		// Some sections are there and some are not: name the missing ones, in each language's words.
		return new ElementResult(element, Outcome.FAIL, new Reason("readiness.bilingual.sections-missing",
				List.of(sectionTitles(noThai, "th", "ครบ"), sectionTitles(noEnglish, "th", "ครบ")),
				List.of(sectionTitles(noThai, "en", "complete"), sectionTitles(noEnglish, "en", "complete"))), fix);
	}

	private static String sectionTitles(List<Check.Part> parts, String language, String none) {
		return parts.isEmpty() ? none
				: parts.stream().map(p -> p.title() == null ? p.id() : p.title().in(language)).collect(Collectors.joining(", "));
	}

	private boolean hasText(String storedKind, String language) {
		return content.texts().stream()
			.anyMatch(t -> t.kind().equals(storedKind) && t.language().equals(language) && !t.body().isBlank());
	}

	private ElementResult link(ElementCriteria element, Check.LinkResolves check, String fix) {
		return content.link(check.link()).map(link -> {
			String guide = check.guide();
			if (guide != null && !(hasText(guide, "th") && hasText(guide, "en"))) {
				boolean th = hasText(guide, "th");
				boolean en = hasText(guide, "en");
				return new ElementResult(element, Outcome.FAIL, new Reason("readiness.link.guide-missing",
						List.of(languages(!th, !en, "ภาษาไทย", "ภาษาอังกฤษ", "และ")),
						List.of(languages(!th, !en, "Thai", "English", " and "))), fix);
			}
			if (link.resolves() == null) {
				return new ElementResult(element, Outcome.WARNING, Reason.of("readiness.link.unchecked", link.url()), fix);
			}
			return link.resolves() ? new ElementResult(element, Outcome.PASS, Reason.of("readiness.link.ok", link.url()), fix)
					: new ElementResult(element, Outcome.FAIL, Reason.of("readiness.link.broken", link.url()), fix);
		}).orElseGet(() -> new ElementResult(element, Outcome.FAIL, Reason.of("readiness.link.missing"), fix));
	}

	private static String languages(boolean thai, boolean english, String thaiName, String englishName, String and) {
		return thai && english ? thaiName + and + englishName : thai ? thaiName : englishName;
	}

	private ElementResult asOf(ElementCriteria element, Check.AsOf check, String fix) {
		LocalDate required = check.period().range(year()).endInclusive();
		LocalDate stated = content.asOf().get(check.subject());
		if (stated != null && !stated.isBefore(required)) {
			return new ElementResult(element, Outcome.PASS,
					new Reason("readiness.as-of.ok", List.of(THAI.date(stated)), List.of(ENGLISH.date(stated))), fix);
		}
		if (cutOff.isBefore(required)) {
			return new ElementResult(element, Outcome.WARNING, new Reason("readiness.as-of.not-yet",
					List.of(THAI.date(required)), List.of(ENGLISH.date(required))), fix);
		}
		if (stated == null) {
			return new ElementResult(element, Outcome.FAIL, new Reason("readiness.as-of.missing",
					List.of(THAI.date(required)), List.of(ENGLISH.date(required))), fix);
		}
		return new ElementResult(element, Outcome.FAIL, new Reason("readiness.as-of.too-early",
				List.of(THAI.date(stated), THAI.date(required)), List.of(ENGLISH.date(stated), ENGLISH.date(required))), fix);
	}

	private FiscalYear year() {
		return criteria.fiscalYear();
	}

	private static String formats(List<FormatChoice> choices, String or) {
		Function<FormatChoice, String> one = c -> c.anyOf().stream().map(DocumentFormat::name).sorted()
			.collect(Collectors.joining(or));
		return choices.stream().map(one).collect(Collectors.joining(", "));
	}
}
