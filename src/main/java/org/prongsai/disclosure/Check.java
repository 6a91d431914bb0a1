package org.prongsai.disclosure;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What one element of an item requires, as a criteria file states it. The kinds are few on
 * purpose: a new fiscal year's criteria combine them anew in data, without new code.
 */
public sealed interface Check {

	/** The name of the kind in criteria files. */
	String kind();

	/** A structured field of the station's content is filled, for example {@code station.phone}. */
	record FieldFilled(String field) implements Check {
		public String kind() {
			return "field";
		}
	}

	/**
	 * A document of the kind exists, in every listed format (each a choice of alternatives).
	 * @param also formats accepted beside the required ones without being required, such as a
	 *     workbook of the figures a required PDF shows
	 */
	record DocumentPresent(String document, List<FormatChoice> formats, Set<DocumentFormat> also) implements Check {

		public DocumentPresent {
			formats = List.copyOf(formats);
			also = Set.copyOf(also);
		}

		public DocumentPresent(String document, List<FormatChoice> formats) {
			this(document, formats, Set.of());
		}

		public String kind() {
			return "document";
		}
	}

	/** One document of the kind for every month of the period, each month in every listed format. */
	record MonthlyDocuments(String document, CriteriaPeriod period, List<FormatChoice> formats) implements Check {
		public String kind() {
			return "monthly";
		}
	}

	/** At least {@code minimum} news posts of the category dated within the period. */
	record NewsCount(String category, int minimum, CriteriaPeriod period) implements Check {
		public String kind() {
			return "news";
		}
	}

	/**
	 * A text of the station is published in Thai and in English; with sections, every section is,
	 * so a policy cannot pass without, say, its whistleblower protection.
	 */
	record BilingualText(String text, List<Section> sections) implements Check {

		public BilingualText {
			sections = List.copyOf(sections);
		}

		public String kind() {
			return "bilingual";
		}

		/** What is stored and judged on its own: each section, or the whole text when it has none. */
		public List<Part> parts() {
			if (sections.isEmpty()) {
				return List.of(new Part("text", text, null));
			}
			// '#' can't occur in a criteria name, so a section's stored kind never collides with another text's.
			return sections.stream().map(s -> new Part(s.id(), text + "#" + s.id(), s.title())).toList();
		}

		/** Whether a stored text kind is this text or one of its sections. */
		public boolean stores(String storedKind) {
			return storedKind.equals(text) || storedKind.startsWith(text + "#");
		}
	}

	/** A required section of a bilingual text, such as a policy's scope. */
	record Section(String id, LocalizedText title) {
	}

	/**
	 * A piece of a bilingual text as stored.
	 * @param id the section's id, or {@code text} for a text without sections
	 * @param storedKind the kind its rows carry
	 * @param title the section's title; null for a text without sections
	 */
	record Part(String id, String storedKind, @Nullable LocalizedText title) {
	}

	/**
	 * A link of the kind is set and answered when the link checker last tried it.
	 * @param guide the bilingual text that must be published with it, a citizen's step-by-step guide
	 *     to the service; null when the link needs none
	 */
	record LinkResolves(String link, @Nullable String guide) implements Check {

		/** The screen that keeps links with guides: the station's e-services, each with its guide. */
		public static final String SERVICES_SCREEN = "/admin/e-services";

		public LinkResolves(String link) {
			this(link, null);
		}

		public String kind() {
			return "link";
		}

		/** Where the link is kept when not in the item's editor. */
		public java.util.Optional<String> screen() {
			return guide == null ? java.util.Optional.empty() : java.util.Optional.of(SERVICES_SCREEN);
		}
	}

	/** The subject's data is "as of" no earlier than the last day of the period. */
	record AsOf(String subject, CriteriaPeriod period) implements Check {
		public String kind() {
			return "as-of";
		}
	}

	/** Formats any one of which satisfies the requirement, for example Excel or Word. */
	record FormatChoice(Set<DocumentFormat> anyOf) {

		public FormatChoice {
			if (anyOf.isEmpty()) {
				throw new IllegalArgumentException("a format choice needs at least one format");
			}
			anyOf = Set.copyOf(anyOf);
		}

		public boolean acceptedBy(DocumentFormat format) {
			return anyOf.contains(format);
		}
	}

	/** Every kind's name, as criteria files spell them. */
	List<String> KINDS = List.of("field", "document", "monthly", "news", "bilingual", "link", "as-of");
}
