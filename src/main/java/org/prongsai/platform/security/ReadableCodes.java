package org.prongsai.platform.security;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Codes people copy by hand or read aloud (a case's access code, a complaint's receipt): random
 * characters of Crockford's base 32, five bits each, printed in groups of four. Letters that look
 * alike read as one (O as 0; I and L as 1), and case, spaces and hyphens do not matter.
 */
public final class ReadableCodes {

	/** Crockford's base 32: the digits and the letters without I, L, O and U. */
	public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private ReadableCodes() {
	}

	/** A random code of the length (5 bits a character), in groups of four. */
	public static String random(SecureRandom random, int length) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < length; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as issued, without groups; empty when it holds a character no code has. */
	public static String normalised(String typed) {
		StringBuilder code = new StringBuilder();
		for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
			char read = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (ALPHABET.indexOf(read) >= 0) {
				code.append(read);
			}
			else if (c != '-' && c != ' ') {
				return "";
			}
		}
		return code.toString();
	}

	/** A normalised code in groups of four, as printed. */
	public static String grouped(String code) {
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < code.length(); i++) {
			if (i > 0 && i % 4 == 0) {
				grouped.append('-');
			}
			grouped.append(code.charAt(i));
		}
		return grouped.toString();
	}
}
