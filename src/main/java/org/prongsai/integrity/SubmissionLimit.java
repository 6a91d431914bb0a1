package org.prongsai.integrity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many public submissions one client may make in a window, so that a robot cannot fill the
 * moderators' queue. Kept in memory and bounded; the client's address is a key here and is never
 * stored or logged.
 */
@Component
class SubmissionLimit {

	private static final int MAX_CLIENTS = 10_000;

	private final int perWindow;
	private final Duration window;
	private final Clock clock;
	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	SubmissionLimit(@Value("${prongsai.integrity.submissions-per-hour:5}") int perWindow, Clock clock) {
		this.perWindow = perWindow;
		this.window = Duration.ofHours(1);
		this.clock = clock;
	}

	/** Whether the client may submit now; if so, the submission is counted. */
	boolean allow(String client) {
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
