package org.prongsai.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Malformed, truncated and mutated files generated from a fixed seed, and the check that a
 * parser ends each with a result or its clear refusal, never another exception, allocating no
 * more than a generous bound. The same seed gives the same cases on every run.
 */
public final class Fuzzing {

	/**
	 * What one case may allocate on the reading thread, in all: generous beside the reading budget
	 * (256 MB), while a parser that balloons goes far past it.
	 */
	public static final long ALLOCATION_BOUND = 384L * 1024 * 1024;

	/** Lengths that break naive walking: negative, zero, one, and just past what any file has. */
	private static final int[] LENGTHS = { -1, -8, -12, 0, 1, 2, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0x7FFFFFF0, 0xFFFFFFF4 };

	private Fuzzing() {
	}

	/** A parse of one input, which may refuse it. */
	@FunctionalInterface
	public interface Parse {

		void parse(byte[] input) throws Exception;
	}

	/**
	 * {@code count} inputs made from the seeds: cut short, bytes flipped, lengths overwritten with
	 * hostile values (at random places and at the {@code lengthAt} offsets, where a format keeps
	 * its lengths), slices repeated or dropped, and pure noise.
	 */
	public static List<byte[]> mutations(long seed, int count, List<byte[]> seeds, int... lengthAt) {
		Random random = new Random(seed);
		List<byte[]> inputs = new ArrayList<>();
		while (inputs.size() < count) {
			byte[] base = seeds.get(random.nextInt(seeds.size()));
			inputs.add(switch (random.nextInt(8)) {
				case 0 -> Arrays.copyOf(base, random.nextInt(base.length + 1));
				case 1 -> flipped(base, random);
				case 2 -> withLength(base, random.nextInt(Math.max(1, base.length)), random);
				case 3 -> lengthAt.length == 0 ? flipped(base, random)
						: withLength(base, lengthAt[random.nextInt(lengthAt.length)], random);
				case 4 -> repeated(base, random);
				case 5 -> dropped(base, random);
				case 6 -> noise(random, 1 + random.nextInt(4096), base);
				default -> flipped(flipped(Arrays.copyOf(base, Math.max(1, base.length - random.nextInt(64))), random), random);
			});
		}
		return inputs;
	}

	/**
	 * Parses each input and asserts it ended with a result or one of the refusals, within the
	 * allocation bound; all the cases are tried, and every one that failed is named.
	 */
	@SafeVarargs
	public static void assertEachEndsWithAResultOrARefusal(String parser, List<byte[]> inputs, Parse parse,
			Class<? extends Throwable>... refusals) {
		List<String> failures = new ArrayList<>();
		int refused = 0;
		for (int i = 0; i < inputs.size(); i++) {
			byte[] input = inputs.get(i);
			long before = allocated();
			try {
				parse.parse(input);
			}
			catch (Throwable ex) {
				if (Arrays.stream(refusals).noneMatch(r -> r.isInstance(ex))) {
					failures.add("case " + i + " (" + input.length + " bytes): " + ex + " " + origin(ex));
				}
				else {
					refused++;
				}
			}
			long allocated = allocated() - before;
			if (allocated > ALLOCATION_BOUND) {
				failures.add("case " + i + " (" + input.length + " bytes) allocated " + allocated / (1024 * 1024) + " MB");
			}
		}
		assertThat(failures).as(parser + ": cases that ended otherwise than with a result or a refusal").isEmpty();
		assertThat(refused).as(parser + ": some cases are refused, so the inputs are hostile enough").isPositive();
	}

	/** Where the deepest cause was thrown, to find the parser that failed. */
	private static String origin(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		StackTraceElement[] trace = root.getStackTrace();
		return "(" + root + (trace.length == 0 ? "" : " at " + trace[0]) + ")";
	}

	/** Bytes allocated so far by this thread. */
	public static long allocated() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

	/** A big-endian 32-bit value written at the offset, as PNG keeps its lengths. */
	public static byte[] withInt(byte[] base, int at, int value, ByteOrder order) {
		byte[] bytes = base.clone();
		if (at >= 0 && at + 4 <= bytes.length) {
			ByteBuffer.wrap(bytes).order(order).putInt(at, value);
		}
		return bytes;
	}

	private static byte[] flipped(byte[] base, Random random) {
		byte[] bytes = base.length == 0 ? new byte[1] : base.clone();
		for (int n = 1 + random.nextInt(8); n > 0; n--) {
			bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
		}
		return bytes;
	}

	private static byte[] withLength(byte[] base, int at, Random random) {
		int value = LENGTHS[random.nextInt(LENGTHS.length)];
		return withInt(base, at, value, random.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
	}

	/** A slice of the file written again and again where it stands. */
	private static byte[] repeated(byte[] base, Random random) {
		if (base.length < 2) {
			return base.clone();
		}
		int from = random.nextInt(base.length - 1);
		byte[] slice = Arrays.copyOfRange(base, from, from + 1 + random.nextInt(Math.min(base.length - from, 512)));
		int times = 1 + random.nextInt(64);
		ByteBuffer out = ByteBuffer.allocate(base.length + slice.length * times);
		out.put(base, 0, from);
		for (int t = 0; t < times; t++) {
			out.put(slice);
		}
		return out.put(base, from, base.length - from).array();
	}

	/** The file with a slice of it left out. */
	private static byte[] dropped(byte[] base, Random random) {
		if (base.length < 2) {
			return base.clone();
		}
		int from = random.nextInt(base.length - 1);
		int length = 1 + random.nextInt(Math.min(base.length - from, 256));
		ByteBuffer out = ByteBuffer.allocate(base.length - length);
		return out.put(base, 0, from).put(base, from + length, base.length - from - length).array();
	}

	/** Random bytes after the first few of the seed, so the magic still says what the file claims to be. */
	private static byte[] noise(Random random, int length, byte[] base) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		System.arraycopy(base, 0, bytes, 0, Math.min(Math.min(16, base.length), length));
		return bytes;
	}
}
