package org.prongsai.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.prongsai.station.MutableClock;

class GuessLimiterTests {

	final MutableClock clock = new MutableClock();

	final GuessLimiter limiter = new GuessLimiter(5, Duration.ofMinutes(15), Duration.ofMinutes(30), clock, 1000);

	@Test
	void fiveWrongAnswersLockTheClientOutOfEveryCaseForHalfAnHour() {
		for (int i = 0; i < 5; i++) {
			assertThat(limiter.allowed("203.0.113.7", "kamala/" + i)).isTrue();
			limiter.failed("203.0.113.7", "kamala/" + i);
		}
		assertThat(limiter.allowed("203.0.113.7", "kamala/99")).as("one client trying many cases").isFalse();
		assertThat(limiter.allowed("198.51.100.1", "kamala/99")).as("another client").isTrue();
		clock.advance(Duration.ofMinutes(31));
		assertThat(limiter.allowed("203.0.113.7", "kamala/99")).isTrue();
	}

	@Test
	void fiveWrongAnswersFromManyClientsLockTheCase() {
		for (int i = 0; i < 5; i++) {
			limiter.failed("198.51.100." + i, "kamala/123");
		}
		assertThat(limiter.allowed("203.0.113.7", "kamala/123")).as("many clients trying one case").isFalse();
		assertThat(limiter.allowed("203.0.113.7", "kamala/124")).isTrue();
	}

	@Test
	void failuresSpreadBeyondTheWindowDoNotAddUp() {
		for (int i = 0; i < 4; i++) {
			limiter.failed("203.0.113.7", "kamala/1");
		}
		clock.advance(Duration.ofMinutes(16));
		limiter.failed("203.0.113.7", "kamala/1");
		assertThat(limiter.allowed("203.0.113.7", "kamala/1")).isTrue();
	}

	@Test
	void theRightCodeClearsTheClientButNotTheCase() {
		for (int i = 0; i < 4; i++) {
			limiter.failed("203.0.113.7", "kamala/1");
		}
		limiter.succeeded("203.0.113.7");
		limiter.failed("203.0.113.7", "kamala/2");
		assertThat(limiter.allowed("203.0.113.7", "kamala/3")).isTrue();
		limiter.failed("198.51.100.1", "kamala/1");
		assertThat(limiter.allowed("198.51.100.2", "kamala/1")).as("the case's count stays").isFalse();
	}

	@Test
	void aFullTableOfLiveEntriesRefusesNewcomersAndMakesRoomOnceTheyExpire() {
		GuessLimiter small = new GuessLimiter(5, Duration.ofMinutes(15), Duration.ofMinutes(30), clock, 4);
		small.failed("a", "kamala/1");
		small.failed("b", "kamala/2");
		assertThat(small.allowed("c", "kamala/3")).isFalse();
		clock.advance(Duration.ofMinutes(16));
		assertThat(small.allowed("c", "kamala/3")).isTrue();
	}
}
