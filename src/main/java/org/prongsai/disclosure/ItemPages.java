package org.prongsai.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.prongsai.disclosure.Criteria.ElementCriteria;
import org.prongsai.disclosure.Criteria.ItemCriteria;
import org.prongsai.disclosure.ItemPageModels.DocumentView;
import org.prongsai.disclosure.ItemPageModels.ElementView;
import org.prongsai.disclosure.ItemPageModels.IndexPage;
import org.prongsai.disclosure.ItemPageModels.IndexRow;
import org.prongsai.disclosure.ItemPageModels.ItemPage;
import org.prongsai.disclosure.ItemPageModels.LawsView;
import org.prongsai.disclosure.ItemPageModels.MemberView;
import org.prongsai.disclosure.ItemPageModels.SectionView;
import org.prongsai.disclosure.ItemPageModels.TextView;
import org.prongsai.disclosure.ItemPageModels.Version;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.calendar.TypedDates;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.files.StoredFileView;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.platform.web.Refusal;
import org.prongsai.station.OfficerView;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * Puts together what the public OIT pages show: the index of a year's items and one item's page
 * with its content as it stood at an instant. Every lookup is scoped to the station of the address.
 */
@Component
class ItemPages {

	private final CriteriaCatalogue catalogue;

	private final DisclosureContent content;

	private final StationDirectory stations;

	private final Files files;

	private final Laws laws;

	private final OversightCommittee committee;

	private final Map<String, DocumentFigures> figures;

	private final Clock clock;

	ItemPages(CriteriaCatalogue catalogue, DisclosureContent content, StationDirectory stations, Files files, Laws laws,
			OversightCommittee committee, List<DocumentFigures> figures, Clock clock) {
		this.catalogue = catalogue;
		this.content = content;
		this.stations = stations;
		this.files = files;
		this.laws = laws;
		this.committee = committee;
		this.figures = figures.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(DocumentFigures::documentKind,
				f -> f));
		this.clock = clock;
	}

	/** The year the bare OIT address opens: the current fiscal year if it has criteria, else the latest that has. */
	FiscalYear defaultYear() {
		FiscalYear current = FiscalYear.current(clock);
		if (catalogue.forYear(current).isPresent()) {
			return current;
		}
		List<FiscalYear> years = catalogue.years();
		if (years.isEmpty()) {
			throw new NotFoundException("no criteria for any year");
		}
		return years.get(years.size() - 1);
	}

	/** The criteria of the year an address names; a year without its own criteria is a 404. */
	Criteria criteria(int beYear) {
		if (beYear < FiscalYear.MIN_BE_YEAR || beYear > FiscalYear.MAX_BE_YEAR) {
			throw new NotFoundException("fiscal year " + beYear);
		}
		return catalogue.forYear(FiscalYear.of(beYear)).orElseThrow(() -> new NotFoundException("criteria " + beYear));
	}

	/**
	 * The version an {@code at} parameter asks for: the end of that day in Bangkok, or now without one.
	 * @throws PastDayRefused for a date that can't be read, one outside the portal's years, or one after today
	 */
	Version version(@Nullable String at) {
		Instant now = clock.instant();
		if (at == null || at.isBlank()) {
			return new Version(null, now);
		}
		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.BANGKOK));
		LocalDate date;
		try {
			date = TypedDates.day(at);
		}
		catch (DateTimeParseException ex) {
			throw new PastDayRefused(today);
		}
		if (date.isAfter(today)) {
			throw new PastDayRefused(today);
		}
		Instant endOfDay = date.plusDays(1).atStartOfDay(FiscalYear.BANGKOK).toInstant().minus(1, ChronoUnit.MICROS);
		return new Version(date, endOfDay.isAfter(now) ? now : endOfDay);
	}

	IndexPage index(StationView station, Criteria criteria) {
		Instant now = clock.instant();
		Map<String, Instant> last = content.lastPublished(station.id(), criteria, now);
		Set<String> filled = content.snapshot(station.id(), criteria.fiscalYear(), now).filledFields();
		List<IndexRow> rows = criteria.items().stream()
			.map(item -> new IndexRow(item, last.get(item.code()), item.elements().stream()
				.map(ElementCriteria::check)
				.anyMatch(c -> c instanceof Check.FieldFilled f && KeptField.of(f.field()).stationRecord()
						&& filled.contains(f.field()))))
			.toList();
		return new IndexPage(criteria.fiscalYear(), catalogue.years(), rows);
	}

	ItemPage item(StationView station, Criteria criteria, String code, Version version) {
		ItemCriteria item = criteria.item(code).orElseThrow(() -> new NotFoundException("item " + code));
		FiscalYear year = criteria.fiscalYear();
		ContentSnapshot snapshot = content.snapshot(station.id(), year, version.instant());
		Map<String, LocalizedText> facts = content.facts(station.id(), year, version.instant());
		String fileBase = "/" + station.code() + "/oit/" + year.beYear() + "/files/";
		String fileQuery = version.date() == null ? "" : "?at=" + version.date();
		var units = stations.units(station.id());
		List<OfficerView> executives = stations.officers(station.id()).stream().filter(OfficerView::executive).toList();
		Set<String> fields = item.elements().stream().map(ElementCriteria::check)
			.filter(Check.FieldFilled.class::isInstance).map(c -> ((Check.FieldFilled) c).field())
			.collect(java.util.stream.Collectors.toSet());
		LawsView lawsView = LawsView.of(fields.contains(Laws.FIELD) ? laws.at(station.id(), year, version.instant()) : List.of());
		String memberBase = "/" + station.code() + "/oit/" + year.beYear() + "/committee/";
		List<MemberView> members = fields.contains(OversightCommittee.MEMBERS) || fields.contains(OversightCommittee.CITIZEN_BIOS)
				? committee.at(station.id(), year, version.instant()).stream()
					.map(m -> new MemberView(m, m.photoFileId() == null ? null : memberBase + m.id() + "/photo" + fileQuery))
					.toList()
				: List.of();
		List<ElementView> elements = item.elements().stream().map(element -> {
			Check check = element.check();
			String kind = Publishing.documentKind(check);
			if (kind != null) {
				List<DocumentView> documents = snapshot.documents(kind).stream()
					.sorted(Comparator.comparing((ContentSnapshot.Document d) -> d.month() == null ? "" : d.month().toString())
						.thenComparing(d -> d.format().ordinal()))
					.map(d -> new DocumentView(d, fileBase + d.id() + fileQuery,
							files.find(station.id(), d.fileId()).map(StoredFileView::sizeBytes).orElse(-1L)))
					.toList();
				DocumentFigures drawn = figures.get(kind);
				return ElementView.documents(element, documents, snapshot.asOf().get(kind),
						drawn == null ? null : drawn.figures(station, year, version.instant()).orElse(null));
			}
			if (check instanceof Check.FieldFilled f) {
				KeptField kept = KeptField.of(f.field());
				if (kept != KeptField.FACT) {
					boolean empty = switch (kept) {
						case ORGANISATION -> f.field().startsWith("units.") ? units.isEmpty() : executives.isEmpty();
						case LAWS -> lawsView.empty();
						case COMMITTEE_MEMBERS -> members.isEmpty();
						case COMMITTEE_BIOS -> members.stream().noneMatch(m -> m.member().details().citizen());
						default -> !snapshot.filledFields().contains(f.field());
					};
					return ElementView.station(element, f.field(), empty);
				}
				return ElementView.fact(element, facts.get(f.field()));
			}
			if (check instanceof Check.NewsCount n) {
				return ElementView.news(element, snapshot.news().stream().filter(x -> x.category().equals(n.category())).toList());
			}
			if (check instanceof Check.BilingualText t) {
				return ElementView.texts(element, texts(t, snapshot));
			}
			if (check instanceof Check.LinkResolves l) {
				DocumentFigures activity = figures.get(l.link());
				return ElementView.link(element, snapshot.link(l.link()).orElse(null),
						l.guide() == null ? List.of() : texts(new Check.BilingualText(l.guide(), List.of()), snapshot),
						activity == null ? null : activity.figures(station, year, version.instant()).orElse(null));
			}
			Check.AsOf asOf = (Check.AsOf) check;
			return ElementView.asOf(element, snapshot.asOf().get(asOf.subject()));
		}).toList();
		return new ItemPage(year, item, elements, content.lastPublished(station.id(), criteria, version.instant())
			.get(item.code()), version.date(), units, executives, lawsView, members);
	}

	/** A bilingual text as published: Thai first, each language with the sections it has, in the criteria's order. */
	private static List<TextView> texts(Check.BilingualText text, ContentSnapshot snapshot) {
		List<TextView> views = new ArrayList<>();
		for (String language : List.of("th", "en")) {
			List<SectionView> sections = new ArrayList<>();
			for (Check.Part part : text.parts()) {
				snapshot.texts().stream()
					.filter(x -> x.kind().equals(part.storedKind()) && x.language().equals(language) && !x.body().isBlank())
					.findFirst()
					.ifPresent(x -> sections.add(new SectionView(part.title() == null ? null : part.title().in(language),
							List.of(x.body().strip().split("\\R\\s*\\R")))));
			}
			if (!sections.isEmpty()) {
				views.add(new TextView(language, sections));
			}
		}
		return views;
	}

	/** The photo of a committee member shown on the year's O4 page at the version's instant; anything else is a 404. */
	StoredFileView memberPhoto(StationView station, Criteria criteria, String memberId, Version version) {
		return committee.photo(station.id(), criteria.fiscalYear(), id(memberId), version.instant())
			.flatMap(fileId -> files.find(station.id(), fileId))
			.orElseThrow(() -> new NotFoundException("member photo " + memberId));
	}

	/**
	 * The file of the station's document of the year, if that document was visible at the version's
	 * instant; anything else (another station's, withdrawn, a malformed id) is a 404.
	 */
	StoredFileView file(StationView station, Criteria criteria, String documentId, Version version) {
		return content.document(station.id(), criteria.fiscalYear(), id(documentId), version.instant())
			.flatMap(document -> files.find(station.id(), document.fileId()))
			.orElseThrow(() -> new NotFoundException("document " + documentId));
	}

	/** An id from an address; one that is not an id names nothing there, so it is a 404. */
	private static UUID id(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("no such id " + text);
		}
	}

	/** A page asked for as it stood on a day that is not a past day the portal can show: a bad request, saying which days are. */
	static final class PastDayRefused extends Refusal {

		PastDayRefused(LocalDate today) {
			super("oit.version.refused", TypedDates.EARLIEST.toString(), today.toString());
		}
	}
}
