package org.prongsai.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * The laws a station publishes for item O3, each under a category, some marked as the ones people
 * should know first. Versioned: withdrawing keeps the row, so a past day's page still lists it.
 */
@Service
@Transactional
class Laws {

	/** The structured field the laws fill in the criteria. */
	static final String FIELD = "laws.categorised";

	private final JdbcClient jdbc;
	private final CriteriaCatalogue catalogue;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Laws(JdbcClient jdbc, CriteriaCatalogue catalogue, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.events = events;
		this.clock = clock;
	}

	/** The same service recording its changes at another clock's time (the demo's fiscal year). */
	Laws withClock(Clock other) {
		return new Laws(jdbc, catalogue, events, other);
	}

	/**
	 * Publishes a law under a category.
	 * @param url where its text can be read, or null
	 * @throws PublishingRejected for a year without criteria, an unknown category, a title too long or a bad address
	 */
	UUID publish(UUID stationId, FiscalYear year, String category, LocalizedText title, @Nullable String url,
			boolean essential, String by) {
		if (catalogue.forYear(year).isEmpty()) {
			throw new PublishingRejected("disclosure.reject.year", year.beYear());
		}
		LawCategory known = LawCategory.named(category)
			.orElseThrow(() -> new PublishingRejected("disclosure.law.reject.category"));
		if (title.th().length() > 300 || title.en().length() > 300) {
			throw new PublishingRejected("disclosure.edit.too-long", 300);
		}
		String address = url == null || url.isBlank() ? null : Publishing.webAddress(url);
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into disclosure_law (id, station_id, fiscal_year, category, title_th, title_en, url, essential,"
				+ " published_at, published_by) values (:id, :station, :year, :category, :th, :en, :url, :essential, :now, :by)")
			.param("id", id).param("station", stationId).param("year", year.beYear()).param("category", known.key())
			.param("th", title.th()).param("en", title.en()).param("url", address).param("essential", essential)
			.param("now", Timestamp.from(clock.instant())).param("by", by)
			.update();
		events.publishEvent(new DisclosureEvents.ContentPublished(stationId, "disclosure.law.published",
				year + " " + known.key(), "", title.th()));
		return id;
	}

	/** Withdraws one of the station's laws; another station's, or one already withdrawn, is refused. */
	void withdraw(UUID stationId, UUID lawId, String by) {
		int withdrawn = jdbc.sql("update disclosure_law set withdrawn_at = :now, withdrawn_by = :by"
				+ " where id = :id and station_id = :station and withdrawn_at is null")
			.param("now", Timestamp.from(clock.instant())).param("by", by).param("id", lawId).param("station", stationId)
			.update();
		if (withdrawn == 0) {
			throw new PublishingRejected("disclosure.law.reject.no-law");
		}
		events.publishEvent(new DisclosureEvents.ContentPublished(stationId, "disclosure.law.withdrawn",
				lawId.toString(), "published", "withdrawn"));
	}

	/** The station's laws of the year as they stood at the instant: the essential ones first, then by category and title. */
	@Transactional(readOnly = true)
	List<Law> at(UUID stationId, FiscalYear year, Instant at) {
		return jdbc.sql("select * from disclosure_law where station_id = :station and fiscal_year = :year and"
				+ DisclosureContent.VISIBLE + "order by essential desc, category, title_th")
			.param("station", stationId).param("year", year.beYear()).param("at", Timestamp.from(at))
			.query((rs, n) -> new Law(rs.getObject("id", UUID.class),
					LawCategory.named(rs.getString("category")).orElse(LawCategory.OTHER),
					new LocalizedText(rs.getString("title_th"), rs.getString("title_en")), rs.getString("url"),
					rs.getBoolean("essential"), rs.getTimestamp("published_at").toInstant()))
			.list();
	}

	/** A published law. */
	record Law(UUID id, LawCategory category, LocalizedText title, @Nullable String url, boolean essential,
			Instant publishedAt) {
	}
}
