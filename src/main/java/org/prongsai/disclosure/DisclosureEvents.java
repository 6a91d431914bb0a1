package org.prongsai.disclosure;

import java.util.UUID;

import org.prongsai.platform.audit.Attribution;
import org.prongsai.platform.audit.AuditedEvent;

/** What publishers do to the items; each is recorded in the audit trail and refreshes cached pages. */
public final class DisclosureEvents {

	private DisclosureEvents() {
	}

	/** Something of an item was published or withdrawn. */
	public record ContentPublished(UUID stationId, String action, String target, String beforeSummary,
			String afterSummary) implements AuditedEvent {

		@Override
		public Attribution attribution() {
			return Attribution.signedIn();
		}
	}
}
