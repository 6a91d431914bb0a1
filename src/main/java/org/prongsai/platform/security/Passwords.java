package org.prongsai.platform.security;

import java.security.SecureRandom;

/** Generates the one-time passwords printed for new accounts. */
public final class Passwords {

	// No look-alikes (0/O, 1/l/I) so a password read off a screen is typed right.
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The shortest password an account may have. */
	public static final int MIN_LENGTH = 12;

	private Passwords() {
	}

	/** A random password of 16 characters (about 93 bits). */
	public static String generate() {
		StringBuilder password = new StringBuilder(16);
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
