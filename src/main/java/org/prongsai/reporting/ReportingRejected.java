package org.prongsai.reporting;

import org.prongsai.platform.web.Refusal;

/** Input a report's records cannot take; the message key and arguments say why, in the user's language. */
class ReportingRejected extends Refusal {

	ReportingRejected(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
