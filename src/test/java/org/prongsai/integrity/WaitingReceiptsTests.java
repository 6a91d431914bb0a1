package org.prongsai.integrity;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.prongsai.station.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class WaitingReceiptsTests {

	private final MutableClock clock = new MutableClock();

	private final WaitingReceipts waiting = new WaitingReceipts(clock);

	@Test
	void theSameFillingSentWhileTheFirstIsBeingKeptWaitsForItsReceipt() {
		assertThat(waiting.claim("kamala", "token-one")).as("the first sending").isNull();
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> waiting.claim("kamala", "token-one"));

		waiting.issued("kamala", "token-one", "ABCD-EFGH");

		assertThat(second.join()).isEqualTo("ABCD-EFGH");
		assertThat(waiting.claim("kamala", "token-two")).as("another filling is its own").isNull();
		assertThat(waiting.claim("thungthong", "token-one")).as("another station's is its own").isNull();
	}

	@Test
	void aRefusedFillingMayBeSentAgain() {
		assertThat(waiting.claim("kamala", "token")).isNull();

		waiting.refused("kamala", "token");

		assertThat(waiting.claim("kamala", "token")).as("corrected and sent again").isNull();
	}

	@Test
	void aReceiptIsKeptForFifteenMinutesAndNoLonger() {
		assertThat(waiting.claim("kamala", "token")).isNull();
		waiting.issued("kamala", "token", "ABCD-EFGH");

		clock.advance(WaitingReceipts.KEPT);
		assertThat(waiting.claim("kamala", "token")).isEqualTo("ABCD-EFGH");

		clock.advance(java.time.Duration.ofSeconds(1));
		assertThat(waiting.claim("kamala", "token")).as("gone: the filling is now a new claim").isNull();
	}

	@Test
	void aReceiptShownThroughTheSessionIsNotKeptHere() {
		assertThat(waiting.claim("kamala", "token")).isNull();
		waiting.issued("kamala", "token", "ABCD-EFGH");
		waiting.shown("kamala", "token");

		assertThat(waiting.claim("kamala", "token")).isNull();
	}
}
