package org.prongsai.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.prongsai.station.MutableClock;

class FailureLimitTests {

	final MutableClock clock = new MutableClock();

	final FailureLimit limit = new FailureLimit(5, Duration.ofMinutes(15), Duration.ofMinutes(30), clock, 1000);

	@Test
	void fiveFailuresLockTheKeyOutForTheLockoutAndNoOtherKey() {
		for (int i = 0; i < 4; i++) {
			limit.failed("203.0.113.7");
		}
		assertThat(limit.lockedOut("203.0.113.7")).as("after four").isFalse();
		limit.failed("203.0.113.7");
		assertThat(limit.lockedOut("203.0.113.7")).as("after five").isTrue();
		assertThat(limit.lockedOut("198.51.100.1")).as("another client").isFalse();
		clock.advance(Duration.ofMinutes(29));
		assertThat(limit.lockedOut("203.0.113.7")).isTrue();
		clock.advance(Duration.ofMinutes(1));
		assertThat(limit.lockedOut("203.0.113.7")).as("at +30 min").isFalse();
	}

	@Test
	void afterALockRunsOutTheCountStartsAfresh() {
		for (int i = 0; i < 5; i++) {
			limit.failed("203.0.113.7");
		}
		clock.advance(Duration.ofMinutes(30));
		for (int i = 0; i < 4; i++) {
			limit.failed("203.0.113.7");
		}
		assertThat(limit.lockedOut("203.0.113.7")).isFalse();
		limit.failed("203.0.113.7");
		assertThat(limit.lockedOut("203.0.113.7")).isTrue();
	}

	@Test
	void failuresCountedWhileLockedOutDoNotMakeTheLockLonger() {
		for (int i = 0; i < 5; i++) {
			limit.failed("203.0.113.7");
		}
		clock.advance(Duration.ofMinutes(20));
		limit.failed("203.0.113.7");
		clock.advance(Duration.ofMinutes(10));
		assertThat(limit.lockedOut("203.0.113.7")).isFalse();
	}

	@Test
	void failuresSpreadBeyondTheWindowDoNotAddUp() {
		for (int i = 0; i < 4; i++) {
			limit.failed("203.0.113.7");
		}
		clock.advance(Duration.ofMinutes(16));
		limit.failed("203.0.113.7");
		assertThat(limit.lockedOut("203.0.113.7")).isFalse();
	}

	@Test
	void aKeyForgottenCountsFromNothing() {
		for (int i = 0; i < 4; i++) {
			limit.failed("203.0.113.7");
		}
		limit.forget("203.0.113.7");
		for (int i = 0; i < 4; i++) {
			limit.failed("203.0.113.7");
		}
		assertThat(limit.lockedOut("203.0.113.7")).isFalse();
	}

	@Test
	void aFullTableForgetsTheOldestCountAndNeverShutsANewcomerOut() {
		FailureLimit small = new FailureLimit(1, Duration.ofMinutes(15), Duration.ofMinutes(30), clock, 2);
		small.failed("a");
		small.failed("b");
		small.failed("c");
		assertThat(small.lockedOut("a")).as("forgotten").isFalse();
		assertThat(small.lockedOut("b")).isTrue();
		assertThat(small.lockedOut("c")).isTrue();
		assertThat(small.lockedOut("d")).as("a newcomer to a full table").isFalse();
		small.failed("b");
		small.failed("d");
		assertThat(small.lockedOut("b")).as("counted again, so not the oldest").isTrue();
		assertThat(small.lockedOut("c")).as("the oldest now, forgotten").isFalse();
	}
}
