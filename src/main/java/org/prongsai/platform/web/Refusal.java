package org.prongsai.platform.web;

import java.util.Arrays;

/**
 * Input the portal refuses, with the reason as a message key and its arguments, so that the
 * screen can say it in the person's language. Nothing has changed when one is thrown.
 */
public class Refusal extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	protected Refusal(String messageKey, Object... arguments) {
		super(messageKey + " " + Arrays.toString(arguments));
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
