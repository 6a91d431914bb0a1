package org.prongsai.eservice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import org.prongsai.platform.audit.Retention;
import org.prongsai.platform.files.Files;

/**
 * Keeps what a citizen left with a lost-document report for an officer to reach them and see the
 * loss (their phone number and e-mail address, and the photo, often of an ID card) only while the
 * officer may need it: once the report has been answered, or has waited unanswered, for its period
 * (see the two kinds), they are erased, each day, and each erasure audited. What the certificate
 * needs stays. Safe to run twice or on several instances: a report's contact and its photo are
 * each erased, and recorded, once.
 */
abstract class LostDocumentRetention extends Retention {

	/** The citizen's phone or e-mail is there still. */
	private static final String CONTACT = "(contact_phone is not null or contact_email is not null)";

	private final JdbcClient jdbc;

	private final Files files;

	/** Which reports the period ended for before {@code :before}, as a condition on their columns. */
	private final String ended;

	/** Why they are erased, for the audit trail: "answered" or "waiting". */
	private final String state;

	LostDocumentRetention(JdbcClient jdbc, Files files, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions, Duration retention, String ended, String state) {
		super(clock, retention, transactions, events);
		this.jdbc = jdbc;
		this.files = files;
		this.ended = ended;
		this.state = state;
	}

	/** Erases the contacts and photos of the reports whose period ended before a moment. */
	@Override
	protected int erase(Instant endedBefore) {
		return eraseContacts(endedBefore) + erasePhotos(endedBefore);
	}

	private int eraseContacts(Instant endedBefore) {
		return eraseEach(jdbc, due(CONTACT), endedBefore,
				"update lost_document_report set contact_phone = null, contact_email = null where id = :id and " + CONTACT,
				"eservice.lost.contact-erased", "the citizen's phone and e-mail, " + state);
	}

	/** The photo's record goes with the report's reference to it, and its content once no record names it. */
	private int erasePhotos(Instant endedBefore) {
		return eraseEach(due(jdbc, due("photo_id is not null"), endedBefore), report -> {
			Optional<UUID> photo = jdbc.sql("select photo_id from lost_document_report where id = :id and photo_id is not null")
				.param("id", report.id()).query(UUID.class).optional();
			// Checked again in the update: another instance may have erased it meanwhile, and records it then.
			if (photo.isEmpty() || jdbc.sql("update lost_document_report set photo_id = null where id = :id and photo_id = :photo")
				.param("id", report.id()).param("photo", photo.get()).update() == 0) {
				return false;
			}
			files.forget(report.stationId(), photo.get());
			return true;
		}, "eservice.lost.photo-erased", "the citizen's photo, " + state);
	}

	/** A query of the reports whose period ended before {@code :before} that still hold what the condition asks. */
	private String due(String holding) {
		return "select id, station_id, reference as target from lost_document_report where " + ended + " and " + holding;
	}

	/**
	 * Once a report has been answered (a certificate issued, or refused) for
	 * {@code prongsai.lost-document.contact-retention}, 90 days by default.
	 */
	@Component
	static class Answered extends LostDocumentRetention {

		Answered(JdbcClient jdbc, Files files, ApplicationEventPublisher events, Clock clock,
				PlatformTransactionManager transactions,
				@Value("${prongsai.lost-document.contact-retention:90d}") Duration retention) {
			super(jdbc, files, events, clock, transactions, retention, "status <> 'PENDING' and decided_at < :before",
					"answered");
		}
	}

	/**
	 * Once a report has waited unanswered for {@code prongsai.lost-document.waiting-retention}, 180
	 * days by default: by then the citizen has gone to the desk or no longer needs the certificate,
	 * which an officer may still issue.
	 */
	@Component
	static class Unanswered extends LostDocumentRetention {

		Unanswered(JdbcClient jdbc, Files files, ApplicationEventPublisher events, Clock clock,
				PlatformTransactionManager transactions,
				@Value("${prongsai.lost-document.waiting-retention:180d}") Duration retention) {
			super(jdbc, files, events, clock, transactions, retention, "status = 'PENDING' and submitted_at < :before",
					"waiting");
		}
	}
}
