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

/** The fields of one entry that its hash seals, together with the hash of the entry before. */
record AuditRecord(long seq, Instant occurredAt, @Nullable UUID stationId, String actor, String actorRoles,
		String action, String target, String beforeSummary, String afterSummary, @Nullable String clientAddress,
		String prevHash) {

	/** The previous hash of entry 1, also the head's hash while the trail is empty. */
	static final String GENESIS_HASH = "0".repeat(64);

	// Fixed width so that the text hashed never depends on how many fraction digits happen to be non-zero.
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	// Changing the encoding invalidates every stored hash: bump the tag and keep the old one verifiable.
	private static final String FORMAT = "prongsai-audit-v1";

	static String formatTime(Instant instant) {
		return TIME.format(instant);
	}

	/** SHA-256, lower-case hex, over the canonical encoding of every field. */
	String computeHash() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

	/**
	 * Each field as a 4-byte length followed by its UTF-8 bytes (length -1 for null), so that
	 * text moved from one field to the next changes the bytes hashed.
	 */
	byte[] canonical() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256);
		field(out, FORMAT);
		field(out, Long.toString(seq));
		field(out, formatTime(occurredAt));
		field(out, stationId == null ? null : stationId.toString());
		field(out, actor);
		field(out, actorRoles);
		field(out, action);
		field(out, target);
		field(out, beforeSummary);
		field(out, afterSummary);
		field(out, clientAddress);
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
