package org.prongsai.platform.calendar;

/** Thai numerals (๐๑๒๓๔๕๖๗๘๙), used in formal documents and some official notices. */
public final class ThaiDigits {

	private ThaiDigits() {
	}

	/** The text with every ASCII digit 0–9 replaced by the Thai digit of the same value; all else is kept. */
	public static String of(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c >= '0' && c <= '9' ? (char) ('\u0E50' + (c - '0')) : c);
		}
		return out.toString();
	}
}
