package org.prongsai.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with Spring Security's current parameters (16 MB, 2 passes, parallelism 1, 16-byte salt,
 * 32-byte hash) and its encoded form ({@code $argon2id$v=19$m=16384,t=2,p=1$salt$hash}), so either
 * checks what the other made. It differs in one thing: the 16,384 blocks of a kilobyte each hash
 * fills are lent from a pool, kept for as many hashes as the gate lets run at once, instead of
 * allocated afresh. Fresh, every sign-in put 16 MB of short-lived objects on the heap; under a flood
 * of attempts they outlived young collections, filled the old generation and forced full ones.
 */
final class PooledArgon2 implements PasswordEncoder {

	private static final int MEMORY_KB = 1 << 14;

	private static final int ITERATIONS = 2;

	private static final int PARALLELISM = 1;

	private static final int SALT_LENGTH = 16;

	private static final int HASH_LENGTH = 32;

	private static final Pattern ENCODED = Pattern
		.compile("\\$argon2(id|i|d)\\$v=(\\d+)\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

	/** Spring Security's own encoder reads and writes up to a million kilobytes; nothing bigger is read. */
	private static final int MAX_MEMORY_KB = 1 << 20;

	private final SecureRandom random = new SecureRandom();

	private final Argon2BytesGenerator.BlockPool pool;

	/** @param pooledHashes for how many hashes at once the pool keeps memory */
	PooledArgon2(int pooledHashes) {
		this.pool = new Argon2BytesGenerator.FixedBlockPool(pooledHashes * MEMORY_KB);
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence raw) {
		if (raw == null) {
			return null;
		}
		byte[] salt = new byte[SALT_LENGTH];
		random.nextBytes(salt);
		Argon2Parameters parameters = parameters(Argon2Parameters.ARGON2_id, Argon2Parameters.ARGON2_VERSION_13, MEMORY_KB,
				ITERATIONS, PARALLELISM, salt);
		byte[] hash = hash(raw, parameters, HASH_LENGTH);
		Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
		return "$argon2id$v=" + Argon2Parameters.ARGON2_VERSION_13 + "$m=" + MEMORY_KB + ",t=" + ITERATIONS + ",p="
				+ PARALLELISM + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
	}

	@Override
	public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
		if (raw == null || encoded == null) {
			return false;
		}
		Matcher m = ENCODED.matcher(encoded);
		if (!m.matches()) {
			return false;
		}
		int type = switch (m.group(1)) {
			case "id" -> Argon2Parameters.ARGON2_id;
			case "i" -> Argon2Parameters.ARGON2_i;
			default -> Argon2Parameters.ARGON2_d;
		};
		try {
			int version = Integer.parseInt(m.group(2));
			int memory = Integer.parseInt(m.group(3));
			int iterations = Integer.parseInt(m.group(4));
			int parallelism = Integer.parseInt(m.group(5));
			if (memory > MAX_MEMORY_KB || iterations > 64 || parallelism > 16) {
				return false;
			}
			Base64.Decoder base64 = Base64.getDecoder();
			byte[] salt = base64.decode(m.group(6));
			byte[] expected = base64.decode(m.group(7));
			byte[] actual = hash(raw, parameters(type, version, memory, iterations, parallelism, salt), expected.length);
			return MessageDigest.isEqual(expected, actual);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encoded) {
		if (encoded == null) {
			return false;
		}
		Matcher m = ENCODED.matcher(encoded);
		return m.matches() && (Long.parseLong(m.group(3)) < MEMORY_KB || Long.parseLong(m.group(4)) < ITERATIONS);
	}

	private Argon2Parameters parameters(int type, int version, int memory, int iterations, int parallelism, byte[] salt) {
		Argon2Parameters.Builder builder = new Argon2Parameters.Builder(type).withSalt(salt)
			.withParallelism(parallelism)
			.withMemoryAsKB(memory)
			.withIterations(iterations)
			.withVersion(version);
		// Only the usual size borrows from the pool: an odd hash's blocks would stay in it for good.
		if (memory == MEMORY_KB && parallelism == PARALLELISM) {
			builder.withBlockPool(pool);
		}
		return builder.build();
	}

	private static byte[] hash(CharSequence raw, Argon2Parameters parameters, int length) {
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(parameters);
		byte[] hash = new byte[length];
		generator.generateBytes(raw.toString().getBytes(StandardCharsets.UTF_8), hash);
		return hash;
	}
}
