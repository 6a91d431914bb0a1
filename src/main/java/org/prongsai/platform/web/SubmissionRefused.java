package org.prongsai.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A public submission refused because a quota of its form is used up ({@link SubmissionQuotas});
 * nothing was kept. Answered with 429. The message says whose quota it was (this client's, or the
 * station's or the portal's for everyone) and after how many minutes to try again.
 */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class SubmissionRefused extends Refusal {

	/** 429 Too Many Requests. */
	public static final int STATUS = 429;

	SubmissionRefused(String messageKey, long minutes) {
		super(messageKey, minutes);
	}
}
