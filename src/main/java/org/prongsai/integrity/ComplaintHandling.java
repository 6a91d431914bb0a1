package org.prongsai.integrity;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * The officers' side of complaints. A station's complaint officer sees only the complaints routed
 * to them; a region's administrator sees the region's complaints that went to the region (the
 * commander was named, or no one at the station could take it). Every opening is audited, as is
 * every step: received → acknowledged → under investigation → concluded with an outcome and a
 * message to the complainant; a concluded complaint can be reopened on new information. The
 * commander (or the region, for what went to it) sees which are overdue, but not what they say.
 */
@Service
@Transactional
class ComplaintHandling {

	static final int MAX_MESSAGE = ComplaintIntake.MAX_LENGTH;

	private static final String SUMMARY = "select id, station_id, locator, received_at, category, handled_by, stage, outcome,"
			+ " acknowledge_by, conclude_by from complaint";

	private final JdbcClient jdbc;
	private final ComplaintRecords records;
	private final StationDirectory directory;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int concludeDays;

	ComplaintHandling(JdbcClient jdbc, ComplaintRecords records, StationDirectory directory,
			ApplicationEventPublisher events, Clock clock,
			@Value("${prongsai.integrity.complaints.conclude-days:30}") int concludeDays) {
		this.jdbc = jdbc;
		this.records = records;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
		this.concludeDays = concludeDays;
	}

	/** The complaints the person handles, newest first. */
	@Transactional(readOnly = true)
	List<Summary> handledBy(ProngsaiUser user) {
		return handledBy(user, null);
	}

	/** The complaints the person handles, newest first; only the one with the locator, when one is given. */
	private List<Summary> handledBy(ProngsaiUser user, @Nullable String locator) {
		String only = locator == null ? "" : " and locator = :locator";
		if (user.has(Role.REGION_ADMIN) && user.region() != null) {
			return regionComplaints(user.region(), only, locator);
		}
		if (user.has(Role.COMPLAINT_OFFICER)) {
			Map<UUID, StationView> stations = new HashMap<>();
			return jdbc.sql(SUMMARY + " where station_id = :station and id in (select complaint_id from complaint_handler"
					+ " where account_id = :account)" + only + " order by received_at desc, id")
				.param("station", user.stationId()).param("account", user.accountId()).param("locator", locator)
				.query((rs, n) -> summary(rs, stations)).list();
		}
		return List.of();
	}

	/**
	 * The overdue complaints the person oversees: for a commander, the station's that its own
	 * officers handle; for a region's administrator, those that went to the region.
	 */
	@Transactional(readOnly = true)
	List<Summary> overdue(ProngsaiUser user) {
		List<Summary> all;
		if (user.has(Role.REGION_ADMIN) && user.region() != null) {
			all = regionComplaints(user.region(), "", null);
		}
		else if (user.has(Role.COMMANDER) && user.stationId() != null) {
			Map<UUID, StationView> stations = new HashMap<>();
			all = jdbc.sql(SUMMARY + " where station_id = :station and handled_by = 'STATION' order by received_at, id")
				.param("station", user.stationId()).query((rs, n) -> summary(rs, stations)).list();
		}
		else {
			all = List.of();
		}
		return all.stream().filter(Summary::overdue).sorted(Comparator.comparing(Summary::receivedAt)).toList();
	}

	private List<Summary> regionComplaints(int region, String only, @Nullable String locator) {
		Map<UUID, StationView> stations = new HashMap<>();
		directory.inRegion(region).forEach(s -> stations.put(s.id(), s));
		if (stations.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SUMMARY + " where handled_by = 'REGION' and station_id in (:stations)" + only
				+ " order by received_at desc, id")
			.param("stations", List.copyOf(stations.keySet())).param("locator", locator).query((rs, n) -> summary(rs, stations)).list();
	}

	/**
	 * Opens a complaint the person handles: what it says, who sent it if they said, the
	 * conversation and the files. The opening is audited.
	 * @throws NotFoundException when there is no such complaint or the person does not handle it
	 */
	Detail open(ProngsaiUser user, String locator) {
		Summary complaint = find(user, locator);
		String station = code(complaint);
		byte[][] sealed = jdbc.sql("select content, identity from complaint where id = :id").param("id", complaint.id())
			.query((rs, n) -> new byte[][] { rs.getBytes("content"), rs.getBytes("identity") }).single();
		Map<String, String> content = records.open(station, complaint.id(), ComplaintVault.Field.CONTENT, sealed[0]);
		Map<String, String> identity = sealed[1] == null ? Map.of()
				: records.open(station, complaint.id(), ComplaintVault.Field.IDENTITY, sealed[1]);
		events.publishEvent(new IntegrityEvents.ComplaintChanged(complaint.stationId(), "integrity.complaint.opened", locator,
				"", "opened by its handler", true));
		return new Detail(complaint, content.getOrDefault("what", ""), content.getOrDefault("when", ""),
				content.getOrDefault("where", ""), content.getOrDefault("named", ""), content.getOrDefault("who", ""),
				identity.get("name"), identity.get("contact"), records.messages(station, complaint.id()),
				records.files(station, complaint.id()));
	}

	/** One file of a complaint the person handles; the opening is audited. */
	ComplaintRecords.Attachment file(ProngsaiUser user, String locator, UUID fileId) {
		Summary complaint = find(user, locator);
		ComplaintRecords.Attachment file = records.file(code(complaint), complaint.id(), fileId)
			.orElseThrow(() -> new NotFoundException("file"));
		events.publishEvent(new IntegrityEvents.ComplaintChanged(complaint.stationId(), "integrity.complaint.file-opened",
				locator, "", "file " + fileId, true));
		return file;
	}

	/** Tells the complainant the complaint is received and being looked at. */
	void acknowledge(ProngsaiUser user, String locator, String message) {
		move(user, locator, List.of(ComplaintStage.RECEIVED), ComplaintStage.ACKNOWLEDGED, null, message, false);
	}

	void investigate(ProngsaiUser user, String locator, String message) {
		move(user, locator, List.of(ComplaintStage.RECEIVED, ComplaintStage.ACKNOWLEDGED), ComplaintStage.INVESTIGATING,
				null, message, false);
	}

	/** Concludes with an outcome; the message to the complainant is required. */
	void conclude(ProngsaiUser user, String locator, String outcome, String message) {
		ComplaintStage.Outcome ended;
		try {
			ended = ComplaintStage.Outcome.valueOf(outcome);
		}
		catch (IllegalArgumentException ex) {
			throw new Rejected("integrity.complaint.reject.outcome");
		}
		move(user, locator, List.of(ComplaintStage.ACKNOWLEDGED, ComplaintStage.INVESTIGATING), ComplaintStage.CONCLUDED,
				ended, message, true);
	}

	/** Reopens a concluded complaint on new information, with a new deadline; the reason is told to the complainant. */
	void reopen(ProngsaiUser user, String locator, String reason) {
		move(user, locator, List.of(ComplaintStage.CONCLUDED), ComplaintStage.INVESTIGATING, null, reason, true);
	}

	/** Writes to the complainant: a question, or news. */
	void write(ProngsaiUser user, String locator, String message) {
		Summary complaint = find(user, locator);
		String text = text(message, true);
		records.addMessage(code(complaint), complaint.stationId(), complaint.id(), true, text);
		events.publishEvent(new IntegrityEvents.ComplaintChanged(complaint.stationId(), "integrity.complaint.officer-wrote",
				locator, "", "a message to the complainant", true));
	}

	private void move(ProngsaiUser user, String locator, List<ComplaintStage> from, ComplaintStage to,
			ComplaintStage.@Nullable Outcome outcome, String message, boolean messageRequired) {
		Summary complaint = find(user, locator);
		String text = text(message, messageRequired);
		boolean reopening = complaint.stage() == ComplaintStage.CONCLUDED;
		LocalDate newDeadline = today().plusDays(concludeDays);
		// The stage read is checked again in the update: a form sent twice, or by two officers, moves it once.
		int moved = jdbc.sql("update complaint set stage = :to, outcome = :outcome, version = version + 1"
				+ (reopening ? ", conclude_by = :concludeBy" : "") + " where id = :id and stage = :stage and stage in (:from)")
			.param("to", to.name()).param("outcome", outcome == null ? null : outcome.name())
			.param("concludeBy", Date.valueOf(newDeadline)).param("id", complaint.id())
			.param("stage", complaint.stage().name()).param("from", from.stream().map(Enum::name).toList())
			.update();
		if (moved == 0) {
			throw new Rejected("integrity.complaint.reject.stage");
		}
		records.reached(complaint.stationId(), complaint.id(), to, outcome);
		if (!text.isEmpty()) {
			records.addMessage(code(complaint), complaint.stationId(), complaint.id(), true, text);
		}
		events.publishEvent(new IntegrityEvents.ComplaintChanged(complaint.stationId(),
				reopening ? "integrity.complaint.reopened" : "integrity.complaint." + to.name().toLowerCase(), locator,
				complaint.stage().name(), to.name() + (outcome == null ? "" : " " + outcome.name()), true));
	}

	private static String text(String message, boolean required) {
		String text = message.strip();
		if ((required && text.isEmpty()) || text.length() > MAX_MESSAGE) {
			throw new Rejected("integrity.complaint.reject.message", MAX_MESSAGE);
		}
		return text;
	}

	/** The complaint with this locator, if the person handles it; otherwise as if there were none. */
	private Summary find(ProngsaiUser user, String locator) {
		return handledBy(user, locator).stream().findFirst().orElseThrow(() -> new NotFoundException("complaint"));
	}

	private static String code(Summary complaint) {
		return complaint.station().code();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(FiscalYear.BANGKOK));
	}

	private Summary summary(ResultSet rs, Map<UUID, StationView> stations) throws SQLException {
		UUID stationId = rs.getObject("station_id", UUID.class);
		ComplaintStage stage = ComplaintStage.valueOf(rs.getString("stage"));
		LocalDate acknowledgeBy = rs.getDate("acknowledge_by").toLocalDate();
		LocalDate concludeBy = rs.getDate("conclude_by").toLocalDate();
		LocalDate today = today();
		boolean overdue = (stage == ComplaintStage.RECEIVED && today.isAfter(acknowledgeBy))
				|| (stage != ComplaintStage.CONCLUDED && today.isAfter(concludeBy));
		return new Summary(rs.getObject("id", UUID.class), stationId,
				stations.computeIfAbsent(stationId, id -> directory.find(id).orElseThrow(() -> new NotFoundException("station"))),
				rs.getString("locator"),
				rs.getTimestamp("received_at").toInstant(), ComplaintCategory.valueOf(rs.getString("category")),
				Routing.Handling.valueOf(rs.getString("handled_by")), stage,
				rs.getString("outcome") == null ? null : ComplaintStage.Outcome.valueOf(rs.getString("outcome")),
				acknowledgeBy, concludeBy, overdue);
	}

	/** A complaint as listed: never what it says. */
	record Summary(UUID id, UUID stationId, StationView station, String locator, Instant receivedAt,
			ComplaintCategory category, Routing.Handling handledBy, ComplaintStage stage,
			ComplaintStage.@Nullable Outcome outcome, LocalDate acknowledgeBy, LocalDate concludeBy, boolean overdue) {

		/** The date that matters next: acknowledging, or concluding. */
		public LocalDate dueBy() {
			return stage == ComplaintStage.RECEIVED ? acknowledgeBy : concludeBy;
		}
	}

	/** A complaint opened by its handler. */
	record Detail(Summary summary, String what, String when, String where, String named, String who,
			@Nullable String complainantName, @Nullable String complainantContact, List<ComplaintRecords.Message> messages,
			List<ComplaintRecords.FileEntry> files) {

		public boolean anonymous() {
			return complainantName == null && complainantContact == null;
		}
	}
}
