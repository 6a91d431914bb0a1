package org.prongsai.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** The pooled Argon2 is Spring Security's Argon2 in all but where its memory comes from. */
class PooledArgon2Tests {

	final PooledArgon2 pooled = new PooledArgon2(2);

	final Argon2PasswordEncoder spring = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

	@Test
	void eachChecksWhatTheOtherMadeAndRefusesAWrongPassword() {
		String ours = pooled.encode("รหัสผ่าน-ที่ถูก 1");
		String theirs = spring.encode("รหัสผ่าน-ที่ถูก 1");
		assertThat(ours).startsWith("$argon2id$v=19$m=16384,t=2,p=1$").isNotEqualTo(pooled.encode("รหัสผ่าน-ที่ถูก 1"));
		assertThat(spring.matches("รหัสผ่าน-ที่ถูก 1", ours)).isTrue();
		assertThat(pooled.matches("รหัสผ่าน-ที่ถูก 1", theirs)).isTrue();
		assertThat(pooled.matches("รหัสผ่าน-ที่ถูก 2", theirs)).isFalse();
		assertThat(pooled.matches("รหัสผ่าน-ที่ถูก 2", ours)).isFalse();
	}

	@Test
	void aHashOfOtherParametersIsCheckedWithItsOwnAndAWeakerOneAskedToBeRemade() {
		Argon2PasswordEncoder older = new Argon2PasswordEncoder(16, 32, 1, 1 << 12, 3);
		String hash = older.encode("secret");
		assertThat(pooled.matches("secret", hash)).isTrue();
		assertThat(pooled.matches("Secret", hash)).isFalse();
		assertThat(pooled.upgradeEncoding(hash)).isTrue();
		assertThat(pooled.upgradeEncoding(pooled.encode("secret"))).isFalse();
	}

	@Test
	void whatIsNoArgon2HashOrAsksForTooMuchMemoryMatchesNothing() {
		assertThat(pooled.matches("secret", "")).isFalse();
		assertThat(pooled.matches("secret", "{bcrypt}$2a$10$abcdefghijklmnopqrstuu")).isFalse();
		assertThat(pooled.matches("secret", "$argon2id$v=19$m=4194304,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo"))
			.as("four gigabytes asked for by a stored value are never allocated").isFalse();
		assertThat(pooled.matches("secret", "$argon2id$v=19$m=16384,t=2,p=1$not*base64$aGFzaA")).isFalse();
	}

	@Test
	void hashesRunAtOnceShareThePoolAndGiveTheSameResultsAsOneByOne() throws Exception {
		String hash = spring.encode("พร้อมกัน");
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> checks = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String password = i % 2 == 0 ? "พร้อมกัน" : "พร้อมกัน" + i;
				checks.add(threads.submit((Callable<Boolean>) () -> pooled.matches(password, hash)));
			}
			for (int i = 0; i < checks.size(); i++) {
				assertThat(checks.get(i).get()).as("check %d", i).isEqualTo(i % 2 == 0);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}
}
