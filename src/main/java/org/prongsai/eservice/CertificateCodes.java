package org.prongsai.eservice;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * What a certificate's verification code is: the station's Ed25519 signature over the
 * certificate's canonical content, with the id of the key that made it, written in base64url so
 * that it fits a web address and a QR code (96 characters for 8 + 64 bytes). Anyone with the
 * station's public keys can check a printed certificate offline: write its essentials as
 * {@link Content#canonical()} does, and verify the signature with the key the code names.
 */
final class CertificateCodes {

	static final int KEY_ID_BYTES = 8;

	static final int SIGNATURE_BYTES = 64;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final int LENGTH = 96;

	private CertificateCodes() {
	}

	static String encode(SigningKeys.Signed signed) {
		byte[] bytes = new byte[KEY_ID_BYTES + SIGNATURE_BYTES];
		System.arraycopy(signed.keyId(), 0, bytes, 0, KEY_ID_BYTES);
		System.arraycopy(signed.signature(), 0, bytes, KEY_ID_BYTES, SIGNATURE_BYTES);
		return ENCODER.encodeToString(bytes);
	}

	/**
	 * The key id and signature a code carries, or empty when it is not exactly a code as issued:
	 * any other length or character is refused, so one code has one spelling.
	 */
	static Optional<SigningKeys.Signed> decode(String code) {
		if (code.length() != LENGTH) {
			return Optional.empty();
		}
		byte[] bytes;
		try {
			bytes = DECODER.decode(code);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (bytes.length != KEY_ID_BYTES + SIGNATURE_BYTES) {
			return Optional.empty();
		}
		return Optional.of(new SigningKeys.Signed(Arrays.copyOf(bytes, KEY_ID_BYTES),
				Arrays.copyOfRange(bytes, KEY_ID_BYTES, bytes.length)));
	}

	/**
	 * A name as the public sees it: the given name whole, each further name by its first letter
	 * ("สมชาย ใจดี" becomes "สมชาย ใ."), enough for whoever holds the certificate to recognise it.
	 */
	static String maskedName(String name) {
		String[] words = name.strip().split("\\s+");
		StringBuilder masked = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			masked.append(' ').appendCodePoint(words[i].codePointAt(0)).append('.');
		}
		return masked.toString();
	}

	/**
	 * What a certificate says, as signed.
	 * @param holderMasked the holder's name as {@link #maskedName} writes it
	 * @param holderIdKind {@code ID_CARD} or {@code PASSPORT}
	 * @param holderIdTail the last four characters of that number
	 * @param officer the issuing officer's name and rank
	 */
	record Content(String station, String number, LocalDate issuedOn, String documentType, String holderMasked,
			String holderIdKind, String holderIdTail, String officer) {

		/** One field a line, in a fixed order, as UTF-8: the bytes the station signs. */
		byte[] canonical() {
			return String.join("\n", "prongsai lost-document certificate v1", "station: " + station, "number: " + number,
					"issued: " + issuedOn, "document: " + documentType, "holder: " + holderMasked,
					"holder-id: " + holderIdKind + " " + holderIdTail, "officer: " + officer, "")
				.getBytes(StandardCharsets.UTF_8);
		}
	}
}
