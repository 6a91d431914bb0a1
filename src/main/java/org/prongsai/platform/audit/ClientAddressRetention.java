package org.prongsai.platform.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Keeps no client address in the audit trail for good: the addresses of entries older than
 * {@code prongsai.audit.client-address-retention} (90 days by default, as long as Thai law asks
 * service providers to keep traffic data) are erased each day.
 */
@Component
class ClientAddressRetention extends Retention {

	private final AuditTrail trail;

	ClientAddressRetention(AuditTrail trail, Clock clock, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, @Value("${prongsai.audit.client-address-retention:90d}") Duration retention) {
		super(clock, retention, transactions, events);
		this.trail = trail;
	}

	@Override
	protected int erase(Instant keptUntil) {
		return trail.eraseClientAddresses(keptUntil);
	}
}
