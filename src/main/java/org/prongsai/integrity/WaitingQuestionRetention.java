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
 * Keeps no asker's name, e-mail address or question as typed for good when no moderator gets to
 * the question: an answer or a refusal deletes them, and a question still waiting after
 * {@code prongsai.integrity.questions.waiting-retention} (180 days by default) loses them, each
 * day, each erasure audited. The masked question stays, so a moderator may still answer or refuse
 * it. Safe to run twice or on several instances: a question's asker is erased, and recorded, once.
 */
@Component
class WaitingQuestionRetention extends Retention {

	/** What the asker typed is there still. */
	private static final String TYPED = "(asker_name is not null or asker_email is not null or body is not null)";

	private final JdbcClient jdbc;

	WaitingQuestionRetention(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions,
			@Value("${prongsai.integrity.questions.waiting-retention:180d}") Duration retention) {
		super(clock, retention, transactions, events);
		this.jdbc = jdbc;
	}

	/** Erases what the askers typed of the questions asked before a moment and waiting still. */
	@Override
	protected int erase(Instant askedBefore) {
		return eraseEach(jdbc, "select id, station_id, cast(id as varchar(36)) as target from question where status = 'WAITING'"
				+ " and asked_at < :before and " + TYPED, askedBefore,
				// A moderator may have answered it meanwhile, and erased it then.
				"update question set asker_name = null, asker_email = null, body = null where id = :id and status = 'WAITING'"
						+ " and " + TYPED,
				"integrity.question.asker-erased", "the asker's name, e-mail and question as typed, waiting");
	}
}
