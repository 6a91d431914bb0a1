package org.prongsai.eservice;

import java.util.UUID;

import org.prongsai.platform.audit.Attribution;
import org.prongsai.platform.audit.AuditedEvent;

/** What staff and citizens change in the e-services; each change is recorded in the audit trail. */
final class EServiceEvents {

	private EServiceEvents() {
	}

	/** A member of staff added, changed or removed a record. */
	record RecordChanged(UUID stationId, String action, String target, String beforeSummary, String afterSummary)
			implements AuditedEvent {

		@Override
		public Attribution attribution() {
			return Attribution.signedIn();
		}
	}

	/**
	 * A citizen wrote something without signing in (a lost-document report, an e-mail address for
	 * their case): the entry names no one and keeps no address.
	 */
	record CitizenWrote(UUID stationId, String action, String target, String beforeSummary, String afterSummary)
			implements AuditedEvent {

		@Override
		public Attribution attribution() {
			return Attribution.anonymous();
		}

		/** Nothing a citizen writes is shown on a public page, so anyone writing at will empties no cache. */
		@Override
		public boolean changesContent() {
			return false;
		}
	}

	/**
	 * A milestone was recorded; once committed, the citizen who left an e-mail is told. It names
	 * only the case and the milestone: the event publication log keeps no address.
	 */
	record MilestoneAdded(UUID caseId, UUID milestoneId) {
	}
}
