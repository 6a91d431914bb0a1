package org.prongsai.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The gate every slow hash passes, made deterministic: the hashes it admits block until the test
 * releases them, so what is inside, what waits and what is refused is known, never timed.
 */
class PasswordHashingTests {

	@Test
	void noMoreHashesRunAtOnceThanTheCapAndThoseWaitingRunWhenThereIsRoom() {
		PasswordHashing hashing = new PasswordHashing(2, 16, Duration.ofMinutes(1));
		HeldHashes hashes = new HeldHashes(hashing);
		try (hashes) {
			hashes.start(16);
			hashes.awaitInside(2);
			hashes.awaitAllBlocked();
			assertThat(hashes.inside()).as("admitted while 14 wait").isEqualTo(2);
		}
		assertThat(hashes.refusals()).as("every one waiting ran in the end").isEmpty();
		assertThat(hashes.mostInside()).isEqualTo(2);
	}

	@Test
	void withTheGateAndItsQueueFullAHashIsRefusedAtOnce() {
		PasswordHashing hashing = new PasswordHashing(2, 1, Duration.ofMinutes(10));
		PasswordEncoder encoder = hashing.argon2();
		try (HeldHashes hashes = HeldHashes.filling(hashing, 2)) {
			hashes.start(1);
			hashes.awaitAllBlocked();

			// Were it to wait its turn, this test would hang for ten minutes.
			assertThatExceptionOfType(HashingBusy.class).isThrownBy(() -> encoder.matches("password", "$argon2id$x"));
			assertThatExceptionOfType(HashingBusy.class).isThrownBy(() -> encoder.encode("password"));
			assertThat(hashes.inside()).isEqualTo(2);
		}
	}

	@Test
	void aHashThatWaitsLongerThanAllowedIsRefused() {
		PasswordHashing hashing = new PasswordHashing(1, 4, Duration.ofMillis(20));
		try (HeldHashes hashes = HeldHashes.filling(hashing, 1)) {
			assertThatExceptionOfType(HashingBusy.class).isThrownBy(() -> hashing.argon2().encode("password"));
		}
	}

	@Test
	void aHashRunsAgainOnceTheGateHasRoom() {
		PasswordHashing hashing = new PasswordHashing(1, 0, Duration.ZERO);
		PasswordEncoder encoder = hashing.argon2();
		try (HeldHashes hashes = HeldHashes.filling(hashing, 1)) {
			assertThatExceptionOfType(HashingBusy.class).isThrownBy(() -> encoder.encode("password"));
		}
		String hash = encoder.encode("password");
		assertThat(hash).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
		assertThat(encoder.matches("password", hash)).isTrue();
		assertThat(encoder.matches("wrong", hash)).isFalse();
	}

	@Test
	void theRefusalSaysTheBusyPortalInThaiAndEnglish() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/platform");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		HashingBusy busy = new HashingBusy();

		assertThat(messages.getMessage(busy.messageKey(), busy.arguments(), Locale.forLanguageTag("th")))
			.isEqualTo("ขณะนี้ระบบมีผู้ใช้งานมาก กรุณารอสักครู่แล้วลองอีกครั้ง");
		assertThat(messages.getMessage(busy.messageKey(), busy.arguments(), Locale.ENGLISH))
			.isEqualTo("The portal is busy. Wait a moment and try again.");
	}
}
