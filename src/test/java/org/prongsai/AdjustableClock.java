package org.prongsai;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import org.prongsai.station.MutableClock;

/**
 * The system clock in UTC, until a scenario sets it to a past instant to publish content "back
 * then"; it must set it back with {@link #reset()} (in a {@code finally}) so other scenarios run
 * in the present.
 */
final class AdjustableClock extends Clock {

	private final AtomicReference<Instant> fixed = new AtomicReference<>();

	void set(Instant instant) {
		fixed.set(instant);
	}

	void reset() {
		fixed.set(null);
	}

	@Override
	public Instant instant() {
		Instant instant = fixed.get();
		return instant == null ? Instant.now() : instant;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return MutableClock.seenIn(this, zone);
	}

	/** Puts the adjustable clock in place of the application's. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		@Primary
		AdjustableClock adjustableClock() {
			return new AdjustableClock();
		}
	}
}
