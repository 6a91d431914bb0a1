package org.prongsai.integrity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import org.prongsai.platform.audit.Retention;

/**
 * Keeps a complainant's identity (the name and contact they chose to give) no longer than the
 * complaint needs it: once a complaint has stayed concluded for
 * {@code prongsai.integrity.complaints.identity-retention} (365 days by default, time for it to be
 * reopened on new information), the sealed identity is erased, each day, and each erasure audited.
 * What the complaint says stays for the records and the statistics. Safe to run twice or on
 * several instances: a complaint's identity is erased, and recorded, once.
 */
@Component
class ComplainantIdentityRetention extends Retention {

	private final JdbcClient jdbc;

	ComplainantIdentityRetention(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions,
			@Value("${prongsai.integrity.complaints.identity-retention:365d}") Duration retention) {
		super(clock, retention, transactions, events);
		this.jdbc = jdbc;
	}

	/** Erases the identities of the complaints concluded, and not reopened, before a moment. */
	@Override
	protected int erase(Instant concludedBefore) {
		return eraseEach(jdbc, "select c.id, c.station_id, c.locator as target from complaint c where c.identity is not null"
				+ " and c.stage = 'CONCLUDED' and (select max(s.reached_at) from complaint_stage s where s.complaint_id = c.id"
				+ " and s.stage = 'CONCLUDED') < :before", concludedBefore,
				"update complaint set identity = null where id = :id and identity is not null",
				"integrity.complaint.identity-erased", "the complainant's name and contact, concluded");
	}
}
