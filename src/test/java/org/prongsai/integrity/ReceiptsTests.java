package org.prongsai.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.prongsai.platform.security.PasswordHashing;

class ReceiptsTests {

	private final Receipts receipts = new Receipts(new PasswordHashing(1, 0, Duration.ZERO).argon2(), new SecureRandom());

	@Test
	void aReceiptOpensItsComplaintHoweverItIsTypedAndOnlyItsSlowHashIsStored() {
		Receipts.Issued issued = receipts.issue();
		assertThat(issued.shown()).matches("([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}");
		String secret = issued.shown().replace("-", "").substring(Receipts.LOCATOR);
		assertThat(issued.hash()).startsWith("$argon2id$").doesNotContain(secret);
		assertThat(issued.shown().replace("-", "")).startsWith(issued.locator());

		Receipts.Typed typed = Receipts.read(" " + issued.shown().toLowerCase().replace("-", " ") + " ").orElseThrow();
		assertThat(typed.locator()).isEqualTo(issued.locator());
		assertThat(receipts.matches(typed, issued.hash())).isTrue();
		String withLookAlikes = issued.shown().replace('0', 'O').replace('1', 'l');
		assertThat(receipts.matches(Receipts.read(withLookAlikes).orElseThrow(), issued.hash())).isTrue();
	}

	@Test
	void aReceiptWrongByOneCharacterOrForNoComplaintIsRefused() {
		Receipts.Issued issued = receipts.issue();
		char last = issued.shown().charAt(issued.shown().length() - 1);
		String wrong = issued.shown().substring(0, issued.shown().length() - 1) + (last == 'A' ? 'B' : 'A');
		assertThat(receipts.matches(Receipts.read(wrong).orElseThrow(), issued.hash())).isFalse();
		assertThat(receipts.matches(Receipts.read(issued.shown()).orElseThrow(), null)).as("no complaint found").isFalse();
		assertThat(Receipts.read("ABCD-EFGH")).as("too short").isEmpty();
		assertThat(Receipts.read(issued.shown() + "-U")).as("a character no receipt has").isEmpty();
	}
}
