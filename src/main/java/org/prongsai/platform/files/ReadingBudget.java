package org.prongsai.platform.files;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * How long a library may read one untrusted file, and how many bytes it may allocate doing so,
 * checked each time it reads more of the file. A PDF can hide a compressed stream that unpacks to
 * gigabytes, or a structure that takes minutes to walk; the library cannot be stopped from
 * outside, but it asks for input often, and the budget refuses to give more once it is spent.
 * Allocation is counted on the reading thread (it is what a decompression bomb does), so the
 * file must be read on the thread that started the budget.
 */
final class ReadingBudget {

	/** A file takes at most this long to check. */
	static final Duration TIME = Duration.ofSeconds(20);

	/**
	 * A file's check allocates at most this much in all (not all at once): cleaning a 15 MB PDF of
	 * photos, or one of 1,500 pages of text, took about 65 MB.
	 */
	static final long ALLOCATION = 256L * 1024 * 1024;

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private final Thread reader = Thread.currentThread();

	private final long deadline;

	private final long allocationLimit;

	private boolean spent;

	private ReadingBudget(Duration time, long allocation) {
		this.deadline = System.nanoTime() + time.toNanos();
		this.allocationLimit = allocated() + allocation;
	}

	static ReadingBudget start() {
		return new ReadingBudget(TIME, ALLOCATION);
	}

	static ReadingBudget start(Duration time, long allocation) {
		return new ReadingBudget(time, allocation);
	}

	/**
	 * @throws Spent when the time or the allocation is spent, and every time after
	 */
	void check() throws Spent {
		if (spent || System.nanoTime() - deadline > 0 || (Thread.currentThread() == reader && allocated() > allocationLimit)) {
			spent = true;
			throw new Spent();
		}
	}

	/**
	 * Whether a check failed: a library that caught the failure and went on has read only part
	 * of the file, so what it made must not be used.
	 */
	boolean spent() {
		return spent;
	}

	private static long allocated() {
		return THREADS.getCurrentThreadAllocatedBytes();
	}

	/** The budget is spent: the file is too complex to check. An IOException, so that a library passes it on. */
	static final class Spent extends IOException {

		Spent() {
			super("the file took too long or too much memory to read");
		}
	}
}
