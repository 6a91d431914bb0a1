package org.prongsai.integrity;

import java.util.UUID;

import org.prongsai.platform.audit.AuditedEvent;

/** What changes in the integrity channels; each change is recorded in the audit trail. */
final class IntegrityEvents {

	private IntegrityEvents() {
	}

	/** A question was asked, answered or refused. */
	record QuestionChanged(UUID stationId, String action, String target, String beforeSummary, String afterSummary)
			implements AuditedEvent {
	}
}
