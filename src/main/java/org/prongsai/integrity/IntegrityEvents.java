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

	/**
	 * Someone rated a service with the station's feedback form. The summary names the service and
	 * the rating and says whether a comment came with it, never what it says.
	 */
	record FeedbackGiven(UUID stationId, String target, String afterSummary) implements AuditedEvent {

		@Override
		public String action() {
			return "integrity.feedback.given";
		}
	}
}
