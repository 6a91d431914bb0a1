package org.prongsai.readiness;

import java.util.List;

/**
 * Why an element passed or failed, as a message key with its arguments already written out in
 * each language (month names differ between Thai and English).
 */
public record Reason(String key, List<Object> argsTh, List<Object> argsEn) {

	public Reason {
		argsTh = List.copyOf(argsTh);
		argsEn = List.copyOf(argsEn);
	}

	static Reason of(String key, Object... args) {
		return new Reason(key, List.of(args), List.of(args));
	}

	/** The arguments for the page's language. */
	public Object[] args(String language) {
		return ("en".equals(language) ? argsEn : argsTh).toArray();
	}
}
