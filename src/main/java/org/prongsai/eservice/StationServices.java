package org.prongsai.eservice;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.disclosure.ContentSnapshot;
import org.prongsai.disclosure.DisclosureContent;
import org.prongsai.disclosure.Publishing;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.files.StoredFileView;

/**
 * The e-services a station offers its citizens (item O10): the national services, each with the
 * station's step-by-step guide in Thai and English and pictures of its screens, and other channels
 * the station adds. A national service's address and guide are published to O10 when saved, so
 * the item page and the readiness check read what the citizen reads; a station that has saved
 * nothing yet still shows the national addresses to its citizens.
 */
@Service
@Transactional
class StationServices {

	static final int MAX_PICTURES = 8;

	private static final int MAX_GUIDE = 8000;
	private static final int MAX_NAME = 200;
	private static final int MAX_SUMMARY = 600;
	private static final int MAX_ALT = 300;
	private static final String OWN_PREFIX = "own-";

	private final JdbcClient jdbc;
	private final Publishing publishing;
	private final DisclosureContent content;
	private final Files files;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	StationServices(JdbcClient jdbc, Publishing publishing, DisclosureContent content, Files files,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.publishing = publishing;
		this.content = content;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** The national services first, in their fixed order, then the station's own, in the order added. */
	@Transactional(readOnly = true)
	List<OfferedService> offered(UUID stationId) {
		Map<String, Row> rows = jdbc.sql("select * from station_service where station_id = :station order by position, id")
			.param("station", stationId).query(StationServices::row).list().stream()
			.collect(Collectors.toMap(Row::key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
		Map<UUID, List<Picture>> pictures = jdbc.sql("select * from station_service_picture where station_id = :station"
				+ " order by position, id").param("station", stationId)
			.query((rs, n) -> Map.entry(rs.getObject("service_id", UUID.class), new Picture(rs.getObject("id", UUID.class),
					rs.getObject("file_id", UUID.class), rs.getString("alt_th"), rs.getString("alt_en"))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<OfferedService> offered = new ArrayList<>();
		for (NationalService national : NationalService.values()) {
			Row row = rows.remove(national.key());
			offered.add(row == null ? OfferedService.unset(national)
					: row.offered(national, pictures.getOrDefault(row.id(), List.of())));
		}
		rows.values().forEach(row -> offered.add(row.offered(null, pictures.getOrDefault(row.id(), List.of()))));
		return offered;
	}

	@Transactional(readOnly = true)
	Optional<OfferedService> find(UUID stationId, String key) {
		return offered(stationId).stream().filter(s -> s.key().equals(key)).findFirst();
	}

	/**
	 * Saves a service; a national one's address and guide are published to item O10 of the fiscal
	 * year (the current one, or one whose readiness sent the station here), each only when it
	 * differs from what is published, so an unchanged address keeps its link check.
	 * @throws EServiceRejected for an address that is not one, a missing name of the station's own service,
	 *     or a text too long
	 */
	void save(UUID stationId, String key, ServiceEntry entry, String by, FiscalYear year) {
		OfferedService before = find(stationId, key).orElseThrow(() -> new EServiceRejected("eservice.services.reject.none"));
		NationalService national = before.national();
		String address = checked(entry, national);
		if (before.configured()) {
			jdbc.sql("update station_service set address = :address, name_th = :nameTh, name_en = :nameEn,"
					+ " summary_th = :summaryTh, summary_en = :summaryEn, guide_th = :guideTh, guide_en = :guideEn,"
					+ " updated_at = :now, updated_by = :by where station_id = :station and service_key = :key")
				.params(columns(stationId, key, address, entry, national, by)).update();
		}
		else {
			insert(stationId, key, 0, address, entry, national, by);
		}
		if (national != null) {
			publishToItem(stationId, national, address, entry, by, year);
		}
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.service.saved", key,
				before.configured() ? before.address() : "", address));
	}

	/** Adds a channel of the station's own choosing; returns its key. */
	String addOwn(UUID stationId, ServiceEntry entry, String by) {
		String address = checked(entry, null);
		String key = OWN_PREFIX + UUID.randomUUID().toString().substring(0, 8);
		int position = jdbc.sql("select coalesce(max(position), 0) + 1 from station_service where station_id = :station")
			.param("station", stationId).query(Integer.class).single();
		insert(stationId, key, Math.max(position, NationalService.values().length), address, entry, null, by);
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.service.added", key, "",
				entry.nameTh().strip() + " " + address));
		return key;
	}

	/** Removes a service of the station's own; the national ones stay, as O10 requires them. */
	void removeOwn(UUID stationId, String key, String by) {
		if (!key.startsWith(OWN_PREFIX)) {
			throw new EServiceRejected("eservice.services.reject.national");
		}
		List<UUID> pictureFiles = jdbc.sql("select p.file_id from station_service_picture p join station_service s"
				+ " on s.id = p.service_id where s.station_id = :station and s.service_key = :key")
			.param("station", stationId).param("key", key).query(UUID.class).list();
		if (jdbc.sql("delete from station_service where station_id = :station and service_key = :key")
			.param("station", stationId).param("key", key).update() == 0) {
			throw new EServiceRejected("eservice.services.reject.none");
		}
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.service.removed", key,
				pictureFiles.size() + " pictures", "removed by " + by));
	}

	/**
	 * Adds a picture to a service's guide: a screenshot or photo (checked as a
	 * {@link org.prongsai.platform.files.FileUse#PHOTO} before this is called) with a text
	 * alternative in each language, for those who cannot see it.
	 */
	UUID addPicture(UUID stationId, String key, CheckedFile picture, String altTh, String altEn, String by) {
		OfferedService service = find(stationId, key).orElseThrow(() -> new EServiceRejected("eservice.services.reject.none"));
		if (!service.configured()) {
			throw new EServiceRejected("eservice.services.reject.save-first");
		}
		if (service.pictures().size() >= MAX_PICTURES) {
			throw new EServiceRejected("eservice.services.reject.pictures", MAX_PICTURES);
		}
		if (altTh.isBlank() || altEn.isBlank()) {
			throw new EServiceRejected("eservice.services.reject.alt");
		}
		within(altTh, MAX_ALT);
		within(altEn, MAX_ALT);
		StoredFileView file = files.keep(stationId, picture, by);
		UUID serviceId = jdbc.sql("select id from station_service where station_id = :station and service_key = :key")
			.param("station", stationId).param("key", key).query(UUID.class).single();
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into station_service_picture (id, service_id, station_id, file_id, position, alt_th, alt_en)"
				+ " values (:id, :service, :station, :file, :position, :altTh, :altEn)")
			.param("id", id).param("service", serviceId).param("station", stationId).param("file", file.id())
			.param("position", service.pictures().size() + 1).param("altTh", altTh.strip()).param("altEn", altEn.strip())
			.update();
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.service.picture-added", key, "",
				file.originalName() + " " + file.sha256()));
		return id;
	}

	void removePicture(UUID stationId, String key, UUID pictureId, String by) {
		if (jdbc.sql("delete from station_service_picture where id = :id and station_id = :station and service_id ="
				+ " (select id from station_service where station_id = :station and service_key = :key)")
			.param("id", pictureId).param("station", stationId).param("key", key).update() == 0) {
			throw new EServiceRejected("eservice.services.reject.none");
		}
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.service.picture-removed", key,
				pictureId.toString(), "removed by " + by));
	}

	/** A picture of the station's service; another station's, or one no longer in the guide, is empty. */
	@Transactional(readOnly = true)
	Optional<StoredFileView> picture(UUID stationId, String key, UUID pictureId) {
		return find(stationId, key).stream().flatMap(s -> s.pictures().stream())
			.filter(p -> p.id().equals(pictureId)).findFirst()
			.flatMap(p -> files.find(stationId, p.fileId()));
	}

	private void publishToItem(UUID stationId, NationalService national, String address, ServiceEntry entry, String by,
			FiscalYear year) {
		ContentSnapshot published = content.snapshot(stationId, year, clock.instant());
		if (!published.link(national.linkKind()).map(ContentSnapshot.Link::url).filter(address::equals).isPresent()) {
			publishing.setLink(stationId, national.linkKind(), address, by);
		}
		for (String language : List.of("th", "en")) {
			String guide = ("en".equals(language) ? entry.guideEn() : entry.guideTh()).strip();
			String current = published.texts().stream()
				.filter(t -> t.kind().equals(national.guideKind()) && t.language().equals(language))
				.map(ContentSnapshot.Text::body).findFirst().orElse(null);
			// A guide emptied after it was published is published empty, so O10 no longer claims it.
			if (!guide.equals(current == null ? "" : current)) {
				publishing.publishText(stationId, year, national.guideKind(), language, guide, by);
			}
		}
	}

	private void insert(UUID stationId, String key, int position, String address, ServiceEntry entry,
			@Nullable NationalService national, String by) {
		jdbc.sql("insert into station_service (id, station_id, service_key, position, address, name_th, name_en, summary_th,"
				+ " summary_en, guide_th, guide_en, updated_at, updated_by) values (:id, :station, :key, :position, :address,"
				+ " :nameTh, :nameEn, :summaryTh, :summaryEn, :guideTh, :guideEn, :now, :by)")
			.params(columns(stationId, key, address, entry, national, by))
			.param("id", UUID.randomUUID())
			.param("position", national != null ? national.ordinal() : position)
			.update();
	}

	private Map<String, Object> columns(UUID stationId, String key, String address, ServiceEntry entry,
			@Nullable NationalService national, String by) {
		Map<String, Object> columns = new java.util.HashMap<>();
		columns.put("station", stationId);
		columns.put("key", key);
		columns.put("address", address);
		// A national service's name is the messages'; storing one would let it drift from them.
		columns.put("nameTh", national != null ? null : entry.nameTh().strip());
		columns.put("nameEn", national != null ? null : entry.nameEn().strip());
		columns.put("summaryTh", blankToNull(entry.summaryTh()));
		columns.put("summaryEn", blankToNull(entry.summaryEn()));
		columns.put("guideTh", entry.guideTh().strip());
		columns.put("guideEn", entry.guideEn().strip());
		columns.put("now", Timestamp.from(clock.instant()));
		columns.put("by", by);
		return columns;
	}

	/**
	 * Checks an entry before anything is kept; returns its address as kept.
	 * @param national the national service it is for, or null for one of the station's own, which needs its names
	 */
	private static String checked(ServiceEntry entry, @Nullable NationalService national) {
		String address = national != null ? webAddress(entry.address()) : address(entry.address());
		if (national == null) {
			required(entry.nameTh(), MAX_NAME);
			required(entry.nameEn(), MAX_NAME);
		}
		within(entry.summaryTh(), MAX_SUMMARY);
		within(entry.summaryEn(), MAX_SUMMARY);
		within(entry.guideTh(), MAX_GUIDE);
		within(entry.guideEn(), MAX_GUIDE);
		return address;
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	/** A web address for a national service: https only, as O10's link must be. */
	private static String webAddress(String typed) {
		String address = typed.strip();
		if (!address.matches("https://[^\\s<>\"]{3,490}")) {
			throw new EServiceRejected("eservice.services.reject.url");
		}
		return address;
	}

	/** A web address, or a phone number for a hotline. */
	private static String address(String typed) {
		String address = typed.strip();
		if (address.matches("\\+?[0-9][0-9 -]{1,18}[0-9]")) {
			return address;
		}
		if (!address.matches("https://[^\\s<>\"]{3,490}")) {
			throw new EServiceRejected("eservice.services.reject.address");
		}
		return address;
	}

	private static void required(String text, int max) {
		if (text.isBlank()) {
			throw new EServiceRejected("eservice.services.reject.name");
		}
		within(text, max);
	}

	private static void within(String text, int max) {
		if (text.strip().length() > max) {
			throw new EServiceRejected("eservice.services.reject.long", max);
		}
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("service_key"), rs.getString("address"),
				rs.getString("name_th"), rs.getString("name_en"), rs.getString("summary_th"), rs.getString("summary_en"),
				rs.getString("guide_th"), rs.getString("guide_en"));
	}

	private record Row(UUID id, String key, String address, @Nullable String nameTh, @Nullable String nameEn,
			@Nullable String summaryTh, @Nullable String summaryEn, String guideTh, String guideEn) {

		OfferedService offered(@Nullable NationalService national, List<Picture> pictures) {
			return new OfferedService(key, national, true, address, Objects.requireNonNullElse(nameTh, ""),
					Objects.requireNonNullElse(nameEn, ""), Objects.requireNonNullElse(summaryTh, ""),
					Objects.requireNonNullElse(summaryEn, ""), guideTh, guideEn, pictures);
		}
	}

	/** What the form sends; a field it left out is blank. */
	record ServiceEntry(String address, String nameTh, String nameEn, String summaryTh, String summaryEn, String guideTh,
			String guideEn) {

		ServiceEntry {
			address = address == null ? "" : address;
			nameTh = nameTh == null ? "" : nameTh;
			nameEn = nameEn == null ? "" : nameEn;
			summaryTh = summaryTh == null ? "" : summaryTh;
			summaryEn = summaryEn == null ? "" : summaryEn;
			guideTh = guideTh == null ? "" : guideTh;
			guideEn = guideEn == null ? "" : guideEn;
		}

		static ServiceEntry of(OfferedService service) {
			return new ServiceEntry(service.address(), service.nameTh(), service.nameEn(), service.summaryTh(),
					service.summaryEn(), service.guideTh(), service.guideEn());
		}
	}

	/**
	 * A service as offered.
	 * @param national the national service it is, or null for one of the station's own
	 * @param configured whether the station has saved it; an unsaved national service offers the national address
	 */
	record OfferedService(String key, @Nullable NationalService national, boolean configured, String address,
			String nameTh, String nameEn, String summaryTh, String summaryEn, String guideTh, String guideEn,
			List<Picture> pictures) {

		static OfferedService unset(NationalService national) {
			return new OfferedService(national.key(), national, false, national.nationalAddress(), "", "", "", "", "", "",
					List.of());
		}

		/** Whether it is one of the services O10 requires; its name and description are then the messages'. */
		public boolean isNational() {
			return national != null;
		}

		/** Whether its address is a telephone number rather than a web address. */
		public boolean phone() {
			return !address.startsWith("https://");
		}

		/** The number to dial, without spaces or dashes. */
		public String dial() {
			return address.replaceAll("[ -]", "");
		}

		/** A station's own name in the page's language; national services take theirs from the messages. */
		public String name(String language) {
			return "en".equals(language) ? nameEn : nameTh;
		}

		/** The station's description in the page's language, or blank. */
		public String summary(String language) {
			return "en".equals(language) ? summaryEn : summaryTh;
		}

		/** The guide's steps in a language, one per line, blank lines dropped. */
		public List<String> steps(String language) {
			String guide = "en".equals(language) ? guideEn : guideTh;
			return guide.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		}

		/** Whether the guide is written in the language. */
		public boolean hasGuide(String language) {
			return !steps(language).isEmpty();
		}

		/** Whether it has a guide to show at all: its steps or its pictures. */
		public boolean guided() {
			return hasGuide("th") || hasGuide("en") || !pictures.isEmpty();
		}
	}

	/** A picture of a guide, with its text alternative in each language. */
	record Picture(UUID id, UUID fileId, String altTh, String altEn) {

		public String alt(String language) {
			return "en".equals(language) ? altEn : altTh;
		}
	}
}
