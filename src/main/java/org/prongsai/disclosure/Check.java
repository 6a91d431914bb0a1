package org.prongsai.disclosure;

import java.util.List;
import java.util.Set;

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

	/** A document of the kind exists, in every listed format (each a choice of alternatives). */
	record DocumentPresent(String document, List<FormatChoice> formats) implements Check {
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

	/** A text of the station is published in Thai and in English. */
	record BilingualText(String text) implements Check {
		public String kind() {
			return "bilingual";
		}
	}

	/** A link of the kind is set and answered when the link checker last tried it. */
	record LinkResolves(String link) implements Check {
		public String kind() {
			return "link";
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
