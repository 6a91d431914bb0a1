package org.prongsai.integrity;

import java.util.UUID;

import org.prongsai.platform.audit.Attribution;
import org.prongsai.platform.audit.AuditedEvent;

/** What changes in the integrity channels; each change is recorded in the audit trail. */
final class IntegrityEvents {

	private IntegrityEvents() {
	}

	/**
	 * A question was asked (by someone of the public, who is named by no one and keeps no address
	 * in the trail), or answered or refused by a moderator.
	 */
	record QuestionChanged(UUID stationId, String action, String target, String beforeSummary, String afterSummary,
			boolean byModerator) implements AuditedEvent {

		@Override
		public Attribution attribution() {
			return byModerator ? Attribution.signedIn() : Attribution.anonymous();
		}

		/** A question asked waits for its answer: only a moderator's step can change a public page. */
		@Override
		public boolean changesContent() {
			return byModerator;
		}
	}

	/**
	 * A complaint was received, written to, opened or moved on. The target is its locator; the
	 * summaries never hold what it says. What the complainant does is recorded as done by the
	 * anonymous complainant: no account, role or address, whoever is signed in in their browser.
	 * @param byOfficer done by the station's or the region's staff, or by the application itself
	 */
	record ComplaintChanged(UUID stationId, String action, String target, String beforeSummary, String afterSummary,
			boolean byOfficer) implements AuditedEvent {

		@Override
		public Attribution attribution() {
			return byOfficer ? Attribution.signedIn() : Attribution.anonymous();
		}

		/** What a complainant does is never on a public page; the statistics count only published dates. */
		@Override
		public boolean changesContent() {
			return byOfficer;
		}
	}

	/**
	 * Someone rated a service with the station's feedback form. The summary names the service and
	 * the rating and says whether a comment came with it, never what it says; the entry names no one.
	 */
	record FeedbackGiven(UUID stationId, String target, String afterSummary) implements AuditedEvent {

		@Override
		public String action() {
			return "integrity.feedback.given";
		}

		@Override
		public Attribution attribution() {
			return Attribution.anonymous();
		}

		/** Feedback is read by the commander only; a rating shows on no public page. */
		@Override
		public boolean changesContent() {
			return false;
		}
	}
}
