package org.prongsai.eservice;

import org.prongsai.platform.web.Refusal;

/** Input an e-service's records cannot take; the message key and arguments say why, in the user's language. */
class EServiceRejected extends Refusal {

	EServiceRejected(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
