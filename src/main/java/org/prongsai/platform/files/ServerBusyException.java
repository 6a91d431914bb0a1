package org.prongsai.platform.files;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Every slot for reading untrusted files is taken: the server is busy, and they may try again in
 * a minute. Answered 503 with the error page saying so, unless a form catches it to show the
 * message beside what was typed. Nothing has changed when one is thrown.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class ServerBusyException extends RuntimeException {

	/** The message that says so, in the form's error summary. */
	public static final String KEY = "files.busy";

	ServerBusyException() {
		super("every slot for reading uploaded files is taken");
	}

	public String messageKey() {
		return KEY;
	}

	public Object[] arguments() {
		return new Object[0];
	}
}
