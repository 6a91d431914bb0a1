package org.prongsai.disclosure;

/** Content that cannot be published as given; the message key and arguments say why, in the user's language. */
public class PublishingRejected extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	PublishingRejected(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
