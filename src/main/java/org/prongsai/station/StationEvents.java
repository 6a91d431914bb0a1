package org.prongsai.station;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.prongsai.platform.audit.Attribution;
import org.prongsai.platform.audit.AuditedEvent;

/** What happens to stations, their organisation and accounts; each is recorded in the audit trail. */
final class StationEvents {

	private StationEvents() {
	}

	record StationCreated(UUID stationId, String code, String afterSummary) implements AuditedEvent {
		public Attribution attribution() {
			return Attribution.signedIn();
		}

		public String action() {
			return "station.created";
		}

		public String target() {
			return code;
		}
	}

	record StationProfileUpdated(UUID stationId, String code, String beforeSummary, String afterSummary)
			implements AuditedEvent {
		public Attribution attribution() {
			return Attribution.signedIn();
		}

		public String action() {
			return "station.profile.updated";
		}

		public String target() {
			return code;
		}
	}

	record StationPhotoChanged(UUID stationId, String code, String afterSummary) implements AuditedEvent {
		public Attribution attribution() {
			return Attribution.signedIn();
		}

		public String action() {
			return "station.photo.changed";
		}

		public String target() {
			return code;
		}
	}

	/**
	 * A unit or an officer was added, changed, moved or deleted, or an officer's photo changed.
	 * @param action one of the {@code organisation.*} codes of {@link OrganisationAdministration}
	 */
	record OrganisationChanged(UUID stationId, String action, String target, String beforeSummary,
			String afterSummary) implements AuditedEvent {

		public Attribution attribution() {
			return Attribution.signedIn();
		}
	}

	record AccountCreated(@Nullable UUID stationId, String username, String afterSummary) implements AuditedEvent {
		public Attribution attribution() {
			return Attribution.signedIn();
		}

		public String action() {
			return "account.created";
		}

		public String target() {
			return username;
		}
	}

	record AccountOfficerAssigned(UUID stationId, String username, String beforeSummary, String afterSummary)
			implements AuditedEvent {
		public Attribution attribution() {
			return Attribution.signedIn();
		}

		public String action() {
			return "account.officer.assigned";
		}

		public String target() {
			return username;
		}
	}

	record PasswordReset(@Nullable UUID stationId, String username) implements AuditedEvent {
		public Attribution attribution() {
			return Attribution.signedIn();
		}

		public String action() {
			return "account.password.reset";
		}

		public String target() {
			return username;
		}

		public String afterSummary() {
			return "new password issued";
		}
	}

	record SignInSucceeded(@Nullable UUID stationId, String username) implements AuditedEvent {
		public Attribution attribution() {
			return Attribution.signedIn();
		}

		public String action() {
			return "security.sign-in.succeeded";
		}

		public String target() {
			return username;
		}

		public String afterSummary() {
			return "signed in";
		}

		public boolean changesContent() {
			return false;
		}
	}

	/** The station is unknown when the name matched no account; the attempt is still recorded. */
	record SignInFailed(@Nullable UUID stationId, String username, String afterSummary) implements AuditedEvent {
		/** Whoever tries, they are not signed in; where the attempts come from is what shows an attack. */
		public Attribution attribution() {
			return Attribution.anonymousKeepingAddress("failed sign-ins are traced to where they come from, to see an attack on the accounts");
		}

		public String action() {
			return "security.sign-in.failed";
		}

		public String target() {
			return username;
		}

		public boolean changesContent() {
			return false;
		}
	}
}
