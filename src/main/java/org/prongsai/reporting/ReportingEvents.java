package org.prongsai.reporting;

import java.util.UUID;

import org.prongsai.platform.audit.Attribution;
import org.prongsai.platform.audit.AuditedEvent;

/** What officers do to the reporting records; each is recorded in the audit trail. */
final class ReportingEvents {

	private ReportingEvents() {
	}

	/** A record was added, changed or deleted by a member of staff. */
	record RecordChanged(UUID stationId, String action, String target, String beforeSummary, String afterSummary)
			implements AuditedEvent {

		@Override
		public Attribution attribution() {
			return Attribution.signedIn();
		}
	}
}
