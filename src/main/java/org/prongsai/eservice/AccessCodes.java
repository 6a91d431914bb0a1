package org.prongsai.eservice;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.prongsai.platform.security.ReadableCodes;

/**
 * The access codes a citizen is handed with a case number, so that only they can follow the case
 * online. A code is 80 random bits written as 16 characters of Crockford's base 32 in groups of
 * four ({@code 7K3M-Q9XD-…}), which survive being read aloud or copied by hand: letters that look
 * alike (O and 0, I and L and 1) read as the same. Only a keyed hash (HMAC-SHA256) of the case and
 * the code is stored, with a secret kept outside the database, so a copied database reveals no code
 * and cannot be searched for one.
 */
final class AccessCodes {

	private static final int LENGTH = 16;

	private final SecretKeySpec secret;

	private final SecureRandom random;

	AccessCodes(byte[] secret, SecureRandom random) {
		if (secret.length < 32) {
			throw new IllegalArgumentException("the access code secret needs at least 32 bytes");
		}
		this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
		this.random = random;
	}

	/** A new code, grouped for printing. */
	String newCode() {
		return ReadableCodes.random(random, LENGTH);
	}

	/** What is stored for a case's code. */
	byte[] hash(String caseKey, String code) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(secret);
			return mac.doFinal((caseKey + "\n" + normalised(code)).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/** Whether the code typed is the case's, compared in constant time. */
	boolean matches(String caseKey, String typed, byte[] stored) {
		String code = normalised(typed);
		return code.length() == LENGTH && MessageDigest.isEqual(hash(caseKey, code), stored);
	}

	/** The code as issued, whatever case, spaces or hyphens it was typed with, and with look-alikes read as one. */
	static String normalised(String typed) {
		return ReadableCodes.normalised(typed);
	}
}
