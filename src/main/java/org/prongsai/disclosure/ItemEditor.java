package org.prongsai.disclosure;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.prongsai.disclosure.Criteria.ElementCriteria;
import org.prongsai.disclosure.Criteria.ItemCriteria;
import org.prongsai.platform.calendar.FiscalYear;

/**
 * What the publisher's screen for one item shows: each element with what is published for it now
 * and the form that adds to it, chosen by the element's check kind.
 */
record ItemEditor(FiscalYear year, ItemCriteria item, List<ElementEditor> elements) {

	static ItemEditor of(FiscalYear year, ItemCriteria item, ContentSnapshot snapshot, Map<String, LocalizedText> facts) {
		return new ItemEditor(year, item, item.elements().stream().map(e -> ElementEditor.of(year, e, snapshot, facts)).toList());
	}

	/**
	 * One element.
	 * @param form which form the element takes: document, news, text, link, fact, laws, committee,
	 *     committee-bios (entered with each member), station or organisation (kept in the station's own
	 *     screens), service (a link kept with its guide in the e-services screen) or none (decided by other elements' data, such as an "as of" date)
	 */
	record ElementEditor(ElementCriteria element, String form, @Nullable String documentKind, List<YearMonth> months,
			List<ContentSnapshot.Document> documents, List<ContentSnapshot.News> news, List<TextPart> texts,
			@Nullable String url, @Nullable LocalizedText fact, @Nullable String category,
			@Nullable Instant lastPublished) {

		static ElementEditor of(FiscalYear year, ElementCriteria element, ContentSnapshot snapshot,
				Map<String, LocalizedText> facts) {
			Check check = element.check();
			String kind = Publishing.documentKind(check);
			if (kind != null) {
				List<ContentSnapshot.Document> documents = snapshot.documents(kind);
				List<YearMonth> months = check instanceof Check.MonthlyDocuments m ? m.period().range(year).months() : List.of();
				return new ElementEditor(element, "document", kind, months, documents, List.of(), List.of(), null, null,
						null, documents.stream().map(ContentSnapshot.Document::publishedAt).max(Instant::compareTo).orElse(null));
			}
			if (check instanceof Check.NewsCount news) {
				List<ContentSnapshot.News> items = snapshot.news().stream().filter(n -> n.category().equals(news.category())).toList();
				return new ElementEditor(element, "news", null, List.of(), List.of(), items, List.of(), null, null,
						news.category(), null);
			}
			if (check instanceof Check.BilingualText text) {
				List<TextPart> parts = text.parts().stream()
					.map(p -> new TextPart(p, text(snapshot, p.storedKind(), "th"), text(snapshot, p.storedKind(), "en")))
					.toList();
				return new ElementEditor(element, "text", null, List.of(), List.of(), List.of(), parts, null, null, null,
						null);
			}
			if (check instanceof Check.LinkResolves link) {
				return new ElementEditor(element, link.screen().isPresent() ? "service" : "link", null, List.of(), List.of(), List.of(), List.of(),
						snapshot.link(link.link()).map(ContentSnapshot.Link::url).orElse(null), null, null, null);
			}
			if (check instanceof Check.FieldFilled field) {
				String form = switch (KeptField.of(field.field())) {
					case STATION_PROFILE -> "station";
					case ORGANISATION -> "organisation";
					case LAWS -> "laws";
					case COMMITTEE_MEMBERS -> "committee";
					case COMMITTEE_BIOS -> "committee-bios";
					case FACT -> "fact";
				};
				return new ElementEditor(element, form, null, List.of(), List.of(), List.of(), List.of(),
						null, facts.get(field.field()), null, null);
			}
			return new ElementEditor(element, "none", null, List.of(), List.of(), List.of(), List.of(), null, null, null,
					null);
		}

		private static @Nullable String text(ContentSnapshot snapshot, String kind, String language) {
			return snapshot.texts().stream()
				.filter(t -> t.kind().equals(kind) && t.language().equals(language))
				.map(ContentSnapshot.Text::body)
				.findFirst()
				.orElse(null);
		}

		/** The field a fact element fills, or empty for other elements. */
		Optional<String> field() {
			return element.check() instanceof Check.FieldFilled f ? Optional.of(f.field()) : Optional.empty();
		}
	}

	/** One part of a bilingual text (a section, or the whole text) with what is published for it now. */
	record TextPart(Check.Part part, @Nullable String th, @Nullable String en) {
	}

	/** The element with this id, or empty. */
	Optional<ElementEditor> element(String id) {
		return elements.stream().filter(e -> e.element().id().equals(id)).findFirst();
	}

	/** A document's id within this item's published documents. */
	boolean publishes(UUID documentId) {
		return elements.stream().flatMap(e -> e.documents().stream()).anyMatch(d -> d.id().equals(documentId));
	}
}
