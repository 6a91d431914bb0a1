package org.prongsai.disclosure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.disclosure.Check.FormatChoice;
import org.prongsai.disclosure.Criteria.ItemCriteria;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.files.StoredFileView;

/**
 * Publishes and withdraws item content. Everything is checked against the year's criteria before
 * anything is kept: a document must be of a kind the item asks for, in a format it accepts, and a
 * monthly one for a month of the period. A refusal changes nothing.
 */
@Service
@Transactional
public class Publishing {

	private final JdbcClient jdbc;
	private final CriteriaCatalogue catalogue;
	private final Files files;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Publishing(JdbcClient jdbc, CriteriaCatalogue catalogue, Files files, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The same service with its own clock, for content recorded as published earlier than now
	 * (the demo's fiscal year). Its methods join the caller's transaction rather than start one.
	 */
	public Publishing withClock(Clock other) {
		return new Publishing(jdbc, catalogue, files, events, other);
	}

	/**
	 * Publishes a document for an item; a monthly document replaces the same month's file of the same format.
	 * @param month the month reported on; required exactly when the item asks for monthly documents
	 * @param file the document, checked as a {@link FileUse#PUBLICATION} before this is called
	 * @throws PublishingRejected for an unknown item or kind, a month outside the period, a format the item doesn't take
	 */
	public UUID publishDocument(UUID stationId, FiscalYear year, String itemCode, String kind, @Nullable YearMonth month,
			@Nullable LocalDate asOf, LocalizedText title, CheckedFile file, String by) {
		return publish(stationId, year, itemCode, kind, month, asOf, title, () -> files.keep(stationId, file, by), by, false);
	}

	/**
	 * @param keep keeps the document's file, once the item is known to take it
	 * @param whole whether the document stands for the whole of its kind, so that it replaces the
	 * current file of its kind and format even when it is not monthly
	 */
	private UUID publish(UUID stationId, FiscalYear year, String itemCode, String kind, @Nullable YearMonth month,
			@Nullable LocalDate asOf, LocalizedText title, Supplier<StoredFileView> keep, String by, boolean whole) {
		ItemCriteria item = item(year, itemCode);
		Check check = item.elements().stream()
			.map(Criteria.ElementCriteria::check)
			.filter(c -> kind.equals(documentKind(c)))
			.findFirst()
			.orElseThrow(() -> new PublishingRejected("disclosure.reject.kind", kind, itemCode));
		if (check instanceof Check.MonthlyDocuments) {
			// Any month of the year: the criteria's period is what the assessment requires, and
			// stations keep reporting after it.
			if (month == null || !year.contains(month.atDay(1))) {
				throw new PublishingRejected("disclosure.reject.month", itemCode);
			}
		}
		else {
			month = null;
		}
		StoredFileView file = keep.get();
		DocumentFormat format = DocumentFormat.ofContentType(file.contentType()).orElseThrow();
		List<FormatChoice> formats = check instanceof Check.MonthlyDocuments m ? m.formats()
				: ((Check.DocumentPresent) check).formats();
		Set<DocumentFormat> also = check instanceof Check.DocumentPresent d ? d.also() : Set.of();
		if (formats.stream().noneMatch(choice -> choice.acceptedBy(format)) && !also.contains(format)) {
			throw new PublishingRejected("disclosure.reject.format", format.name(), itemCode, String.join(", ", Stream.concat(
					formats.stream().flatMap(c -> c.anyOf().stream()), also.stream()).map(Enum::name).sorted().distinct().toList()));
		}
		Instant now = clock.instant();
		String replaced = "";
		if (month != null || whole) {
			int withdrawn = jdbc.sql("update disclosure_document set withdrawn_at = :now, withdrawn_by = :by"
					+ " where station_id = :station and fiscal_year = :year and document_kind = :kind and "
					+ (month == null ? "report_month is null" : "report_month = :month")
					+ " and format = :format and withdrawn_at is null")
				.param("now", Timestamp.from(now)).param("by", by).param("station", stationId)
				.param("year", year.beYear()).param("kind", kind)
				.param("month", month == null ? null : Date.valueOf(month.atDay(1)))
				.param("format", format.name())
				.update();
			replaced = withdrawn > 0 ? "replaced the " + (month == null ? "" : month + " ") + format + " file" : "";
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into disclosure_document (id, station_id, fiscal_year, item_code, document_kind, report_month,"
				+ " as_of, title_th, title_en, file_id, format, published_at, published_by) values (:id, :station, :year,"
				+ " :item, :kind, :month, :asOf, :th, :en, :file, :format, :now, :by)")
			.param("id", id).param("station", stationId).param("year", year.beYear()).param("item", itemCode)
			.param("kind", kind).param("month", month == null ? null : Date.valueOf(month.atDay(1)))
			.param("asOf", asOf == null ? null : Date.valueOf(asOf)).param("th", title.th()).param("en", title.en())
			.param("file", file.id()).param("format", format.name()).param("now", Timestamp.from(now)).param("by", by)
			.update();
		events.publishEvent(new DisclosureEvents.ContentPublished(stationId, "disclosure.document.published",
				year + " " + itemCode + " " + kind, replaced, (month == null ? "" : month + " ") + format + " "
						+ file.originalName() + " sha256 " + file.sha256()));
		return id;
	}

	/**
	 * Publishes a document the portal generated from its own records, for the item of the year that
	 * asks for its kind: the generator needn't know the year's item codes. A generated document
	 * that is not monthly (a year's plan, a report as of a date) stands for the whole of its kind,
	 * so it replaces the current file of its kind and format, uploaded or generated; a monthly one
	 * replaces its month's. Content identical to a file already published for that month (or kind)
	 * publishes nothing new, so regenerating unchanged records leaves the page and history as they were.
	 * @return whether something new was published
	 * @throws PublishingRejected when no item of the year asks for the kind, or as {@link #publishDocument}
	 */
	public boolean publishGenerated(UUID stationId, FiscalYear year, String kind, @Nullable YearMonth month,
			@Nullable LocalDate asOf, LocalizedText title, String fileName, byte[] content, String by) {
		Criteria criteria = catalogue.forYear(year)
			.orElseThrow(() -> new PublishingRejected("disclosure.reject.year", year.beYear()));
		String itemCode = criteria.items().stream()
			.filter(item -> item.elements().stream().anyMatch(e -> kind.equals(documentKind(e.check()))))
			.map(ItemCriteria::code)
			.findFirst()
			.orElseThrow(() -> new PublishingRejected("disclosure.reject.kind", kind, "-"));
		String sha256 = Files.sha256(content);
		boolean unchanged = jdbc.sql("select file_id from disclosure_document where station_id = :station and fiscal_year = :year"
				+ " and document_kind = :kind and " + (month == null ? "report_month is null" : "report_month = :month")
				+ " and withdrawn_at is null")
			.param("station", stationId).param("year", year.beYear()).param("kind", kind)
			.param("month", month == null ? null : Date.valueOf(month.atDay(1)))
			.query(UUID.class).list().stream()
			.anyMatch(fileId -> files.find(stationId, fileId).map(f -> f.sha256().equals(sha256)).orElse(false));
		if (unchanged) {
			return false;
		}
		publish(stationId, year, itemCode, kind, month, asOf, title,
				() -> files.upload(stationId, FileUse.PUBLICATION, fileName, new java.io.ByteArrayInputStream(content), by), by,
				true);
		return true;
	}

	/**
	 * Withdraws a published document from the station's pages (it stays in the history).
	 * @throws PublishingRejected when the station has no such published document
	 */
	public void withdrawDocument(UUID stationId, UUID documentId, String by) {
		int withdrawn = jdbc.sql("update disclosure_document set withdrawn_at = :now, withdrawn_by = :by"
				+ " where id = :id and station_id = :station and withdrawn_at is null")
			.param("now", Timestamp.from(clock.instant())).param("by", by).param("id", documentId)
			.param("station", stationId)
			.update();
		if (withdrawn == 0) {
			throw new PublishingRejected("disclosure.reject.no-document");
		}
		events.publishEvent(new DisclosureEvents.ContentPublished(stationId, "disclosure.document.withdrawn",
				documentId.toString(), "published", "withdrawn"));
	}

	/** Publishes a news post of a category on the day it happened. */
	public UUID publishNews(UUID stationId, String category, LocalDate happenedOn, LocalizedText title, LocalizedText body,
			String by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into disclosure_news (id, station_id, category, happened_on, title_th, title_en, body_th, body_en,"
				+ " published_at, published_by) values (:id, :station, :category, :day, :th, :en, :bodyTh, :bodyEn, :now, :by)")
			.param("id", id).param("station", stationId).param("category", category).param("day", Date.valueOf(happenedOn))
			.param("th", title.th()).param("en", title.en()).param("bodyTh", body.th()).param("bodyEn", body.en())
			.param("now", Timestamp.from(clock.instant())).param("by", by)
			.update();
		// Not the title: news may name the people it is about, and the trail is kept for good, withdrawn or not.
		events.publishEvent(new DisclosureEvents.ContentPublished(stationId, "disclosure.news.published", category,
				"", happenedOn + " " + id));
		return id;
	}

	/** Sets the station's link of a kind, replacing the one before. */
	public void setLink(UUID stationId, String kind, String url, String by) {
		Instant now = clock.instant();
		String before = jdbc.sql("select url from disclosure_link where station_id = :station and link_kind = :kind"
				+ " and withdrawn_at is null").param("station", stationId).param("kind", kind)
			.query(String.class).optional().orElse("");
		jdbc.sql("update disclosure_link set withdrawn_at = :now, withdrawn_by = :by where station_id = :station"
				+ " and link_kind = :kind and withdrawn_at is null")
			.param("now", Timestamp.from(now)).param("by", by).param("station", stationId).param("kind", kind).update();
		jdbc.sql("insert into disclosure_link (id, station_id, link_kind, url, published_at, published_by)"
				+ " values (:id, :station, :kind, :url, :now, :by)")
			.param("id", UUID.randomUUID()).param("station", stationId).param("kind", kind).param("url", url)
			.param("now", Timestamp.from(now)).param("by", by).update();
		events.publishEvent(new DisclosureEvents.ContentPublished(stationId, "disclosure.link.set", kind, before, url));
	}

	/**
	 * Records whether the station's current link of a kind answered when it was checked. A result
	 * for an address the link no longer has is ignored, so a slow check never marks a newer link.
	 * @return whether a current link with that address was found and marked
	 */
	public boolean recordLinkCheck(UUID stationId, String kind, String url, boolean resolves, Instant checkedAt) {
		return jdbc.sql("update disclosure_link set checked_at = :checked, resolves = :resolves where station_id = :station"
				+ " and link_kind = :kind and url = :url and withdrawn_at is null")
			.param("checked", Timestamp.from(checkedAt)).param("resolves", resolves).param("station", stationId)
			.param("kind", kind).param("url", url)
			.update() > 0;
	}

	/** Records whether a published document's file opened from its public address; not a change to the content. */
	public void recordFileCheck(UUID stationId, UUID documentId, boolean resolves, Instant checkedAt) {
		jdbc.sql("update disclosure_document set checked_at = :checked, resolves = :resolves where id = :id"
				+ " and station_id = :station")
			.param("checked", Timestamp.from(checkedAt)).param("resolves", resolves).param("id", documentId)
			.param("station", stationId)
			.update();
	}

	/** Publishes a text of the year in one language, replacing the one before. */
	public void publishText(UUID stationId, FiscalYear year, String kind, String language, String body, String by) {
		replace("disclosure_text", "text_kind", stationId, year, kind, " and language = '" + ("en".equals(language) ? "en" : "th") + "'", by);
		jdbc.sql("insert into disclosure_text (id, station_id, fiscal_year, text_kind, language, body, published_at,"
				+ " published_by) values (:id, :station, :year, :kind, :language, :body, :now, :by)")
			.param("id", UUID.randomUUID()).param("station", stationId).param("year", year.beYear()).param("kind", kind)
			.param("language", "en".equals(language) ? "en" : "th").param("body", body)
			.param("now", Timestamp.from(clock.instant())).param("by", by).update();
		events.publishEvent(new DisclosureEvents.ContentPublished(stationId, "disclosure.text.published",
				year + " " + kind + " " + language, "", body.length() + " characters"));
	}

	/** Publishes several texts of the year at once, each replacing the one before: all of them or, on failure, none. */
	public void publishTexts(UUID stationId, FiscalYear year, List<TextVersion> texts, String by) {
		texts.forEach(t -> publishText(stationId, year, t.kind(), t.language(), t.body(), by));
	}

	/** One text in one language, as stored: a text kind or a section's ({@code policy#scope}). */
	public record TextVersion(String kind, String language, String body) {
	}

	/** Publishes a structured fact of the year (for example the area's population), replacing the one before. */
	public void publishFact(UUID stationId, FiscalYear year, String field, LocalizedText value, @Nullable LocalDate asOf,
			String by) {
		replace("disclosure_fact", "field", stationId, year, field, "", by);
		jdbc.sql("insert into disclosure_fact (id, station_id, fiscal_year, field, value_th, value_en, as_of, published_at,"
				+ " published_by) values (:id, :station, :year, :field, :th, :en, :asOf, :now, :by)")
			.param("id", UUID.randomUUID()).param("station", stationId).param("year", year.beYear()).param("field", field)
			.param("th", value.th()).param("en", value.en()).param("asOf", asOf == null ? null : Date.valueOf(asOf))
			.param("now", Timestamp.from(clock.instant())).param("by", by).update();
		events.publishEvent(new DisclosureEvents.ContentPublished(stationId, "disclosure.fact.published",
				year + " " + field, "", abbreviate(value.th())));
	}

	private void replace(String table, String kindColumn, UUID stationId, FiscalYear year, String kind, String extra,
			String by) {
		jdbc.sql("update " + table + " set withdrawn_at = :now, withdrawn_by = :by where station_id = :station"
				+ " and fiscal_year = :year and " + kindColumn + " = :kind and withdrawn_at is null" + extra)
			.param("now", Timestamp.from(clock.instant())).param("by", by).param("station", stationId)
			.param("year", year.beYear()).param("kind", kind).update();
	}

	/**
	 * A web address as published: an https address without spaces or markup.
	 * @throws PublishingRejected for anything else
	 */
	static String webAddress(String url) {
		String address = url.strip();
		if (!address.matches("https://[^\\s<>\"]{3,490}")) {
			throw new PublishingRejected("disclosure.edit.url");
		}
		return address;
	}

	private ItemCriteria item(FiscalYear year, String itemCode) {
		Criteria criteria = catalogue.forYear(year)
			.orElseThrow(() -> new PublishingRejected("disclosure.reject.year", year.beYear()));
		return criteria.item(itemCode).orElseThrow(() -> new PublishingRejected("disclosure.reject.item", itemCode));
	}

	/** The document kind a check asks for, or null for checks about other content. */
	static @Nullable String documentKind(Check check) {
		if (check instanceof Check.DocumentPresent d) {
			return d.document();
		}
		return check instanceof Check.MonthlyDocuments m ? m.document() : null;
	}

	private static String abbreviate(String text) {
		return text.length() <= 200 ? text : text.substring(0, 200) + "…";
	}
}
