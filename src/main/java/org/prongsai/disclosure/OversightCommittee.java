package org.prongsai.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.Files;

/**
 * The police oversight committee (กต.ตร.) a station publishes in item O4: members with their photo,
 * and for citizen members a short bio. A change withdraws the member's row and adds a new one, so
 * a past day's page shows the committee of that day.
 */
@Service
@Transactional
class OversightCommittee {

	/** The structured fields the committee fills in the criteria. */
	static final String MEMBERS = "committee.members";

	static final String CITIZEN_BIOS = "committee.citizen-bios";

	private final JdbcClient jdbc;
	private final CriteriaCatalogue catalogue;
	private final Files files;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	OversightCommittee(JdbcClient jdbc, CriteriaCatalogue catalogue, Files files, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** The same service recording its changes at another clock's time (the demo's fiscal year). */
	OversightCommittee withClock(Clock other) {
		return new OversightCommittee(jdbc, catalogue, files, events, other);
	}

	/**
	 * Adds a member after the others.
	 * @param photo the member's photo, checked as a {@link org.prongsai.platform.files.FileUse#PHOTO}, or null to add it later
	 * @throws PublishingRejected for a year without criteria or details too long
	 */
	UUID add(UUID stationId, FiscalYear year, Details details, @Nullable CheckedFile photo, String by) {
		check(year, details);
		int position = jdbc.sql("select coalesce(max(position), 0) + 1 from committee_member where station_id = :station"
				+ " and fiscal_year = :year").param("station", stationId).param("year", year.beYear())
			.query(Integer.class).single();
		UUID id = insert(stationId, year, position, details, photo == null ? null : store(stationId, photo, by), by);
		events.publishEvent(new DisclosureEvents.ContentPublished(stationId, "disclosure.committee.added",
				year + " " + details.name().th(), "", summary(details)));
		return id;
	}

	/**
	 * Changes a member's details, and their photo when a new one is given; the member keeps their place.
	 * @throws PublishingRejected for another station's member, one withdrawn, or details too long
	 */
	UUID change(UUID stationId, FiscalYear year, UUID memberId, Details details, @Nullable CheckedFile photo, String by) {
		check(year, details);
		Member before = current(stationId, year, memberId);
		UUID photoId = photo == null ? before.photoFileId() : store(stationId, photo, by);
		withdrawRow(stationId, memberId, by);
		UUID id = insert(stationId, year, before.position(), details, photoId, by);
		events.publishEvent(new DisclosureEvents.ContentPublished(stationId, "disclosure.committee.changed",
				year + " " + details.name().th(), summary(before.details()), summary(details)
						+ (photo == null ? "" : ", new photo")));
		return id;
	}

	/** Takes a member off the committee's page from now on. */
	void withdraw(UUID stationId, FiscalYear year, UUID memberId, String by) {
		Member before = current(stationId, year, memberId);
		withdrawRow(stationId, memberId, by);
		events.publishEvent(new DisclosureEvents.ContentPublished(stationId, "disclosure.committee.withdrawn",
				year + " " + before.details().name().th(), summary(before.details()), "withdrawn"));
	}

	/** The committee of the year as its page showed it at the instant, in the members' order. */
	@Transactional(readOnly = true)
	List<Member> at(UUID stationId, FiscalYear year, Instant at) {
		return jdbc.sql("select * from committee_member where station_id = :station and fiscal_year = :year and"
				+ DisclosureContent.VISIBLE + "order by position")
			.param("station", stationId).param("year", year.beYear()).param("at", Timestamp.from(at))
			.query((rs, n) -> new Member(rs.getObject("id", UUID.class), rs.getInt("position"), new Details(
					new LocalizedText(rs.getString("name_th"), rs.getString("name_en")),
					new LocalizedText(rs.getString("role_th"), rs.getString("role_en")), rs.getBoolean("citizen"),
					rs.getString("bio_th"), rs.getString("bio_en")), rs.getObject("photo_file_id", UUID.class),
					rs.getTimestamp("published_at").toInstant()))
			.list();
	}

	/** The photo of a member shown at the instant, if they had one. */
	@Transactional(readOnly = true)
	Optional<UUID> photo(UUID stationId, FiscalYear year, UUID memberId, Instant at) {
		return at(stationId, year, at).stream().filter(m -> m.id().equals(memberId)).findFirst()
			.map(Member::photoFileId);
	}

	private Member current(UUID stationId, FiscalYear year, UUID memberId) {
		return at(stationId, year, clock.instant()).stream().filter(m -> m.id().equals(memberId)).findFirst()
			.orElseThrow(() -> new PublishingRejected("disclosure.committee.reject.no-member"));
	}

	private void check(FiscalYear year, Details details) {
		if (catalogue.forYear(year).isEmpty()) {
			throw new PublishingRejected("disclosure.reject.year", year.beYear());
		}
		if (details.name().th().length() > 200 || details.name().en().length() > 200 || details.role().th().length() > 200
				|| details.role().en().length() > 200) {
			throw new PublishingRejected("disclosure.edit.too-long", 200);
		}
		if (details.bioTh().length() > 2000 || details.bioEn().length() > 2000) {
			throw new PublishingRejected("disclosure.edit.too-long", 2000);
		}
	}

	private UUID store(UUID stationId, CheckedFile photo, String by) {
		return files.keep(stationId, photo, by).id();
	}

	private UUID insert(UUID stationId, FiscalYear year, int position, Details d, @Nullable UUID photoId, String by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into committee_member (id, station_id, fiscal_year, position, name_th, name_en, role_th, role_en,"
				+ " citizen, bio_th, bio_en, photo_file_id, published_at, published_by) values (:id, :station, :year,"
				+ " :position, :nameTh, :nameEn, :roleTh, :roleEn, :citizen, :bioTh, :bioEn, :photo, :now, :by)")
			.param("id", id).param("station", stationId).param("year", year.beYear()).param("position", position)
			.param("nameTh", d.name().th()).param("nameEn", d.name().en()).param("roleTh", d.role().th())
			.param("roleEn", d.role().en()).param("citizen", d.citizen()).param("bioTh", d.bioTh().strip())
			.param("bioEn", d.bioEn().strip()).param("photo", photoId).param("now", Timestamp.from(clock.instant()))
			.param("by", by)
			.update();
		return id;
	}

	private void withdrawRow(UUID stationId, UUID memberId, String by) {
		jdbc.sql("update committee_member set withdrawn_at = :now, withdrawn_by = :by where id = :id and station_id = :station"
				+ " and withdrawn_at is null")
			.param("now", Timestamp.from(clock.instant())).param("by", by).param("id", memberId).param("station", stationId)
			.update();
	}

	private static String summary(Details d) {
		return d.name().th() + ", " + d.role().th() + (d.citizen() ? ", citizen member" : "")
				+ (d.bioTh().isBlank() ? "" : ", bio");
	}

	/**
	 * What a publisher enters about a member.
	 * @param citizen whether they sit for the public (กรรมการภาคประชาชน); only these need a bio
	 */
	record Details(LocalizedText name, LocalizedText role, boolean citizen, String bioTh, String bioEn) {

		/** Whether the member's bio is there in both languages. */
		public boolean hasBio() {
			return !bioTh.isBlank() && !bioEn.isBlank();
		}
	}

	/** A member as published. */
	record Member(UUID id, int position, Details details, @Nullable UUID photoFileId, Instant publishedAt) {
	}
}
