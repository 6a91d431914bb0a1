package org.prongsai.platform.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes that stay in the gate until closed: an encoder that blocks until released, run on threads
 * of their own, so that a test knows exactly how many the gate admitted and can fill it.
 */
public final class HeldHashes implements AutoCloseable {

	private final CountDownLatch release = new CountDownLatch(1);

	private final AtomicInteger inside = new AtomicInteger();

	private final AtomicInteger mostInside = new AtomicInteger();

	private final List<Thread> threads = new ArrayList<>();

	private final List<Throwable> outcomes = Collections.synchronizedList(new ArrayList<>());

	private final PasswordEncoder held;

	public HeldHashes(PasswordHashing hashing) {
		this.held = hashing.capped(new PasswordEncoder() {
			@Override
			public String encode(@Nullable CharSequence raw) {
				hold();
				return "held";
			}

			@Override
			public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
				hold();
				return true;
			}
		});
	}

	/** Fills the gate: starts as many held hashes as it runs at once, and returns once all run. */
	public static HeldHashes filling(PasswordHashing hashing, int places) {
		HeldHashes hashes = new HeldHashes(hashing);
		hashes.start(places);
		hashes.awaitInside(places);
		return hashes;
	}

	/** Starts hashes on threads of their own; each ends when released, or when the gate refuses it. */
	public void start(int count) {
		for (int i = 0; i < count; i++) {
			Thread thread = new Thread(() -> {
				try {
					held.matches("", "");
				}
				catch (RuntimeException ex) {
					outcomes.add(ex);
				}
			}, "held-hash-" + threads.size());
			threads.add(thread);
			thread.start();
		}
	}

	/** Waits until this many held hashes run inside the gate. */
	public void awaitInside(int count) {
		Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> inside.get() >= count);
	}

	/** Waits until every thread started is blocked: inside the encoder, or waiting at the gate. */
	public void awaitAllBlocked() {
		Awaitility.await().atMost(30, TimeUnit.SECONDS)
			.until(() -> threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING
					|| t.getState() == Thread.State.TIMED_WAITING || t.getState() == Thread.State.TERMINATED));
	}

	/** How many run inside the gate now. */
	public int inside() {
		return inside.get();
	}

	/** The most that ever ran inside at once. */
	public int mostInside() {
		return mostInside.get();
	}

	/** What the gate threw at the hashes it refused. */
	public List<Throwable> refusals() {
		return List.copyOf(outcomes);
	}

	private void hold() {
		mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
		try {
			release.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			inside.decrementAndGet();
		}
	}

	/** Releases every held hash and waits for all to end. */
	@Override
	public void close() {
		release.countDown();
		for (Thread thread : threads) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
