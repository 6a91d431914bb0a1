package org.prongsai.eservice;

import java.util.UUID;

import org.prongsai.platform.audit.AuditedEvent;

/** What staff change in the e-services; each change is recorded in the audit trail. */
final class EServiceEvents {

	private EServiceEvents() {
	}

	/** A record was added or removed. */
	record RecordChanged(UUID stationId, String action, String target, String beforeSummary, String afterSummary)
			implements AuditedEvent {
	}

	/**
	 * A milestone was recorded; once committed, the citizen who left an e-mail is told. It names
	 * only the case and the milestone: the event publication log keeps no address.
	 */
	record MilestoneAdded(UUID caseId, UUID milestoneId) {
	}
}
