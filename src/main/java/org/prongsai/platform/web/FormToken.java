package org.prongsai.platform.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The random token of one filling of a form. Every form the portal renders with {@code th:action}
 * and a method other than GET carries a fresh one in the hidden field {@value #FIELD}, beside the
 * CSRF token; the same filling sent again (a double click, a reload, back and send) is taken once.
 * It is a key, not a secret: the CSRF token proves the form came from the portal.
 */
public final class FormToken {

	/** The name of the hidden field. */
	public static final String FIELD = "formToken";

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{16,40}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private FormToken() {
	}

	/** A fresh token: 18 random bytes, URL-safe base 64 (24 characters). */
	static String fresh() {
		byte[] token = new byte[18];
		RANDOM.nextBytes(token);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
	}

	/** Whether a token sent back has the shape of one the portal gives out, so fit to keep with what it sent. */
	public static boolean wellFormed(@Nullable String token) {
		return token != null && SHAPE.matcher(token).matches();
	}
}
