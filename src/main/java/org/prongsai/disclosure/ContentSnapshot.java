package org.prongsai.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * What one station had published for one fiscal year at one instant: the documents, news, links,
 * texts and structured facts its item pages showed then. Content withdrawn before the instant, or
 * published after it, is not in the snapshot — the page as the assessors saw it.
 * @param filledFields the structured fields that have content, for example {@code station.phone}
 * @param asOf the "data as of" date stated for each subject, for example {@code budget-report}
 */
public record ContentSnapshot(UUID stationId, FiscalYear year, Instant at, List<Document> documents,
		List<News> news, List<Link> links, List<Text> texts, Set<String> filledFields, Map<String, LocalDate> asOf) {

	public ContentSnapshot {
		documents = List.copyOf(documents);
		news = List.copyOf(news);
		links = List.copyOf(links);
		texts = List.copyOf(texts);
		filledFields = Set.copyOf(filledFields);
		asOf = Map.copyOf(asOf);
	}

	/** The documents of one kind. */
	public List<Document> documents(String kind) {
		return documents.stream().filter(d -> d.kind().equals(kind)).toList();
	}

	/** The link of one kind, if the station set it. */
	public Optional<Link> link(String kind) {
		return links.stream().filter(l -> l.kind().equals(kind)).findFirst();
	}

	/**
	 * A published file.
	 * @param month the month it reports on, for monthly documents; null otherwise
	 * @param resolves whether its public address served the file when the link checker last tried;
	 *     null before it was ever checked
	 */
	public record Document(UUID id, String itemCode, String kind, @Nullable YearMonth month, DocumentFormat format,
			LocalizedText title, UUID fileId, Instant publishedAt, @Nullable Boolean resolves) {

		/** Whether the checker found the file broken; a document never checked counts as served. */
		public boolean broken() {
			return Boolean.FALSE.equals(resolves);
		}
	}

	/** A news post of a category (work results, ITA, commander's integrity activity …) and the day it happened. */
	public record News(UUID id, String category, LocalDate date, LocalizedText title, Instant publishedAt) {
	}

	/**
	 * A link of a kind (an e-service, a social channel …).
	 * @param resolves whether the link checker reached it last time; null before it was ever checked
	 */
	public record Link(String kind, String url, @Nullable Boolean resolves, @Nullable Instant checkedAt) {
	}

	/** A text of a kind in one language, for example the anti-bribery policy in English. */
	public record Text(String kind, String language, String body, Instant publishedAt) {
	}
}
