package org.prongsai.disclosure;

import org.prongsai.platform.web.Refusal;

/** Content that cannot be published as given; the message key and arguments say why, in the user's language. */
public class PublishingRejected extends Refusal {

	PublishingRejected(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
