package org.prongsai.station;

import java.util.List;

import org.prongsai.platform.web.Refusal;

/**
 * An officer cannot be deleted while an account belongs to them: the account would silently become
 * no one's, and complaints naming the officer's unit could then reach it. The argument of its
 * message is the accounts' usernames.
 */
class OfficerHasAccountsException extends Refusal {

	OfficerHasAccountsException(List<String> usernames) {
		super("station.admin.officer.delete.refused", String.join(", ", usernames));
	}
}
