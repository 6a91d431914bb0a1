package org.prongsai.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.prongsai.disclosure.Criteria.ElementCriteria;
import org.prongsai.disclosure.Criteria.ItemCriteria;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.station.OfficerView;
import org.prongsai.station.UnitView;

/** What the public OIT templates read; built by {@link ItemPages}. */
final class ItemPageModels {

	private ItemPageModels() {
	}

	/**
	 * The version of the pages a visitor asked for.
	 * @param date the day named by {@code ?at=}, or null for the pages as they are now
	 * @param instant the instant the content is read at
	 */
	record Version(@Nullable LocalDate date, Instant instant) {
	}

	/** A year's index: its items, and the years a visitor can switch to. */
	record IndexPage(FiscalYear year, List<FiscalYear> years, List<IndexRow> rows) {
	}

	/**
	 * One item in the index.
	 * @param lastPublished when content of the item was last published, or null
	 * @param fromStationRecords whether some of its elements are filled from the station's own records
	 */
	record IndexRow(ItemCriteria item, @Nullable Instant lastPublished, boolean fromStationRecords) {
	}

	/**
	 * One item's page.
	 * @param versionDate the day the page is shown as of, or null for the current page
	 */
	record ItemPage(FiscalYear year, ItemCriteria item, List<ElementView> elements, @Nullable Instant lastPublished,
			@Nullable LocalDate versionDate, List<UnitView> units, List<OfficerView> executives, LawsView laws,
			List<MemberView> committee) {

		/** The committee's citizen members, whose bios the page shows. */
		public List<MemberView> citizenMembers() {
			return committee.stream().filter(m -> m.member().details().citizen()).toList();
		}

		public boolean versioned() {
			return versionDate != null;
		}

		/** Whether any element shows something, published or from the station's records. */
		public boolean anyContent() {
			return elements.stream().anyMatch(e -> !e.empty());
		}
	}

	/**
	 * One element of an item with what was published for it.
	 * @param display how it is shown: {@code documents}, {@code news}, {@code fact}, {@code texts},
	 * {@code link}, {@code as-of}, or the name of a field the station's records fill
	 */
	record ElementView(ElementCriteria element, String display, boolean empty, List<DocumentView> documents,
			List<ContentSnapshot.News> news, @Nullable LocalizedText fact, List<TextView> texts,
			ContentSnapshot.@Nullable Link link, @Nullable LocalDate asOf, DocumentFigures.@Nullable Figures figures) {

		static ElementView documents(ElementCriteria element, List<DocumentView> documents, @Nullable LocalDate asOf,
				DocumentFigures.@Nullable Figures figures) {
			return new ElementView(element, "documents", documents.isEmpty(), documents, List.of(), null, List.of(), null,
					asOf, figures);
		}

		static ElementView station(ElementCriteria element, String field, boolean empty) {
			return new ElementView(element, field, empty, List.of(), List.of(), null, List.of(), null, null, null);
		}

		static ElementView fact(ElementCriteria element, @Nullable LocalizedText fact) {
			return new ElementView(element, "fact", fact == null, List.of(), List.of(), fact, List.of(), null, null, null);
		}

		static ElementView news(ElementCriteria element, List<ContentSnapshot.News> news) {
			return new ElementView(element, "news", news.isEmpty(), List.of(), news, null, List.of(), null, null, null);
		}

		static ElementView texts(ElementCriteria element, List<TextView> texts) {
			return new ElementView(element, "texts", texts.isEmpty(), List.of(), List.of(), null, texts, null, null, null);
		}

		/** A link, with its guide in each language it was published in, if it has one, and the channel's activity. */
		static ElementView link(ElementCriteria element, ContentSnapshot.@Nullable Link link, List<TextView> guide,
				DocumentFigures.@Nullable Figures activity) {
			return new ElementView(element, "link", link == null, List.of(), List.of(), null, guide, link, null, activity);
		}

		static ElementView asOf(ElementCriteria element, @Nullable LocalDate asOf) {
			return new ElementView(element, "as-of", asOf == null, List.of(), List.of(), null, List.of(), null, asOf, null);
		}

		/**
		 * Whether the link is a web address or a page of the portal itself (the questions channel is
		 * published as its path): the kinds shown as a link, which an assessor follows.
		 */
		public boolean webLink() {
			if (link == null) {
				return false;
			}
			String url = link.url();
			return url.startsWith("https://") || url.startsWith("http://") || (url.startsWith("/") && !url.startsWith("//"));
		}

		public boolean monthly() {
			return documents.stream().anyMatch(d -> d.document().month() != null);
		}
	}

	/**
	 * A published document and where to download it.
	 * @param sizeBytes the file's size, or -1 when it is not known
	 */
	record DocumentView(ContentSnapshot.Document document, String url, long sizeBytes) {

		/** {@code kb} or {@code mb}, for the message that shows the size. */
		public String sizeUnit() {
			return sizeBytes < 1024 * 1024 ? "kb" : "mb";
		}

		/** The size in {@link #sizeUnit()}: whole kilobytes (at least 1), or megabytes to one decimal. */
		public String sizeNumber() {
			if (sizeBytes < 1024 * 1024) {
				return String.valueOf(Math.max(1, (sizeBytes + 1023) / 1024));
			}
			return BigDecimal.valueOf(sizeBytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
				.toPlainString();
		}
	}

	/** A text in one language: its sections in the criteria's order, or one untitled section. */
	record TextView(String language, List<SectionView> sections) {
	}

	/**
	 * A section of a text in paragraphs.
	 * @param title the section's title in the text's language; null for a text without sections
	 */
	record SectionView(@Nullable String title, List<String> paragraphs) {
	}

	/**
	 * The laws of item O3: the ones people should know first, then all of them by category.
	 */
	record LawsView(List<Laws.Law> essential, List<LawGroup> groups) {

		static LawsView of(List<Laws.Law> laws) {
			List<LawGroup> groups = java.util.Arrays.stream(LawCategory.values())
				.map(c -> new LawGroup(c, laws.stream().filter(l -> l.category() == c).toList()))
				.filter(g -> !g.laws().isEmpty())
				.toList();
			return new LawsView(laws.stream().filter(Laws.Law::essential).toList(), groups);
		}

		public boolean empty() {
			return groups.isEmpty();
		}
	}

	/** The laws of one category. */
	record LawGroup(LawCategory category, List<Laws.Law> laws) {
	}

	/**
	 * A member of the oversight committee as the page shows them.
	 * @param photoUrl where their photo is served, or null without one
	 */
	record MemberView(OversightCommittee.Member member, @Nullable String photoUrl) {
	}
}
