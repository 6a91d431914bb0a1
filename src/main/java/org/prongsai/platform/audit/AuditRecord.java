package org.prongsai.platform.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The fields of one entry that its hash seals, together with the hash of the entry before. The
 * client's address is sealed through its digest, a SHA-256 of the address with a random salt of
 * its own: erasing the address and the salt when their time is up leaves the digest, and so the
 * chain, intact, and without the salt the digest cannot be matched against guessed addresses.
 *
 * @param clientAddress null when none was kept, or once it was erased
 * @param clientSalt erased with the address
 * @param clientDigest null when no address was kept
 */
record AuditRecord(long seq, Instant occurredAt, @Nullable UUID stationId, String actor, String actorRoles,
		String action, String target, String beforeSummary, String afterSummary, @Nullable String clientAddress,
		@Nullable String clientSalt, @Nullable String clientDigest, String prevHash) {

	/** The previous hash of entry 1, also the head's hash while the trail is empty. */
	static final String GENESIS_HASH = "0".repeat(64);

	// Fixed width so that the text hashed never depends on how many fraction digits happen to be non-zero.
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	// Changing the encoding invalidates every stored hash: bump the tag and keep the old one verifiable.
	private static final String FORMAT = "prongsai-audit-v2";

	/** The first encoding, which sealed the address itself; read only to check a chain before it is resealed. */
	private static final String FIRST_FORMAT = "prongsai-audit-v1";

	static String formatTime(Instant instant) {
		return TIME.format(instant);
	}

	/** SHA-256, lower-case hex, over the canonical encoding of every field, the address by its digest. */
	String computeHash() {
		return sha256(canonical(FORMAT, clientDigest));
	}

	/** The hash as the first format computed it, over the address itself. */
	String computeFirstFormatHash() {
		return sha256(canonical(FIRST_FORMAT, clientAddress));
	}

	/** Whether the address, while it is kept, is the one its digest seals. */
	boolean addressMatchesDigest() {
		if (clientAddress == null) {
			return clientSalt == null;
		}
		return clientSalt != null && clientDigest != null && clientDigest.equals(digest(clientSalt, clientAddress));
	}

	/** The digest of an address with its salt. */
	static String digest(String salt, String address) {
		return sha256((salt + "/" + address).getBytes(StandardCharsets.UTF_8));
	}

	/** This entry with an address kept (or none), sealed by its digest with the salt given. */
	AuditRecord withAddress(@Nullable String address, @Nullable String salt) {
		return new AuditRecord(seq, occurredAt, stationId, actor, actorRoles, action, target, beforeSummary,
				afterSummary, address, salt, address == null || salt == null ? null : digest(salt, address), prevHash);
	}

	/** This entry as the current format seals it: its address by its digest with the salt given, after the hash given. */
	AuditRecord resealed(@Nullable String salt, String prevHash) {
		return new AuditRecord(seq, occurredAt, stationId, actor, actorRoles, action, target, beforeSummary,
				afterSummary, clientAddress, null, null, prevHash).withAddress(clientAddress, salt);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

	/**
	 * Each field as a 4-byte length followed by its UTF-8 bytes (length -1 for null), so that
	 * text moved from one field to the next changes the bytes hashed.
	 */
	private byte[] canonical(String format, @Nullable String client) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256);
		field(out, format);
		field(out, Long.toString(seq));
		field(out, formatTime(occurredAt));
		field(out, stationId == null ? null : stationId.toString());
		field(out, actor);
		field(out, actorRoles);
		field(out, action);
		field(out, target);
		field(out, beforeSummary);
		field(out, afterSummary);
		field(out, client);
		field(out, prevHash);
		return out.toByteArray();
	}

	private static void field(ByteArrayOutputStream out, @Nullable String value) {
		byte[] bytes = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
		int length = bytes == null ? -1 : bytes.length;
		out.write(length >>> 24);
		out.write(length >>> 16);
		out.write(length >>> 8);
		out.write(length);
		if (bytes != null) {
			out.writeBytes(bytes);
		}
	}
}
