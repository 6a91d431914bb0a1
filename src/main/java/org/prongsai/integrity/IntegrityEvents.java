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
	 * A complaint was received, written to, opened or moved on. The target is its locator; the
	 * summaries never hold what it says. What the complainant does is recorded without their address.
	 */
	record ComplaintChanged(UUID stationId, String action, String target, String beforeSummary, String afterSummary,
			boolean byOfficer) implements AuditedEvent {

		ComplaintChanged(UUID stationId, String action, String target, String beforeSummary, String afterSummary) {
			this(stationId, action, target, beforeSummary, afterSummary, false);
		}

		@Override
		public boolean keepsClientAddress() {
			return byOfficer;
		}
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
