package org.prongsai.integrity;

import java.security.SecureRandom;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;

import org.prongsai.platform.security.ReadableCodes;

/**
 * The receipt a complainant is shown once, and with which alone they come back to their complaint:
 * no name, no account. It is 24 characters: 8 that find the complaint (40 bits, stored as they are)
 * and 16 secret ones (80 bits) of which only a slow, salted Argon2 hash is stored, so that a copied
 * database yields no receipt and guessing one offline is slow. A wrong receipt and one for no
 * complaint take the same time to refuse. The hash goes through the process's hashing gate, so
 * {@link #issue()} and {@link #matches} may throw {@link org.prongsai.platform.security.HashingBusy}.
 */
final class Receipts {

	static final int LOCATOR = 8;

	static final int SECRET = 16;

	private final PasswordEncoder slow;

	private final SecureRandom random;

	/** A hash of no receipt, compared against when the locator finds nothing, so that takes as long. */
	private final String decoy;

	Receipts(PasswordEncoder slow, SecureRandom random) {
		this.slow = slow;
		this.random = random;
		this.decoy = slow.encode(ReadableCodes.random(random, SECRET));
	}

	/** A new receipt: what to show the complainant once, and what to store. */
	Issued issue() {
		String locator = ReadableCodes.normalised(ReadableCodes.random(random, LOCATOR));
		String secret = ReadableCodes.normalised(ReadableCodes.random(random, SECRET));
		return new Issued(ReadableCodes.grouped(locator + secret), locator, slow.encode(secret));
	}

	/** A receipt as typed, read into its locator and secret; empty when it cannot be one. */
	static Optional<Typed> read(String typed) {
		String code = ReadableCodes.normalised(typed);
		return code.length() == LOCATOR + SECRET
				? Optional.of(new Typed(code.substring(0, LOCATOR), code.substring(LOCATOR))) : Optional.empty();
	}

	/**
	 * Whether the typed receipt's secret is the one stored for its locator.
	 * @param storedHash the hash stored with the locator, or null when the locator found no complaint
	 */
	boolean matches(Typed typed, @org.jspecify.annotations.Nullable String storedHash) {
		boolean match = slow.matches(typed.secret(), storedHash == null ? decoy : storedHash);
		return storedHash != null && match;
	}

	/**
	 * A receipt issued.
	 * @param shown the whole receipt, grouped, shown once and never stored
	 * @param locator what finds the complaint
	 * @param hash the Argon2 hash of the secret part
	 */
	record Issued(String shown, String locator, String hash) {
	}

	/** A receipt as typed: its locator and its secret part. */
	record Typed(String locator, String secret) {
	}
}
