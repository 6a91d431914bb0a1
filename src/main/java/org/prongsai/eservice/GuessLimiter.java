package org.prongsai.eservice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Counts wrong answers to a case's access code, per client and per case, so that neither one
 * client trying many cases nor many clients trying one case get far: after {@code maxFailures}
 * within {@code window}, that client or that case is locked out for {@code lockout}. The caller
 * counts a case number that does not exist exactly like a wrong code, so the answers never tell
 * which case numbers exist. Kept in memory and bounded: expired entries are dropped when the map
 * is full, and a full map of live entries refuses newcomers rather than grow.
 */
final class GuessLimiter {

	private final int maxFailures;
	private final Duration window;
	private final Duration lockout;
	private final Clock clock;
	private final int maxTracked;
	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	GuessLimiter(int maxFailures, Duration window, Duration lockout, Clock clock, int maxTracked) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.lockout = lockout;
		this.clock = clock;
		this.maxTracked = maxTracked;
	}

	/** Whether the client may try the case now. */
	boolean allowed(String client, String caseKey) {
		Instant now = clock.instant();
		return !locked("client " + client, now) && !locked("case " + caseKey, now)
				&& (counters.size() < maxTracked || purge(now));
	}

	/** A wrong code, or a case that does not exist. */
	void failed(String client, String caseKey) {
		Instant now = clock.instant();
		count("client " + client, now);
		count("case " + caseKey, now);
	}

	/** The right code: the client's count starts again; the case's stays, so a lucky guess still counts against it. */
	void succeeded(String client) {
		counters.remove("client " + client);
	}

	private boolean locked(String key, Instant now) {
		Counter counter = counters.get(key);
		return counter != null && counter.lockedUntil() != null && now.isBefore(counter.lockedUntil());
	}

	private void count(String key, Instant now) {
		counters.compute(key, (k, counter) -> {
			if (counter == null || now.isAfter(counter.since().plus(window))
					|| (counter.lockedUntil() != null && !now.isBefore(counter.lockedUntil()))) {
				counter = new Counter(0, now, null);
			}
			int failures = counter.failures() + 1;
			return new Counter(failures, counter.since(), failures >= maxFailures ? now.plus(lockout) : null);
		});
	}

	/** Drops what has expired; whether there is room again. */
	private boolean purge(Instant now) {
		counters.entrySet().removeIf(e -> now.isAfter(e.getValue().since().plus(window))
				&& (e.getValue().lockedUntil() == null || !now.isBefore(e.getValue().lockedUntil())));
		return counters.size() < maxTracked;
	}

	private record Counter(int failures, Instant since, @Nullable Instant lockedUntil) {
	}
}
