package org.prongsai.platform.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one gate every slow hash of the process passes: passwords at sign-in and when one is issued,
 * and the secret part of complaint receipts. An Argon2id hash with Spring Security's parameters
 * holds 16 MB while it runs, for a wrong password and an unknown name alike (the sign-in hashes a
 * decoy for those), so unbounded parallel attempts would take the heap. At most
 * {@code maxConcurrent} hashes run at once and at most {@code maxWaiting} more wait for their turn,
 * each no longer than {@code maxWait}; any other is refused at once with {@link HashingBusy}. The
 * gate does not look at what is hashed, so being refused tells nothing about the name or receipt.
 */
public final class PasswordHashing {

	private final Semaphore running;

	private final int maxWaiting;

	private final AtomicInteger waiting = new AtomicInteger();

	private final Duration maxWait;

	private final int maxConcurrent;

	/** Keeps the memory of as many hashes as run at once, up to four (64 MB) on a large host. */
	private final PooledArgon2 argon2;

	/**
	 * @param maxConcurrent how many hashes may run at once (at least 1)
	 * @param maxWaiting how many more may wait for one of them to end (0 refuses at once when all run)
	 * @param maxWait how long one waits at the most before it is refused
	 */
	public PasswordHashing(int maxConcurrent, int maxWaiting, Duration maxWait) {
		if (maxConcurrent < 1 || maxWaiting < 0 || maxWait.isNegative()) {
			throw new IllegalArgumentException("at least one hash must run, and neither waiting nor its time can be negative");
		}
		// Fair, so that the longest waiting goes first and nobody waits out maxWait while newcomers get in.
		this.running = new Semaphore(maxConcurrent, true);
		this.maxConcurrent = maxConcurrent;
		this.maxWaiting = maxWaiting;
		this.maxWait = maxWait;
		this.argon2 = new PooledArgon2(Math.min(maxConcurrent, 4));
	}

	/** How many hashes may run at once. */
	public int maxConcurrent() {
		return maxConcurrent;
	}

	/** Argon2id with Spring Security's current parameters (16 MB, 2 passes), through this gate. */
	public PasswordEncoder argon2() {
		return capped(argon2);
	}

	/** The same, outside the gate: for an encoder that passes the gate as a whole. */
	PasswordEncoder argon2Ungated() {
		return argon2;
	}

	/**
	 * The encoder with every hash it makes or checks through this gate.
	 * @throws HashingBusy from {@code encode} and {@code matches} when the gate has no room in time
	 */
	public PasswordEncoder capped(PasswordEncoder encoder) {
		return new PasswordEncoder() {
			@Override
			public @Nullable String encode(@Nullable CharSequence raw) {
				return admit(() -> encoder.encode(raw));
			}

			@Override
			public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
				return admit(() -> encoder.matches(raw, encoded));
			}

			@Override
			public boolean upgradeEncoding(@Nullable String encoded) {
				return encoder.upgradeEncoding(encoded);
			}
		};
	}

	private <T> T admit(Supplier<T> hash) {
		if (!admitted()) {
			throw new HashingBusy();
		}
		try {
			return hash.get();
		}
		finally {
			running.release();
		}
	}

	private boolean admitted() {
		try {
			// Asked with a timeout, even of zero, the fair semaphore lets no newcomer ahead of those waiting.
			if (running.tryAcquire(0, TimeUnit.NANOSECONDS)) {
				return true;
			}
			if (waiting.incrementAndGet() > maxWaiting) {
				waiting.decrementAndGet();
				return false;
			}
			try {
				return running.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
			}
			finally {
				waiting.decrementAndGet();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
