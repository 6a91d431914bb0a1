package org.prongsai.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many public submissions one client may make in a window, so that a robot cannot fill the
 * moderators' queue. Kept in memory and bounded; the client's address is a key here and is never
 * stored or logged, and in memory it is kept only as a keyed hash.
 */
@Component
class SubmissionLimit {

	private static final int MAX_CLIENTS = 10_000;

	private final int perWindow;
	private final Duration window;
	private final Clock clock;
	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	/** A key of this process only: what is counted is a keyed hash of the address, not the address. */
	private final byte[] key = new byte[32];

	SubmissionLimit(@Value("${prongsai.integrity.submissions-per-hour:5}") int perWindow, Clock clock) {
		this.perWindow = perWindow;
		this.window = Duration.ofHours(1);
		this.clock = clock;
		new SecureRandom().nextBytes(key);
	}

	private String pseudonym(String address) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)), 0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/** Whether the client may submit now; if so, the submission is counted. */
	boolean allow(String address) {
		String client = pseudonym(address);
		Instant now = clock.instant();
		if (recent.size() >= MAX_CLIENTS) {
			recent.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(now.minus(window)));
			if (recent.size() >= MAX_CLIENTS && !recent.containsKey(client)) {
				return false;
			}
		}
		Deque<Instant> times = recent.computeIfAbsent(client, c -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
				times.pollFirst();
			}
			if (times.size() >= perWindow) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}
}
