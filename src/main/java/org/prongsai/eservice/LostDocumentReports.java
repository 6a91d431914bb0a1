package org.prongsai.eservice;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
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
import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.calendar.TypedDates;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.files.StoredFileView;
import org.prongsai.platform.security.ReadableCodes;
import org.prongsai.platform.web.SubmissionQuotas;
import org.prongsai.platform.web.SubmissionRefused;

/**
 * Lost-document reports (แจ้งเอกสารหาย) that citizens file online, for an officer to check and
 * answer with a certificate or a reason. A report keeps only what the certificate needs: the
 * holder's name, the last four characters of their ID card or passport number, and of the lost
 * document's number only its last four too, which is enough for a bank or an office to match the
 * certificate to the document and useless to anyone who would misuse it. The holder's contact is
 * kept for the officer to reach them.
 */
@Service
@Transactional
class LostDocumentReports {

	/** The kinds of document people lose, as the form lists them. */
	static final List<String> DOCUMENT_TYPES = List.of("ID_CARD", "DRIVING_LICENCE", "PASSPORT", "HOUSE_REGISTRATION",
			"BANK_BOOK", "OTHER");

	/** Whose number identifies the holder: a Thai ID card, or a passport for foreigners. */
	static final List<String> ID_KINDS = List.of("ID_CARD", "PASSPORT");

	/** A loss longer ago than this is not reported online; the desk can help. */
	private static final int OLDEST_YEARS = 10;

	private final JdbcClient jdbc;
	private final Files files;
	private final SubmissionQuotas quotas;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	LostDocumentReports(JdbcClient jdbc, Files files, SubmissionQuotas quotas, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.quotas = quotas;
		this.events = events;
		this.clock = clock;
	}

	/** A token for one filling-in of the form: the same token submitted twice finds the first report. */
	String newSubmission() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Files a report, or finds the one this form already filed.
	 * @param photo the photo of the document or of a police slip, checked as a
	 *     {@link org.prongsai.platform.files.FileUse#PHOTO} before this is called, or null
	 * @param client who sent it, for the quotas only; never stored
	 * @return the report's reference, for the citizen to quote
	 * @throws EServiceRejected for a field that is missing or wrong; nothing is kept then
	 * @throws SubmissionRefused when a quota of reports is used up; nothing is kept then
	 */
	String file(UUID stationId, ReportEntry entry, @Nullable CheckedFile photo, String client) {
		if (!entry.submission().matches("[A-Za-z0-9_-]{24}")) {
			throw new EServiceRejected("eservice.lost.reject.form");
		}
		Optional<String> filed = referenceFor(stationId, entry.submission());
		if (filed.isPresent()) {
			return filed.get();
		}
		Checked checked = check(entry);
		quotas.admit("lost-document", stationId, client, photo == null ? 0 : photo.sizeBytes());
		UUID photoId = photo == null ? null : files.keep(stationId, photo, "public").id();
		String reference = newReference();
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into lost_document_report (id, station_id, reference, submission, document_type, document_other,"
				+ " document_tail, lost_place, lost_on, holder_name, holder_id_kind, holder_id_tail, contact_phone, contact_email,"
				+ " photo_id, status, submitted_at) values (:id, :station, :reference, :submission, :type, :other, :tail, :place,"
				+ " :lostOn, :name, :idKind, :idTail, :phone, :email, :photo, 'PENDING', :now)")
			.param("id", id).param("station", stationId).param("reference", reference)
			.param("submission", entry.submission()).param("type", entry.documentType())
			.param("other", checked.documentOther()).param("tail", checked.documentTail())
			.param("place", entry.lostPlace().strip()).param("lostOn", checked.lostOn())
			.param("name", checked.holderName()).param("idKind", entry.holderIdKind()).param("idTail", checked.holderIdTail())
			.param("phone", checked.phone()).param("email", checked.email()).param("photo", photoId)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		// The trail names the report, not the person: its entry must not become a copy of the personal data.
		events.publishEvent(new EServiceEvents.CitizenWrote(stationId, "eservice.lost.filed", reference, "",
				entry.documentType() + (photoId == null ? "" : ", with photo")));
		return reference;
	}

	/** The reference of the report this form filed, if it filed one. */
	@Transactional(readOnly = true)
	Optional<String> referenceFor(UUID stationId, String submission) {
		return jdbc.sql("select reference from lost_document_report where station_id = :station and submission = :submission")
			.param("station", stationId).param("submission", submission).query(String.class).optional();
	}

	/** The reports waiting for an officer, oldest first. */
	@Transactional(readOnly = true)
	List<Report> pending(UUID stationId) {
		return jdbc.sql("select * from lost_document_report where station_id = :station and status = 'PENDING'"
				+ " order by submitted_at, reference")
			.param("station", stationId).query(LostDocumentReports::report).list();
	}

	/** The reports answered lately, newest first. */
	@Transactional(readOnly = true)
	List<Report> recentlyDecided(UUID stationId) {
		return jdbc.sql("select * from lost_document_report where station_id = :station and status <> 'PENDING'"
				+ " order by decided_at desc, reference limit 20")
			.param("station", stationId).query(LostDocumentReports::report).list();
	}

	/** The station's report, without a trace in the audit trail: for the station's own use. */
	@Transactional(readOnly = true)
	Optional<Report> find(UUID stationId, String reference) {
		return jdbc.sql("select * from lost_document_report where station_id = :station and reference = :reference")
			.param("station", stationId).param("reference", reference.strip().toUpperCase(Locale.ROOT))
			.query(LostDocumentReports::report).optional();
	}

	/** An officer opens the station's report with its personal data; the audit trail says who did. */
	Optional<Report> open(UUID stationId, String reference) {
		Optional<Report> report = find(stationId, reference);
		report.ifPresent(r -> events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.lost.opened",
				r.reference(), "", "personal data shown")));
		return report;
	}

	/**
	 * The photo the citizen sent with the report, if any and not erased yet (see
	 * {@link LostDocumentRetention}); opening it is audited.
	 */
	Optional<StoredFileView> photo(UUID stationId, Report report) {
		Optional<StoredFileView> photo = report.photoId() == null ? Optional.empty() : files.find(stationId, report.photoId());
		photo.ifPresent(p -> events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.lost.photo-opened",
				report.reference(), "", "photo shown")));
		return photo;
	}

	/**
	 * Declines a pending report.
	 * @throws EServiceRejected without a reason, or when the report is not pending
	 */
	void reject(UUID stationId, String reference, String reason, String by) {
		String why = reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw new EServiceRejected("eservice.lost.reject.reason");
		}
		decide(stationId, reference, "REJECTED", why, by);
		// The reason stays with the report: what an officer types may name a person, and the trail is kept for good.
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.lost.rejected", reference, "PENDING",
				"REJECTED, with a reason"));
	}

	/**
	 * Marks a pending report as answered.
	 * @throws EServiceRejected when it is not pending: answered already, or not the station's
	 */
	void decide(UUID stationId, String reference, String status, @Nullable String reason, String by) {
		if (jdbc.sql("update lost_document_report set status = :status, decision_reason = :reason, decided_by = :by,"
				+ " decided_at = :now where station_id = :station and reference = :reference and status = 'PENDING'")
			.param("status", status).param("reason", reason).param("by", by).param("now", Timestamp.from(clock.instant()))
			.param("station", stationId).param("reference", reference).update() == 0) {
			throw new EServiceRejected("eservice.lost.reject.decided");
		}
	}

	private Checked check(ReportEntry entry) {
		if (!DOCUMENT_TYPES.contains(entry.documentType())) {
			throw new EServiceRejected("eservice.lost.reject.type");
		}
		String other = entry.documentOther().strip();
		if ("OTHER".equals(entry.documentType()) && (other.isEmpty() || other.length() > 100)) {
			throw new EServiceRejected("eservice.lost.reject.other");
		}
		String number = entry.documentNumber().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (!number.isEmpty() && !number.matches("[A-Z0-9]{4,20}")) {
			throw new EServiceRejected("eservice.lost.reject.number");
		}
		String place = entry.lostPlace().strip();
		if (place.isEmpty() || place.length() > 200) {
			throw new EServiceRejected("eservice.lost.reject.place");
		}
		LocalDate lostOn;
		try {
			lostOn = TypedDates.day(entry.lostOn());
		}
		catch (DateTimeParseException ex) {
			throw new EServiceRejected("eservice.lost.reject.date");
		}
		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.BANGKOK));
		if (lostOn.isAfter(today)) {
			throw new EServiceRejected("eservice.lost.reject.future");
		}
		if (lostOn.isBefore(today.minusYears(OLDEST_YEARS))) {
			throw new EServiceRejected("eservice.lost.reject.old", OLDEST_YEARS);
		}
		String name = entry.holderName().strip().replaceAll("\\s+", " ");
		if (name.isEmpty() || name.length() > 120 || !name.matches("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*")) {
			throw new EServiceRejected("eservice.lost.reject.name");
		}
		if (!ID_KINDS.contains(entry.holderIdKind())) {
			throw new EServiceRejected("eservice.lost.reject.id-kind");
		}
		String idTail = entry.holderIdTail().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (!idTail.matches("ID_CARD".equals(entry.holderIdKind()) ? "[0-9]{4}" : "[A-Z0-9]{4}")) {
			throw new EServiceRejected("eservice.lost.reject.id-tail");
		}
		String phone = entry.phone().strip();
		String email = entry.email().strip();
		if (phone.isEmpty() && email.isEmpty()) {
			throw new EServiceRejected("eservice.lost.reject.contact");
		}
		if (!phone.isEmpty() && !phone.matches("\\+?[0-9][0-9 -]{7,18}[0-9]")) {
			throw new EServiceRejected("eservice.lost.reject.phone");
		}
		if (!email.isEmpty() && (email.length() > 120 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			throw new EServiceRejected("eservice.lost.reject.email");
		}
		return new Checked("OTHER".equals(entry.documentType()) ? other : null,
				number.isEmpty() ? null : number.substring(number.length() - 4), lostOn, name, idTail,
				phone.isEmpty() ? null : phone, email.isEmpty() ? null : email);
	}

	/** Ten characters of Crockford's base 32: 50 random bits, short enough to read over the phone. */
	private String newReference() {
		return ReadableCodes.normalised(ReadableCodes.random(random, 10));
	}

	private static Report report(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Report(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("document_type"),
				rs.getString("document_other"), rs.getString("document_tail"), rs.getString("lost_place"),
				rs.getObject("lost_on", LocalDate.class), rs.getString("holder_name"), rs.getString("holder_id_kind"),
				rs.getString("holder_id_tail"), rs.getString("contact_phone"), rs.getString("contact_email"),
				rs.getObject("photo_id", UUID.class), rs.getString("status"), rs.getString("decision_reason"),
				rs.getTimestamp("submitted_at").toInstant(), decided == null ? null : decided.toInstant());
	}

	private record Checked(@Nullable String documentOther, @Nullable String documentTail, LocalDate lostOn,
			String holderName, String holderIdTail, @Nullable String phone, @Nullable String email) {
	}

	/** The form as typed; a field left out is blank. */
	record ReportEntry(String submission, String documentType, String documentOther, String documentNumber,
			String lostPlace, String lostOn, String holderName, String holderIdKind, String holderIdTail, String phone,
			String email) {

		ReportEntry {
			submission = submission == null ? "" : submission;
			documentType = documentType == null ? "" : documentType;
			documentOther = documentOther == null ? "" : documentOther;
			documentNumber = documentNumber == null ? "" : documentNumber;
			lostPlace = lostPlace == null ? "" : lostPlace;
			lostOn = lostOn == null ? "" : lostOn;
			holderName = holderName == null ? "" : holderName;
			holderIdKind = holderIdKind == null ? "" : holderIdKind;
			holderIdTail = holderIdTail == null ? "" : holderIdTail;
			phone = phone == null ? "" : phone;
			email = email == null ? "" : email;
		}
	}

	/** A report as kept. */
	record Report(UUID id, String reference, String documentType, @Nullable String documentOther,
			@Nullable String documentTail, String lostPlace, LocalDate lostOn, String holderName, String holderIdKind,
			String holderIdTail, @Nullable String phone, @Nullable String email, @Nullable UUID photoId, String status,
			@Nullable String decisionReason, Instant submittedAt, @Nullable Instant decidedAt) {

		/** The holder's name as lists show it. */
		public String holderMasked() {
			return CertificateCodes.maskedName(holderName);
		}

		public boolean pending() {
			return "PENDING".equals(status);
		}
	}
}
