package org.prongsai.platform.web;

import org.springframework.context.SmartLifecycle;

/**
 * Work that must be done before the web server takes its first request, such as seeding the demo
 * stations: a visitor never sees a half-made portal. Runs once at start-up, on the main thread,
 * in the order of {@link #getPhase()} (lower first; all before the web server's own phase).
 */
public abstract class BeforeServing implements SmartLifecycle {

	private final int phase;

	private volatile boolean done;

	protected BeforeServing(int phase) {
		this.phase = phase;
	}

	/** The work; it must be safe to run again (it is a no-op when already done). */
	protected abstract void prepare();

	@Override
	public final void start() {
		prepare();
		done = true;
	}

	@Override
	public final void stop() {
		done = false;
	}

	@Override
	public final boolean isRunning() {
		return done;
	}

	@Override
	public final int getPhase() {
		return phase;
	}
}
