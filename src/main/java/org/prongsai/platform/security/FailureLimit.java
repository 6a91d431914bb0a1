package org.prongsai.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Wrong answers counted where they come from, so that guessing is slowed: after
 * {@code maxFailures} within {@code window}, a key is locked out for {@code lockout}, and the
 * first failure after that starts a fresh count. A key names who guesses: a client's address, or
 * a client and the name it tries. It must never be only what a stranger can try too (an account,
 * a case number): a lock on that would let anyone lock its owner out.
 * <p>
 * Kept in memory, each key only as a keyed hash with a secret of this process, so neither an
 * address nor what was typed is held. Bounded: when the table is full, the key counted least
 * recently is forgotten; a flood of new keys can make the portal forget an old count, but never
 * shut anyone out.
 */
public final class FailureLimit {

	private final int maxFailures;

	private final Duration window;

	private final Duration lockout;

	private final Clock clock;

	/** In the order last counted, so that the eldest is the one to forget. */
	private final Map<String, Count> counts;

	private final SecretKeySpec secret;

	public FailureLimit(int maxFailures, Duration window, Duration lockout, Clock clock, int maxTracked) {
		if (maxFailures < 1 || maxTracked < 1) {
			throw new IllegalArgumentException("a limit needs at least one failure and room for one key");
		}
		this.maxFailures = maxFailures;
		this.window = window;
		this.lockout = lockout;
		this.clock = clock;
		this.counts = new LinkedHashMap<>() {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
				return size() > maxTracked;
			}
		};
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		this.secret = new SecretKeySpec(key, "HmacSHA256");
	}

	/** Whether the key is locked out now. */
	public boolean lockedOut(String key) {
		String hashed = pseudonym(key);
		Instant now = clock.instant();
		synchronized (counts) {
			Count count = counts.get(hashed);
			return count != null && count.lockedAt(now);
		}
	}

	/** Counts a failure of the key; the one that reaches the limit locks it out. */
	public void failed(String key) {
		String hashed = pseudonym(key);
		Instant now = clock.instant();
		synchronized (counts) {
			Count count = counts.remove(hashed);
			if (count != null && count.lockedAt(now)) {
				counts.put(hashed, count);
				return;
			}
			if (count == null || count.lockedUntil() != null || now.isAfter(count.since().plus(window))) {
				count = new Count(0, now, null);
			}
			int failures = count.failures() + 1;
			counts.put(hashed, new Count(failures, count.since(), failures >= maxFailures ? now.plus(lockout) : null));
		}
	}

	/** Forgets the key's failures, as when it got the answer right. */
	public void forget(String key) {
		String hashed = pseudonym(key);
		synchronized (counts) {
			counts.remove(hashed);
		}
	}

	private String pseudonym(String key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(secret);
			return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private record Count(int failures, Instant since, @Nullable Instant lockedUntil) {

		boolean lockedAt(Instant now) {
			return lockedUntil != null && now.isBefore(lockedUntil);
		}
	}
}
