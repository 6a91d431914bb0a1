package org.prongsai.eservice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.calendar.TypedDates;
import org.prongsai.station.OfficerView;
import org.prongsai.station.StationDirectory;

/**
 * The progress of the cases a station handles (ความคืบหน้าคดี): each registered with its case
 * number, the inquiry officer responsible (พนักงานสอบสวน), a target of days between steps, and
 * the milestones reached. The citizen follows it with the case number and an access code; only
 * the code's HMAC is kept, so the code itself is returned once, when it is issued. Every change
 * is audited, and a milestone is announced to the citizen's e-mail, if they left one, once it is
 * committed.
 */
@Service
@Transactional
class CaseProgress {

	/** The kind of milestone that closes a case; every station's list ends with it. */
	static final String CLOSED = "closed";

	/** Who left an e-mail address on the public status page: the citizen, who never signs in. */
	static final String CITIZEN = "citizen";

	/** The steps of an inquiry, for a station that has not set its own. */
	static final List<MilestoneKind> DEFAULT_KINDS = List.of(
			new MilestoneKind("received", "รับแจ้งความ", "Complaint received"),
			new MilestoneKind("evidence", "รวบรวมพยานหลักฐาน", "Evidence collected"),
			new MilestoneKind("witnesses", "สอบปากคำพยาน", "Witnesses heard"),
			new MilestoneKind("prosecutor", "ส่งสำนวนให้พนักงานอัยการ", "Sent to the public prosecutor"),
			new MilestoneKind("decided", "พนักงานอัยการมีคำสั่ง", "The prosecutor decided"),
			new MilestoneKind(CLOSED, "ปิดคดี", "Case closed"));

	private final JdbcClient jdbc;
	private final StationDirectory stations;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AccessCodes codes;

	CaseProgress(JdbcClient jdbc, StationDirectory stations, ApplicationEventPublisher events, Clock clock,
			AccessCodes codes) {
		this.jdbc = jdbc;
		this.stations = stations;
		this.events = events;
		this.clock = clock;
		this.codes = codes;
	}

	/**
	 * Registers a case with its first milestone and issues its access code.
	 * @param language the citizen's language for e-mails ({@code th} or {@code en})
	 * @return the case and its code, which exists in plain only here
	 * @throws EServiceRejected for a number in the wrong form or already registered, an officer not of the station,
	 *     a target out of range, an unreadable or future date, or an e-mail address that is not one
	 */
	Issued register(UUID stationId, Registration form, String language, String by) {
		return register(stationId, form, language, by, codes.newCode());
	}

	/** Registers a case with a code chosen by the caller: only the demo does, so that its cases can be tried. */
	Issued register(UUID stationId, Registration form, String language, String by, String code) {
		CaseNumber number = CaseNumber.parse(form.number()).orElseThrow(() -> new EServiceRejected("eservice.case.reject.number"));
		OfficerView officer = officer(stationId, form.officer());
		int target = targetDays(form.targetDays());
		LocalDate received = date(form.receivedOn());
		String email = email(form.email());
		if (jdbc.sql("select count(*) from station_case where station_id = :station and case_number = :number")
			.param("station", stationId).param("number", number.stored()).query(Long.class).single() > 0) {
			throw new EServiceRejected("eservice.case.reject.exists", number.display(language));
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into station_case (id, station_id, case_number, case_type, officer_id, target_days, code_hash,"
				+ " email, email_language, registered_by, registered_at)"
				+ " values (:id, :station, :number, :type, :officer, :target, :hash, :email, :language, :by, :now)")
			.param("id", id).param("station", stationId).param("number", number.stored())
			.param("type", number.type().name()).param("officer", officer.id()).param("target", target)
			.param("hash", codes.hash(id.toString(), code)).param("email", email)
			.param("language", email == null ? null : language(language)).param("by", by)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.case.registered", id.toString(), "",
				number.stored() + ", " + officer.rankTh() + officer.nameTh() + ", " + target + " days"
						+ (email == null ? "" : ", e-mail " + masked(email))));
		insertMilestone(stationId, id, kinds(stationId).get(0), received, by);
		return new Issued(id, code);
	}

	/**
	 * Records a milestone of a case of the station; the closing one closes the case.
	 * @throws EServiceRejected for a case not of the station, a closed case, a kind not on the station's list, or a bad date
	 */
	UUID addMilestone(UUID stationId, UUID caseId, String kind, String reachedOn, String by) {
		StationCase found = find(stationId, caseId).orElseThrow(() -> new EServiceRejected("eservice.case.reject.none"));
		if (found.closed()) {
			throw new EServiceRejected("eservice.case.reject.closed");
		}
		MilestoneKind chosen = kinds(stationId).stream().filter(k -> k.code().equals(kind)).findFirst()
			.orElseThrow(() -> new EServiceRejected("eservice.case.reject.kind"));
		return insertMilestone(stationId, caseId, chosen, date(reachedOn), by);
	}

	private UUID insertMilestone(UUID stationId, UUID caseId, MilestoneKind kind, LocalDate reachedOn, String by) {
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("insert into case_milestone (id, case_id, kind, name_th, name_en, reached_on, recorded_by, recorded_at)"
				+ " values (:id, :case, :kind, :th, :en, :on, :by, :now)")
			.param("id", id).param("case", caseId).param("kind", kind.code()).param("th", kind.nameTh())
			.param("en", kind.nameEn()).param("on", reachedOn).param("by", by).param("now", Timestamp.from(now))
			.update();
		if (CLOSED.equals(kind.code())) {
			jdbc.sql("update station_case set closed_at = :now where id = :id").param("now", Timestamp.from(now))
				.param("id", caseId).update();
		}
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.case.milestone", caseId.toString(), "",
				kind.nameTh() + " " + reachedOn));
		events.publishEvent(new EServiceEvents.MilestoneAdded(caseId, id));
		return id;
	}

	/**
	 * Issues a new access code for a case of the station; the old one stops working at once.
	 * @return the new code, which exists in plain only here
	 */
	String newCode(UUID stationId, UUID caseId, String by) {
		StationCase found = find(stationId, caseId).orElseThrow(() -> new EServiceRejected("eservice.case.reject.none"));
		String code = codes.newCode();
		jdbc.sql("update station_case set code_hash = :hash where id = :id").param("hash", codes.hash(caseId.toString(), code))
			.param("id", caseId).update();
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.case.code-reissued", caseId.toString(),
				found.number().stored(), "new access code issued by " + by));
		return code;
	}

	/**
	 * Sets or, with a blank address, removes the e-mail address a case's milestones are announced to.
	 * @param by the staff member, or {@link #CITIZEN} when it was left on the status page
	 */
	void setEmail(UUID stationId, UUID caseId, String address, String language, String by) {
		StationCase found = find(stationId, caseId).orElseThrow(() -> new EServiceRejected("eservice.case.reject.none"));
		if (found.closed()) {
			throw new EServiceRejected("eservice.case.reject.closed");
		}
		String email = email(address);
		jdbc.sql("update station_case set email = :email, email_language = :language where id = :id")
			.param("email", email).param("language", email == null ? null : language(language)).param("id", caseId).update();
		String before = found.maskedEmail();
		String after = (email == null ? "removed" : masked(email)) + " by " + by;
		events.publishEvent(CITIZEN.equals(by)
				? new EServiceEvents.CitizenWrote(stationId, "eservice.case.email", caseId.toString(), before, after)
				: new EServiceEvents.RecordChanged(stationId, "eservice.case.email", caseId.toString(), before, after));
	}

	/** The station's cases, the newest first. */
	@Transactional(readOnly = true)
	List<StationCase> cases(UUID stationId) {
		List<MilestoneKind> kinds = kinds(stationId);
		return jdbc.sql("select * from station_case where station_id = :station order by registered_at desc, id")
			.param("station", stationId).query((rs, n) -> row(rs)).list().stream()
			.map(row -> complete(stationId, row, kinds)).toList();
	}

	/** The station's open cases with no new milestone for longer than their target, the longest waiting first. */
	@Transactional(readOnly = true)
	List<StationCase> overdue(UUID stationId) {
		return cases(stationId).stream().filter(StationCase::overdue)
			.sorted(Comparator.comparing(StationCase::lastChange)).toList();
	}

	/** A case of the station; another station's is not found. */
	@Transactional(readOnly = true)
	Optional<StationCase> find(UUID stationId, UUID caseId) {
		return jdbc.sql("select * from station_case where id = :id and station_id = :station").param("id", caseId)
			.param("station", stationId).query((rs, n) -> row(rs)).optional()
			.map(row -> complete(stationId, row, kinds(stationId)));
	}

	/** The id of the case with this number at the station, and its code's HMAC: all the public look-up needs. */
	@Transactional(readOnly = true)
	Optional<WithCode> byNumber(UUID stationId, CaseNumber number) {
		return jdbc.sql("select id, code_hash from station_case where station_id = :station and case_number = :number")
			.param("station", stationId).param("number", number.stored())
			.query((rs, n) -> new WithCode(rs.getObject("id", UUID.class), rs.getBytes("code_hash"))).optional();
	}

	/** The station's list of milestones, in order; the defaults until it sets its own. */
	@Transactional(readOnly = true)
	List<MilestoneKind> kinds(UUID stationId) {
		List<MilestoneKind> own = jdbc.sql("select code, name_th, name_en from case_milestone_kind where station_id = :station"
				+ " order by position").param("station", stationId)
			.query((rs, n) -> new MilestoneKind(rs.getString("code"), rs.getString("name_th"), rs.getString("name_en")))
			.list();
		return own.isEmpty() ? DEFAULT_KINDS : own;
	}

	/**
	 * Sets the station's list of milestones from lines of "Thai | English"; the closing milestone is
	 * kept last, and milestones already recorded keep the names they had.
	 * @throws EServiceRejected for a line without both names, or fewer than one step before closing
	 */
	void setKinds(UUID stationId, String lines, String by) {
		List<MilestoneKind> kinds = new ArrayList<>();
		for (String line : lines.strip().split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] names = line.split("\\|");
			if (names.length != 2 || names[0].isBlank() || names[1].isBlank() || line.length() > 300) {
				throw new EServiceRejected("eservice.case.reject.kinds");
			}
			String code = names[1].strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
			code = code.isEmpty() ? "step-" + (kinds.size() + 1) : code.substring(0, Math.min(code.length(), 40));
			if (CLOSED.equals(code) || code.equals("case-closed")) {
				continue;
			}
			String unique = code;
			if (kinds.stream().anyMatch(k -> k.code().equals(unique))) {
				throw new EServiceRejected("eservice.case.reject.kinds");
			}
			kinds.add(new MilestoneKind(code, names[0].strip(), names[1].strip()));
		}
		if (kinds.isEmpty() || kinds.size() > 20) {
			throw new EServiceRejected("eservice.case.reject.kinds");
		}
		kinds.add(DEFAULT_KINDS.get(DEFAULT_KINDS.size() - 1));
		jdbc.sql("delete from case_milestone_kind where station_id = :station").param("station", stationId).update();
		for (int i = 0; i < kinds.size(); i++) {
			MilestoneKind kind = kinds.get(i);
			jdbc.sql("insert into case_milestone_kind (station_id, code, position, name_th, name_en)"
					+ " values (:station, :code, :position, :th, :en)")
				.param("station", stationId).param("code", kind.code()).param("position", i).param("th", kind.nameTh())
				.param("en", kind.nameEn()).update();
		}
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.case.kinds", "case_milestone_kind", "",
				kinds.stream().map(MilestoneKind::nameTh).toList() + " by " + by));
	}

	/** An address shown without its person: s***@example.com. */
	static String masked(@Nullable String email) {
		if (email == null) {
			return "";
		}
		int at = email.indexOf('@');
		return email.charAt(0) + "***" + email.substring(at);
	}

	private OfficerView officer(UUID stationId, String id) {
		return stations.officers(stationId).stream().filter(o -> o.id().toString().equals(id.strip())).findFirst()
			.orElseThrow(() -> new EServiceRejected("eservice.case.reject.officer"));
	}

	private static int targetDays(String typed) {
		try {
			int days = Integer.parseInt(typed.strip());
			if (days >= 1 && days <= 3650) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new EServiceRejected("eservice.case.reject.target");
	}

	private LocalDate date(String typed) {
		try {
			LocalDate date = TypedDates.day(typed);
			if (!date.isAfter(LocalDate.now(clock.withZone(FiscalYear.BANGKOK))) && date.getYear() >= 1957) {
				return date;
			}
		}
		catch (DateTimeParseException ex) {
			// refused below
		}
		throw new EServiceRejected("eservice.case.reject.date");
	}

	/** A plausible address, or null for none; its owner confirms it by the mails that arrive. */
	static @Nullable String email(String typed) {
		String email = typed.strip();
		if (email.isEmpty()) {
			return null;
		}
		if (email.length() > 254 || !email.matches("[^@\\s]{1,64}@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) {
			throw new EServiceRejected("eservice.case.reject.email");
		}
		return email;
	}

	private static String language(String language) {
		return "en".equals(language) ? "en" : "th";
	}

	private record Row(UUID id, CaseNumber number, @Nullable UUID officerId, int targetDays, @Nullable String email,
			@Nullable String emailLanguage, Instant registeredAt, @Nullable Instant closedAt) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Row(rs.getObject("id", UUID.class), CaseNumber.parse(rs.getString("case_number")).orElseThrow(),
				rs.getObject("officer_id", UUID.class), rs.getInt("target_days"), rs.getString("email"),
				rs.getString("email_language"), rs.getTimestamp("registered_at").toInstant(),
				closed == null ? null : closed.toInstant());
	}

	private StationCase complete(UUID stationId, Row row, List<MilestoneKind> kinds) {
		List<Milestone> milestones = jdbc.sql("select * from case_milestone where case_id = :case order by reached_on, recorded_at")
			.param("case", row.id())
			.query((rs, n) -> new Milestone(rs.getString("kind"), rs.getString("name_th"), rs.getString("name_en"),
					rs.getObject("reached_on", LocalDate.class), rs.getTimestamp("recorded_at").toInstant()))
			.list();
		Instant lastChange = milestones.stream().map(Milestone::recordedAt).max(Instant::compareTo)
			.filter(last -> last.isAfter(row.registeredAt())).orElse(row.registeredAt());
		OfficerView officer = row.officerId() == null ? null : stations.officer(stationId, row.officerId()).orElse(null);
		boolean overdue = row.closedAt() == null
				&& clock.instant().isAfter(lastChange.plus(Duration.ofDays(row.targetDays())));
		return new StationCase(row.id(), stationId, row.number(), officer, row.targetDays(), row.email(),
				row.emailLanguage(), row.registeredAt(), row.closedAt(), milestones, next(kinds, milestones, row.closedAt()),
				lastChange, overdue);
	}

	/** The step after the furthest reached on the station's list, or none once closed. */
	private static @Nullable MilestoneKind next(List<MilestoneKind> kinds, List<Milestone> milestones, @Nullable Instant closed) {
		if (closed != null) {
			return null;
		}
		int furthest = -1;
		for (Milestone m : milestones) {
			for (int i = 0; i < kinds.size(); i++) {
				if (kinds.get(i).code().equals(m.kind())) {
					furthest = Math.max(furthest, i);
				}
			}
		}
		return furthest + 1 < kinds.size() ? kinds.get(furthest + 1) : null;
	}

	/** The registration form as typed. */
	record Registration(String number, String officer, String targetDays, String receivedOn, String email) {

		/** A field the form left out is blank. */
		Registration {
			number = number == null ? "" : number;
			officer = officer == null ? "" : officer;
			targetDays = targetDays == null ? "" : targetDays;
			receivedOn = receivedOn == null ? "" : receivedOn;
			email = email == null ? "" : email;
		}
	}

	/** A newly registered case and its access code in plain. */
	record Issued(UUID caseId, String code) {
	}

	/** A milestone the station lists: a stable code and its names. */
	record MilestoneKind(String code, String nameTh, String nameEn) {

		public String name(String language) {
			return "en".equals(language) ? nameEn : nameTh;
		}
	}

	/** A milestone reached, with the names it had when it was recorded. */
	record Milestone(String kind, String nameTh, String nameEn, LocalDate reachedOn, Instant recordedAt) {

		public String name(String language) {
			return "en".equals(language) ? nameEn : nameTh;
		}
	}

	/**
	 * A case as staff and, without the e-mail, the citizen see it.
	 * @param officer the inquiry officer, or null when they have left the station's list
	 * @param next the next expected step, or null once closed
	 * @param lastChange when it was registered or its latest milestone recorded
	 */
	record StationCase(UUID id, UUID stationId, CaseNumber number, @Nullable OfficerView officer, int targetDays,
			@Nullable String email, @Nullable String emailLanguage, Instant registeredAt, @Nullable Instant closedAt,
			List<Milestone> milestones, @Nullable MilestoneKind next, Instant lastChange, boolean overdue) {

		public boolean closed() {
			return closedAt != null;
		}

		public String maskedEmail() {
			return masked(email);
		}

		public @Nullable Milestone latest() {
			return milestones.isEmpty() ? null : milestones.get(milestones.size() - 1);
		}
	}

	/** A case with the HMAC of its access code. */
	record WithCode(UUID id, byte[] codeHash) {
	}
}
