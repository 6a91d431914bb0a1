package org.prongsai.platform.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One audit entry as shown to administrators.
 *
 * @param seq position in the chain, from 1 without gaps
 * @param stationId null for a deployment-wide action
 * @param actor user name, {@code anonymous} or {@code system}
 * @param actorRoles the actor's roles without the {@code ROLE_} prefix, comma-separated
 * @param clientAddress null when the change did not come from a web request
 */
public record AuditEntryView(long seq, Instant occurredAt, @Nullable UUID stationId, String actor, String actorRoles,
		String action, String target, String beforeSummary, String afterSummary, @Nullable String clientAddress) {
}
