package org.prongsai.station;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still until a test moves it on. It starts on a whole second: the database
 * keeps times to the microsecond and rounds, so a time with nanoseconds could come back later
 * than it was.
 */
public final class MutableClock extends Clock {

	private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/** The same moving time, seen in another zone (as the services turn it into Bangkok dates). */
	@Override
	public Clock withZone(ZoneId zone) {
		return seenIn(this, zone);
	}

	/** A clock that reads another's time, whatever it is set to, in a zone of its own. */
	public static Clock seenIn(Clock source, ZoneId zone) {
		return new Clock() {
			@Override
			public Instant instant() {
				return source.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return seenIn(source, other);
			}
		};
	}

	/** Puts the mutable clock in place of the system clock for every module. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class InPlaceOfTheSystemClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}
	}
}
