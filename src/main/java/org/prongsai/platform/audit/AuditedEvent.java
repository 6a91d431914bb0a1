package org.prongsai.platform.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A business event that changes something and must leave an entry in the audit trail. Publishing
 * it (Spring's {@code ApplicationEventPublisher}) inside the changing transaction is enough:
 * {@link AuditTrail} records it synchronously, so the entry commits or rolls back with the change.
 * Who made the change, their roles, the client address and the time are added by the trail, as
 * the event's {@link #attribution()} allows.
 * Publish the event or pass it to {@link AuditTrail#record(AuditedEvent)}, not both: each makes an entry.
 */
public interface AuditedEvent {

	/** Dotted code of what was done, for example {@code station.profile.updated}. */
	String action();

	/** The station concerned, or null for a deployment-wide action. */
	@Nullable UUID stationId();

	/** What was changed: the record's id or name. */
	String target();

	/** Short summary of the state before the change; truncated when long. */
	default String beforeSummary() {
		return "";
	}

	/** Short summary of the state after the change; truncated when long. */
	String afterSummary();

	/**
	 * Whom the entry names and whether it keeps the client's address. No default on purpose: each
	 * event decides, so that nothing the public sends keeps an address by accident.
	 */
	Attribution attribution();

	/**
	 * Whether pages may show something else now, so that cached pages and stations are forgotten.
	 * Not for what changes nothing shown (a sign-in, failed or not): anyone may cause that at will,
	 * and each would throw the caches away.
	 */
	default boolean changesContent() {
		return true;
	}
}
