package org.prongsai.station;

import java.util.Set;
import java.util.regex.Pattern;

/** A station's code is part of every public address, so it is short, lower-case and never a reserved word. */
final class StationCode {

	static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9-]{1,31}");

	/** First path segments the portal itself uses. */
	static final Set<String> RESERVED = Set.of("admin", "login", "logout", "assets", "actuator", "error", "files",
			"api", "stations", "static", "webjars", "favicon", "robots");

	private StationCode() {
	}

	static String validate(String code) {
		if (!PATTERN.matcher(code).matches() || RESERVED.contains(code)) {
			throw new IllegalArgumentException(
					"a station code is 2–32 lower-case letters, digits or hyphens, starts with a letter and is not one of "
							+ RESERVED + ": " + code);
		}
		return code;
	}
}
