package org.prongsai.eservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessCodesTests {

	static final byte[] SECRET = "a secret of thirty-two bytes, at least".getBytes(StandardCharsets.US_ASCII);

	final AccessCodes codes = new AccessCodes(SECRET, new SecureRandom());

	@Test
	void aCodeHasEightyRandomBitsInFourGroupsAndCodesDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String code = codes.newCode();
			assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
			assertThat(seen.add(code)).isTrue();
		}
	}

	@Test
	void theCodeMatchesItsCaseHoweverItIsTypedAndNothingElse() {
		String code = "7K3M-Q9XD-0B1Z-TT4R";
		byte[] stored = codes.hash("kamala/คดีอาญาที่ 123/2567", code);
		assertThat(codes.matches("kamala/คดีอาญาที่ 123/2567", code, stored)).isTrue();
		assertThat(codes.matches("kamala/คดีอาญาที่ 123/2567", "7k3m q9xd ob1z tt4r", stored))
			.as("lower case, spaces and an O for the zero").isTrue();
		assertThat(codes.matches("kamala/คดีอาญาที่ 123/2567", "7K3M-Q9XD-0B1Z-TT4S", stored)).as("one character off").isFalse();
		assertThat(codes.matches("kamala/คดีอาญาที่ 124/2567", code, stored)).as("another case's").isFalse();
		assertThat(codes.matches("kamala/คดีอาญาที่ 123/2567", "7K3M-Q9XD-0B1Z-TT4R-", stored)).isTrue();
		assertThat(codes.matches("kamala/คดีอาญาที่ 123/2567", "7K3M-Q9XD-0B1Z-TT4", stored)).as("too short").isFalse();
		assertThat(codes.matches("kamala/คดีอาญาที่ 123/2567", "7K3M+Q9XD-0B1Z-TT4R", stored)).as("a stray sign").isFalse();
	}

	@Test
	void theStoredHashDependsOnTheSecretSoACopiedDatabaseRevealsNothing() {
		byte[] stored = codes.hash("kamala/1", "7K3M-Q9XD-0B1Z-TT4R");
		AccessCodes otherSecret = new AccessCodes("another secret of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII),
				new SecureRandom());
		assertThat(otherSecret.matches("kamala/1", "7K3M-Q9XD-0B1Z-TT4R", stored)).isFalse();
		assertThat(stored).hasSize(32);
		assertThatIllegalArgumentException().isThrownBy(() -> new AccessCodes(new byte[16], new SecureRandom()));
	}
}
