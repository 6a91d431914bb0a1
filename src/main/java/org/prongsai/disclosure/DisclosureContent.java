package org.prongsai.disclosure;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.station.OfficerView;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;
import org.prongsai.station.UnitView;

/**
 * Reads what a station has published, as it stood at any instant. Structured fields come from
 * the station's own records (profile, units, officers) and from the facts publishers enter.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureContent {

	/** Visible at :at — the one rule of versioned content. */
	static final String VISIBLE = " published_at <= :at and (withdrawn_at is null or withdrawn_at > :at) ";

	private final JdbcClient jdbc;

	private final StationDirectory stations;

	DisclosureContent(JdbcClient jdbc, StationDirectory stations) {
		this.jdbc = jdbc;
		this.stations = stations;
	}

	/** What the station's item pages showed for the fiscal year at the instant. */
	public ContentSnapshot snapshot(UUID stationId, FiscalYear year, Instant at) {
		Timestamp when = Timestamp.from(at);
		List<ContentSnapshot.Document> documents = jdbc.sql("select * from disclosure_document where station_id = :station"
				+ " and fiscal_year = :year and" + VISIBLE + "order by item_code, document_kind, report_month, published_at")
			.param("station", stationId).param("year", year.beYear()).param("at", when)
			.query(DisclosureContent::document).list();
		List<ContentSnapshot.News> news = jdbc.sql("select * from disclosure_news where station_id = :station"
				+ " and happened_on between :start and :end and" + VISIBLE + "order by happened_on desc")
			.param("station", stationId).param("start", Date.valueOf(year.start())).param("end", Date.valueOf(year.end()))
			.param("at", when)
			.query((rs, n) -> new ContentSnapshot.News(rs.getObject("id", UUID.class), rs.getString("category"),
					rs.getDate("happened_on").toLocalDate(), text(rs), instant(rs, "published_at")))
			.list();
		List<ContentSnapshot.Link> links = jdbc.sql("select * from disclosure_link where station_id = :station and"
				+ VISIBLE + "order by link_kind")
			.param("station", stationId).param("at", when)
			.query((rs, n) -> new ContentSnapshot.Link(rs.getString("link_kind"), rs.getString("url"),
					(Boolean) rs.getObject("resolves"), rs.getTimestamp("checked_at") == null ? null
							: instant(rs, "checked_at")))
			.list();
		List<ContentSnapshot.Text> texts = jdbc.sql("select * from disclosure_text where station_id = :station"
				+ " and fiscal_year = :year and" + VISIBLE)
			.param("station", stationId).param("year", year.beYear()).param("at", when)
			.query((rs, n) -> new ContentSnapshot.Text(rs.getString("text_kind"), rs.getString("language"),
					rs.getString("body"), instant(rs, "published_at")))
			.list();

		Set<String> fields = new HashSet<>(stationFields(stationId));
		fields.addAll(recordFields(stationId, year, when));
		Map<String, LocalDate> asOf = new HashMap<>();
		jdbc.sql("select field, as_of from disclosure_fact where station_id = :station and fiscal_year = :year and"
				+ VISIBLE + "and value_th <> '' and value_en <> ''")
			.param("station", stationId).param("year", year.beYear()).param("at", when)
			.query((rs, n) -> {
				fields.add(rs.getString("field"));
				Date date = rs.getDate("as_of");
				if (date != null) {
					asOf.merge(subject(rs.getString("field")), date.toLocalDate(), (a, b) -> a.isAfter(b) ? a : b);
				}
				return null;
			})
			.list();
		jdbc.sql("select document_kind, max(as_of) as_of from disclosure_document where station_id = :station"
				+ " and fiscal_year = :year and as_of is not null and" + VISIBLE + "group by document_kind")
			.param("station", stationId).param("year", year.beYear()).param("at", when)
			.query((rs, n) -> asOf.put(rs.getString("document_kind"), rs.getDate("as_of").toLocalDate()))
			.list();
		return new ContentSnapshot(stationId, year, at, documents, news, links, texts, fields, asOf);
	}

	/** The facts a publisher entered for the year, visible at the instant: field to Thai and English value. */
	public Map<String, LocalizedText> facts(UUID stationId, FiscalYear year, Instant at) {
		Map<String, LocalizedText> facts = new HashMap<>();
		jdbc.sql("select field, value_th, value_en from disclosure_fact where station_id = :station and fiscal_year = :year and"
				+ VISIBLE + "and value_th <> '' and value_en <> ''")
			.param("station", stationId).param("year", year.beYear()).param("at", Timestamp.from(at))
			.query((rs, n) -> facts.put(rs.getString("field"),
					new LocalizedText(rs.getString("value_th"), rs.getString("value_en"))))
			.list();
		return facts;
	}

	/**
	 * The station's document of the year with this id if it was visible at the instant; empty for
	 * another station's document, another year's, or one withdrawn or not yet published then.
	 */
	Optional<ContentSnapshot.Document> document(UUID stationId, FiscalYear year, UUID documentId, Instant at) {
		return jdbc.sql("select * from disclosure_document where id = :id and station_id = :station and fiscal_year = :year"
				+ " and" + VISIBLE)
			.param("id", documentId).param("station", stationId).param("year", year.beYear())
			.param("at", Timestamp.from(at))
			.query(DisclosureContent::document).optional();
	}

	/**
	 * When each item of the criteria last had content published that was still visible at the
	 * instant, by item code; items with nothing published are absent. Fields filled from the
	 * station's own records have no publication time and do not count.
	 */
	Map<String, Instant> lastPublished(UUID stationId, Criteria criteria, Instant at) {
		FiscalYear year = criteria.fiscalYear();
		Map<String, Instant> documents = latest("select item_code k, max(published_at) t from disclosure_document"
				+ " where station_id = :station and fiscal_year = :year and" + VISIBLE + "group by item_code", stationId, year, at);
		Map<String, Instant> news = latest("select category k, max(published_at) t from disclosure_news"
				+ " where station_id = :station and happened_on between :start and :end and" + VISIBLE + "group by category",
				stationId, year, at);
		Map<String, Instant> links = latest("select link_kind k, max(published_at) t from disclosure_link"
				+ " where station_id = :station and" + VISIBLE + "group by link_kind", stationId, year, at);
		Map<String, Instant> texts = latest("select text_kind k, max(published_at) t from disclosure_text"
				+ " where station_id = :station and fiscal_year = :year and" + VISIBLE + "group by text_kind", stationId, year, at);
		Map<String, Instant> facts = latest("select field k, max(published_at) t from disclosure_fact"
				+ " where station_id = :station and fiscal_year = :year and" + VISIBLE + "group by field", stationId, year, at);
		// Laws and committee members are records of their own; their last change counts for the fields they fill.
		facts.putAll(latest("select '" + Laws.FIELD + "' k, max(published_at) t from disclosure_law where station_id = :station"
				+ " and fiscal_year = :year and" + VISIBLE + "having count(*) > 0", stationId, year, at));
		latest("select 'committee' k, max(published_at) t from committee_member where station_id = :station"
				+ " and fiscal_year = :year and" + VISIBLE + "having count(*) > 0", stationId, year, at)
			.values().forEach(time -> {
				facts.put(OversightCommittee.MEMBERS, time);
				facts.put(OversightCommittee.CITIZEN_BIOS, time);
			});
		Map<String, Instant> last = new HashMap<>();
		for (Criteria.ItemCriteria item : criteria.items()) {
			List<Instant> times = new ArrayList<>();
			times.add(documents.get(item.code()));
			for (Criteria.ElementCriteria element : item.elements()) {
				Check check = element.check();
				if (check instanceof Check.NewsCount n) {
					times.add(news.get(n.category()));
				}
				else if (check instanceof Check.LinkResolves l) {
					times.add(links.get(l.link()));
					if (l.guide() != null) {
						times.add(texts.get(l.guide()));
					}
				}
				else if (check instanceof Check.BilingualText t) {
					texts.forEach((kind, time) -> {
						if (t.stores(kind)) {
							times.add(time);
						}
					});
				}
				else if (check instanceof Check.FieldFilled f) {
					times.add(facts.get(f.field()));
				}
			}
			times.stream().filter(Objects::nonNull).max(Comparator.naturalOrder())
				.ifPresent(time -> last.put(item.code(), time));
		}
		return last;
	}

	private Map<String, Instant> latest(String sql, UUID stationId, FiscalYear year, Instant at) {
		Map<String, Instant> latest = new HashMap<>();
		jdbc.sql(sql).param("station", stationId).param("year", year.beYear()).param("start", Date.valueOf(year.start()))
			.param("end", Date.valueOf(year.end())).param("at", Timestamp.from(at))
			.query((rs, n) -> latest.put(rs.getString("k"), instant(rs, "t")))
			.list();
		return latest;
	}

	/** A fact's field names its subject before the first dot: {@code area.population} is about {@code area}. */
	static String subject(String field) {
		int dot = field.indexOf('.');
		return dot < 0 ? field : field.substring(0, dot);
	}

	/**
	 * Fields filled by records publishers keep for the year: the laws by category (O3), and the
	 * oversight committee (O4) — its members when every one has a photo, the citizen members' bios
	 * when there is a citizen member and each has a bio in both languages.
	 */
	private Set<String> recordFields(UUID stationId, FiscalYear year, Timestamp at) {
		Set<String> fields = new HashSet<>();
		if (jdbc.sql("select count(*) from disclosure_law where station_id = :station and fiscal_year = :year and" + VISIBLE)
			.param("station", stationId).param("year", year.beYear()).param("at", at).query(Long.class).single() > 0) {
			fields.add(Laws.FIELD);
		}
		List<MemberState> members = jdbc.sql("select citizen, bio_th, bio_en, photo_file_id from committee_member"
				+ " where station_id = :station and fiscal_year = :year and" + VISIBLE)
			.param("station", stationId).param("year", year.beYear()).param("at", at)
			.query((rs, n) -> new MemberState(rs.getBoolean("citizen"),
					!rs.getString("bio_th").isBlank() && !rs.getString("bio_en").isBlank(), rs.getObject("photo_file_id") != null))
			.list();
		if (!members.isEmpty() && members.stream().allMatch(MemberState::photo)) {
			fields.add(OversightCommittee.MEMBERS);
		}
		List<MemberState> citizens = members.stream().filter(MemberState::citizen).toList();
		if (!citizens.isEmpty() && citizens.stream().allMatch(MemberState::bio)) {
			fields.add(OversightCommittee.CITIZEN_BIOS);
		}
		return fields;
	}

	private record MemberState(boolean citizen, boolean bio, boolean photo) {
	}

	/** Fields the station's own records fill: the five contact elements of O5, staffing and duties, executives. */
	private Set<String> stationFields(UUID stationId) {
		Set<String> fields = new HashSet<>();
		StationView station = stations.find(stationId).orElse(null);
		if (station == null) {
			return fields;
		}
		var p = station.profile();
		if (!p.nameTh().isBlank() && !p.nameEn().isBlank()) {
			fields.add("station.name");
		}
		if (!p.addressTh().isBlank() && !p.addressEn().isBlank()) {
			fields.add("station.address");
		}
		if (!p.phone().isBlank()) {
			fields.add("station.phone");
		}
		if (!p.email().isBlank()) {
			fields.add("station.email");
		}
		if (station.mapUrl() != null) {
			fields.add("station.map");
		}
		List<UnitView> units = stations.units(stationId);
		if (!units.isEmpty() && units.stream().allMatch(u -> u.authorisedStrength() > 0)) {
			fields.add("units.staffing");
		}
		if (!units.isEmpty() && units.stream().allMatch(u -> !u.dutiesTh().isBlank() && !u.dutiesEn().isBlank())) {
			fields.add("units.duties");
		}
		List<OfficerView> executives = stations.officers(stationId).stream().filter(OfficerView::executive).toList();
		if (!executives.isEmpty() && executives.stream().allMatch(e -> e.officialPhone() != null && e.photoFileId() != null)) {
			fields.add("executives.contact");
		}
		return fields;
	}

	private static ContentSnapshot.Document document(ResultSet rs, int row) throws SQLException {
		Date month = rs.getDate("report_month");
		return new ContentSnapshot.Document(rs.getObject("id", UUID.class), rs.getString("item_code"),
				rs.getString("document_kind"), month == null ? null : YearMonth.from(month.toLocalDate()),
				DocumentFormat.valueOf(rs.getString("format")), text(rs), rs.getObject("file_id", UUID.class),
				instant(rs, "published_at"), (Boolean) rs.getObject("resolves"));
	}

	private static LocalizedText text(ResultSet rs) throws SQLException {
		return new LocalizedText(rs.getString("title_th"), rs.getString("title_en"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}
}
