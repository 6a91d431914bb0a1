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
 * moderators' queue or tilt the station's feedback. Each form counts on its own, so a question
 * asked does not use up the feedback a person may give after a service. Kept in memory and
 * bounded; the client's address is never stored or logged, and here it is kept only as a keyed hash.
 */
@Component
class SubmissionLimit {

	private static final int MAX_CLIENTS = 10_000;

	private final int perWindow;
	private final Duration window;
	private final Clock clock;
	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	/** A key of this process only, for the keyed hash of each address. */
	private final byte[] secret = new byte[32];

	SubmissionLimit(@Value("${prongsai.integrity.submissions-per-hour:5}") int perWindow, Clock clock) {
		this.perWindow = perWindow;
		this.window = Duration.ofHours(1);
		this.clock = clock;
		new SecureRandom().nextBytes(secret);
	}

	/**
	 * The last checks of a public form before it is stored: the token of the form it came from, and
	 * the client's limit, which counts the submission when it allows it.
	 * @param form the form as its messages name it ({@code questions}, {@code feedback}); each has a limit of its own
	 * @throws Rejected {@code integrity.<form>.reject.form} for a token not ours, {@code .reject.limit} over the limit
	 */
	void admit(String form, String formToken, String client) {
		if (!PublicForm.validToken(formToken)) {
			throw new Rejected("integrity." + form + ".reject.form");
		}
		if (!allow(form, client)) {
			throw new Rejected("integrity." + form + ".reject.limit");
		}
	}

	/**
	 * Whether the client may submit the form now; if so, the submission is counted.
	 * @param form which form, such as {@code questions}: each has a limit of its own
	 */
	boolean allow(String form, String client) {
		String key = form + " " + pseudonym(client);
		Instant now = clock.instant();
		if (recent.size() >= MAX_CLIENTS) {
			recent.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(now.minus(window)));
			if (recent.size() >= MAX_CLIENTS && !recent.containsKey(key)) {
				return false;
			}
		}
		Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
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

	private String pseudonym(String address) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)), 0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}
}
