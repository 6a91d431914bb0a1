package org.prongsai.eservice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import org.prongsai.platform.audit.Retention;

/**
 * Keeps the phone number and e-mail address a citizen left with a lost-document report only while
 * an officer may need to reach them: once the report has been answered (a certificate issued, or
 * refused) for {@code prongsai.lost-document.contact-retention} (90 days by default), they are
 * erased, each day, and each erasure audited. What the certificate needs stays. Safe to run twice
 * or on several instances: a report's contact is erased, and recorded, once.
 */
@Component
class LostDocumentContactRetention extends Retention {

	private final JdbcClient jdbc;

	LostDocumentContactRetention(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions,
			@Value("${prongsai.lost-document.contact-retention:90d}") Duration retention) {
		super(clock, retention, transactions, events);
		this.jdbc = jdbc;
	}

	/** Erases the contacts of the reports answered before a moment. */
	@Override
	protected int erase(Instant answeredBefore) {
		List<Due> due = jdbc.sql("select id, station_id, reference as target from lost_document_report where status <> 'PENDING'"
				+ " and decided_at < :before and (contact_phone is not null or contact_email is not null)")
			.param("before", Timestamp.from(answeredBefore))
			.query(Due::read)
			.list();
		// Checked again in the update: another instance may have erased it meanwhile, and records it then.
		return eraseEach(due, report -> jdbc.sql("update lost_document_report set contact_phone = null, contact_email = null"
				+ " where id = :id and (contact_phone is not null or contact_email is not null)").param("id", report.id())
			.update() == 1, "eservice.lost.contact-erased", "the citizen's phone and e-mail, answered");
	}
}
