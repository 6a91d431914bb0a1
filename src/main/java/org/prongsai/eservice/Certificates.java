package org.prongsai.eservice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.documents.DocumentInfo;
import org.prongsai.platform.documents.PdfDocuments;
import org.prongsai.platform.documents.QrCode;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.station.StationView;

/**
 * The certificates a station issues for lost-document reports (หนังสือรับรองการแจ้งเอกสารหาย),
 * each carrying a code that is the station's signature over what it says. Verification
 * recomputes the content from the stored certificate and checks the signature with the station's
 * keys, which are kept outside the database: a row edited after issue, or one inserted without
 * the station's key, fails, even in a copied database.
 */
@Service
@Transactional
class Certificates {

	private static final int VERIFIED_KEPT = 10_000;

	private final JdbcClient jdbc;
	private final LostDocumentReports reports;
	private final SigningKeys keys;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final PdfDocuments pdfs;

	/** Codes whose signature was found valid, with the content it held for; only valid codes enter, and at most so many. */
	private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

	Certificates(JdbcClient jdbc, LostDocumentReports reports, SigningKeys keys, ApplicationEventPublisher events,
			Clock clock, PdfDocuments pdfs) {
		this.pdfs = pdfs;
		this.jdbc = jdbc;
		this.reports = reports;
		this.keys = keys;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Issues the certificate for a pending report of the station, numbered in the station's
	 * sequence for the Buddhist year ("12/2569"), and signs it with the station's current key.
	 * @param officer the issuing officer's name as the certificate prints it
	 * @throws EServiceRejected when the report is not pending
	 */
	Certificate issue(StationView station, String reference, String officer, String by) {
		LostDocumentReports.Report report = reports.find(station.id(), reference)
			.orElseThrow(() -> new EServiceRejected("eservice.lost.reject.decided"));
		reports.decide(station.id(), report.reference(), "ISSUED", null, by);
		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.BANGKOK));
		int year = today.getYear() + 543;
		int next = jdbc.sql("select coalesce(max(serial), 0) + 1 from lost_document_certificate where station_id = :station"
				+ " and year_be = :year").param("station", station.id()).param("year", year).query(Integer.class).single();
		CertificateCodes.Content content = new CertificateCodes.Content(station.code(), next + "/" + year, today,
				report.documentType(), CertificateCodes.maskedName(report.holderName()), report.holderIdKind(),
				report.holderIdTail(), officer);
		String code = CertificateCodes.encode(keys.sign(station.code(), content.canonical()));
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into lost_document_certificate (id, station_id, report_id, number, issued_on, document_type,"
				+ " holder_masked, holder_id_kind, holder_id_tail, officer, code, year_be, serial) values (:id, :station, :report,"
				+ " :number, :issued, :type, :holder, :idKind, :idTail, :officer, :code, :year, :serial)")
			.param("year", year).param("serial", next).param("id", id).param("station", station.id()).param("report", report.id()).param("number", content.number())
			.param("issued", today).param("type", content.documentType()).param("holder", content.holderMasked())
			.param("idKind", content.holderIdKind()).param("idTail", content.holderIdTail()).param("officer", officer)
			.param("code", code)
			.update();
		events.publishEvent(new EServiceEvents.RecordChanged(station.id(), "eservice.certificate.issued", content.number(),
				"report " + report.reference(), "issued by " + officer + ", key " + code.substring(0, 11)));
		return new Certificate(id, report.reference(), content, code, null, null);
	}

	/**
	 * Revokes an issued certificate: its verification page says so from now on. Only the officer
	 * who issued it or the station administrator may: every officer of the station issues
	 * certificates, and a revocation tells a bank or an office that the citizen's paper is void.
	 * @throws EServiceRejected without a reason, when there is no certificate or it is
	 *     revoked already, or when the person may not revoke it
	 */
	void revoke(StationView station, String reference, String reason, ProngsaiUser by) {
		UUID stationId = station.id();
		String why = reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw new EServiceRejected("eservice.lost.reject.reason");
		}
		Certificate certificate = forReport(station, reference)
			.orElseThrow(() -> new EServiceRejected("eservice.certificate.reject.revoked"));
		if (!mayRevoke(stationId, reference, by)) {
			throw new EServiceRejected("eservice.certificate.reject.not-yours");
		}
		if (jdbc.sql("update lost_document_certificate set revoked_at = :now, revoked_reason = :reason, revoked_by = :by"
				+ " where id = :id and revoked_at is null")
			.param("now", Timestamp.from(clock.instant())).param("reason", why).param("by", by.getUsername())
			.param("id", certificate.id())
			.update() == 0) {
			throw new EServiceRejected("eservice.certificate.reject.revoked");
		}
		// The reason stays with the certificate: what an officer types may name a person, and the trail is kept for good.
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.certificate.revoked",
				certificate.content().number(), "valid", "revoked, with a reason"));
	}

	/** Whether the person issued the certificate of the station's report, or administers the station. */
	@Transactional(readOnly = true)
	boolean mayRevoke(UUID stationId, String reference, ProngsaiUser user) {
		return user.has(Role.STATION_ADMIN) || jdbc.sql("select count(*) from lost_document_report where station_id = :station"
				+ " and reference = :reference and status = 'ISSUED' and decided_by = :by")
			.param("station", stationId).param("reference", reference).param("by", user.getUsername())
			.query(Long.class).single() > 0;
	}

	/** The certificate issued for the station's report, if any. */
	@Transactional(readOnly = true)
	Optional<Certificate> forReport(StationView station, String reference) {
		return jdbc.sql("select c.*, r.reference from lost_document_certificate c"
				+ " join lost_document_report r on r.id = c.report_id where c.station_id = :station and r.reference = :reference")
			.param("station", station.id()).param("reference", reference).query(certificates(station)).optional();
	}

	/**
	 * What a verification code says about a certificate of the station: valid, revoked, or nothing
	 * at all. A code that is malformed, unknown, signed by no key of the station, or whose
	 * certificate no longer matches its signature all get the same answer.
	 */
	@Transactional(readOnly = true)
	Verification verify(StationView station, String code) {
		Optional<SigningKeys.Signed> signed = CertificateCodes.decode(code);
		if (signed.isEmpty()) {
			return Verification.INVALID;
		}
		Optional<Certificate> found = jdbc.sql("select c.*, r.reference from lost_document_certificate c"
				+ " join lost_document_report r on r.id = c.report_id where c.station_id = :station and c.code = :code")
			.param("station", station.id()).param("code", code).query(certificates(station)).optional();
		if (found.isEmpty() || !signatureHolds(station, code, signed.get(), found.get().content().canonical())) {
			return Verification.INVALID;
		}
		return new Verification(found.get().revokedAt() == null ? Status.VALID : Status.REVOKED, found.get());
	}

	/**
	 * Whether the signature the code carries is the station's over exactly this content. An Ed25519
	 * verification costs about a millisecond, more than the rest of the page, so each code remembers
	 * the content it was last found valid for: the same content again needs no new check, while a
	 * row edited since reads as different content and is checked (and fails) afresh.
	 */
	private boolean signatureHolds(StationView station, String code, SigningKeys.Signed signed, byte[] content) {
		byte[] known = verified.get(code);
		if (known != null && Arrays.equals(known, content)) {
			return true;
		}
		if (!keys.verify(station.code(), signed.keyId(), signed.signature(), content)) {
			return false;
		}
		if (verified.size() >= VERIFIED_KEPT) {
			verified.clear();
		}
		verified.put(code, content);
		return true;
	}

	/**
	 * The certificate as a PDF to print and hand over: what was reported lost, and a QR code of its
	 * verification page with the address printed under it.
	 * @param base the portal's public address, without a trailing slash
	 */
	@Transactional(readOnly = true)
	byte[] pdf(StationView station, Certificate certificate, LostDocumentReports.Report report, String base) {
		String address = base + certificate.verifyPath();
		String qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(address, 600));
		return pdfs.pdf("eservice/certificate", Map.of("station", station, "certificate", certificate, "content",
				certificate.content(), "report", report, "qr", qr, "address", address),
				new DocumentInfo("หนังสือรับรองการแจ้งเอกสารหาย เลขที่ " + certificate.content().number(),
						station.profile().nameTh(), "Lost-document certificate", certificate.content().issuedOn()));
	}

	/** A certificate row of the station; the station's code, which its content names, comes from the station itself. */
	private static RowMapper<Certificate> certificates(StationView station) {
		return (rs, n) -> {
			Timestamp revoked = rs.getTimestamp("revoked_at");
			return new Certificate(rs.getObject("id", UUID.class), rs.getString("reference"),
					new CertificateCodes.Content(station.code(), rs.getString("number"),
							rs.getObject("issued_on", LocalDate.class), rs.getString("document_type"),
							rs.getString("holder_masked"), rs.getString("holder_id_kind"), rs.getString("holder_id_tail"),
							rs.getString("officer")),
					rs.getString("code"), revoked == null ? null : revoked.toInstant(), rs.getString("revoked_reason"));
		};
	}

	/** An issued certificate: what it says, its code, and when and why it was revoked, if it was. */
	record Certificate(UUID id, String reference, CertificateCodes.Content content, String code,
			@Nullable Instant revokedAt, @Nullable String revokedReason) {

		/** The path of its verification page under the portal's address. */
		public String verifyPath() {
			return "/" + content.station() + "/verify/" + code;
		}

		public boolean revoked() {
			return revokedAt != null;
		}
	}

	/** What verification found. */
	enum Status {
		VALID, REVOKED, INVALID
	}

	/** A verification's answer: the certificate only when its signature holds. */
	record Verification(Status status, @Nullable Certificate certificate) {

		static final Verification INVALID = new Verification(Status.INVALID, null);
	}
}
