package org.prongsai.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ContentLocksTests {

	private static final String CARD = "a".repeat(64);

	private static final String OTHER = "b".repeat(64);

	private final ContentLocks locks = new ContentLocks();

	@Test
	void contentBeingKeptIsNotDeletedUntilEveryKeepHasSettled() {
		List<String> deleted = new ArrayList<>();
		locks.keeping(CARD);
		locks.keeping(CARD);

		locks.deleting(CARD, () -> deleted.add("while two keep it"));
		locks.settled(CARD);
		locks.deleting(CARD, () -> deleted.add("while one keeps it"));
		locks.settled(CARD);
		locks.deleting(CARD, () -> deleted.add("once none keeps it"));

		assertThat(deleted).containsExactly("once none keeps it");
	}

	@Test
	void aKeepWaitsForADeletionOfTheSameContentAndOnlyThat() throws Exception {
		CountDownLatch deleting = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		CompletableFuture<Void> deletion = CompletableFuture.runAsync(() -> locks.deleting(CARD, () -> {
			deleting.countDown();
			await(done);
		}));
		assertThat(deleting.await(10, TimeUnit.SECONDS)).isTrue();

		locks.keeping(OTHER);
		Thread keeper = new Thread(() -> locks.keeping(CARD));
		keeper.start();
		while (keeper.getState() != Thread.State.WAITING && keeper.isAlive()) {
			Thread.onSpinWait();
		}
		assertThat(keeper.isAlive()).as("waits while the same content is being deleted").isTrue();

		done.countDown();
		deletion.get(10, TimeUnit.SECONDS);
		keeper.join(10_000);
		assertThat(keeper.isAlive()).isFalse();
		List<String> deleted = new ArrayList<>();
		locks.deleting(CARD, () -> deleted.add(CARD));
		assertThat(deleted).as("kept by the keep that waited").isEmpty();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
