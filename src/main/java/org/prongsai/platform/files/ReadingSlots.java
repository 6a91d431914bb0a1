package org.prongsai.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many untrusted files the whole process reads at once: half the cores (at least one), so
 * that no set of requests can hold every core with uploads while the public pages wait. A
 * request that finds every slot taken waits a moment, then is refused with
 * {@link ServerBusyException} rather than joining a queue without end.
 */
@Component
public class ReadingSlots {

	private final Semaphore slots;

	private final Duration wait;

	ReadingSlots(@Value("${prongsai.files.reading.slots:0}") int slots,
			@Value("${prongsai.files.reading.wait:1s}") Duration wait) {
		this.slots = new Semaphore(slots > 0 ? slots : Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);
		this.wait = wait;
	}

	/**
	 * Reads in a slot, on the calling thread.
	 * @throws ServerBusyException when no slot comes free within the wait
	 * @throws UncheckedIOException when the reading fails to read
	 */
	public <T> T read(Reading<T> reading) {
		boolean acquired;
		try {
			acquired = slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServerBusyException();
		}
		if (!acquired) {
			throw new ServerBusyException();
		}
		try {
			return reading.read();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			slots.release();
		}
	}

	/** The reading of one untrusted file. */
	@FunctionalInterface
	public interface Reading<T> {

		T read() throws IOException;
	}
}
