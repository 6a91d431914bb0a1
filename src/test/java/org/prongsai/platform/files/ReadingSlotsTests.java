package org.prongsai.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class ReadingSlotsTests {

	@Test
	void aReadingThatFindsEverySlotTakenIsRefusedAsBusyInsteadOfQueueing() throws Exception {
		ReadingSlots slots = new ReadingSlots(1, Duration.ZERO);
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		Thread first = new Thread(() -> slots.read(() -> {
			reading.countDown();
			try {
				done.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return "first";
		}));
		first.start();
		reading.await();

		assertThatExceptionOfType(ServerBusyException.class).isThrownBy(() -> slots.read(() -> "second"))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("files.busy"));

		done.countDown();
		first.join();
		assertThat(slots.read(() -> "third")).as("the slot is given back").isEqualTo("third");
	}

	@Test
	void aSlotIsGivenBackWhenTheReadingFails() {
		ReadingSlots slots = new ReadingSlots(1, Duration.ZERO);

		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> slots.read(() -> {
			throw FileRejectedException.empty();
		}));
		assertThat(slots.read(() -> "next")).isEqualTo("next");
	}
}
