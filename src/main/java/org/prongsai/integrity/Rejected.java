package org.prongsai.integrity;

import org.prongsai.platform.web.Refusal;

/**
 * Input the integrity channels cannot take (a question, feedback, an answer); the message key
 * says why, in the person's language. Nothing is stored then.
 */
class Rejected extends Refusal {

	Rejected(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
