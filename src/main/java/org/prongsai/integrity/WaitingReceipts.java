package org.prongsai.integrity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The receipts of the last complaints, by the filling of the form they came from, for the same
 * form sent again before the first answer reached the browser (a double click). A visitor who has
 * only read the form has no session, so the second request cannot find the receipt in one: it
 * waits here for the first request's receipt and shows it, instead of a refusal that would leave
 * the complainant without their receipt. Only the browser that holds the form's token can ask, and
 * a receipt waits {@link #KEPT} at most, in memory only. At most {@link #MAX} are kept; the
 * complaint quotas keep far fewer coming.
 */
@Component
class WaitingReceipts {

	static final Duration KEPT = Duration.ofMinutes(15);

	static final int MAX = 1_000;

	/** How long a second request waits for the first one's receipt. */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final Clock clock;

	/** Guarded by itself; the oldest filling first. */
	private final Map<String, Waiting> byFilling = new LinkedHashMap<>(64, 0.75f, false) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Waiting> eldest) {
			return size() > MAX;
		}
	};

	WaitingReceipts(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Claims a filling of the complaint form for this request.
	 * @return null when this request is the first to send it (it then reports with {@link #issued}
	 *     or {@link #refused}), otherwise the receipt the first request issued, waited for
	 * @throws AlreadyUnknown when the first request issued no receipt in time, or it is no longer kept
	 */
	@Nullable String claim(String station, String formToken) {
		String key = station + " " + formToken;
		Waiting earlier;
		synchronized (byFilling) {
			earlier = byFilling.get(key);
			if (earlier != null && earlier.issuedAt() != null && earlier.issuedAt().plus(KEPT).isBefore(clock.instant())) {
				byFilling.remove(key);
				earlier = null;
			}
			if (earlier == null) {
				byFilling.put(key, new Waiting(new CompletableFuture<>(), null));
				return null;
			}
		}
		try {
			return earlier.receipt().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new AlreadyUnknown();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AlreadyUnknown();
		}
	}

	/** The first request issued the receipt shown for the filling. */
	void issued(String station, String formToken, String receipt) {
		String key = station + " " + formToken;
		synchronized (byFilling) {
			Waiting waiting = byFilling.get(key);
			if (waiting != null) {
				byFilling.put(key, new Waiting(waiting.receipt(), clock.instant()));
				waiting.receipt().complete(receipt);
			}
		}
	}

	/** The first request was refused: nothing was kept, so the filling may be sent again, corrected. */
	void refused(String station, String formToken) {
		Waiting waiting;
		synchronized (byFilling) {
			waiting = byFilling.remove(station + " " + formToken);
		}
		if (waiting != null) {
			waiting.receipt().completeExceptionally(new AlreadyUnknown());
		}
	}

	/** The receipt was shown through the complainant's session: nobody need wait for it any more. */
	void shown(String station, String formToken) {
		synchronized (byFilling) {
			byFilling.remove(station + " " + formToken);
		}
	}

	private record Waiting(CompletableFuture<String> receipt, @Nullable Instant issuedAt) {
	}

	/** The same filling was sent before, and its receipt is not to be had here. */
	static final class AlreadyUnknown extends RuntimeException {

		AlreadyUnknown() {
			super(null, null, false, false);
		}
	}
}
