package org.prongsai.integrity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCellsTests {

	@Test
	void aLoneSmallCountTakesTheSmallestOtherCountAboveZeroWithIt() {
		long[] byCategory = { 12, 2, 4, 0 };
		assertThat(SmallCells.hidden(byCategory)).containsExactly(false, true, true, false);
		assertThat(recoverable(byCategory, SmallCells.hidden(byCategory))).isEmpty();
	}

	@Test
	void twoSmallCountsHideEachOtherAndLargeCountsAndZerosStay() {
		assertThat(SmallCells.hidden(new long[] { 1, 7, 2, 0, 30 })).containsExactly(true, false, true, false, false);
		assertThat(SmallCells.hidden(new long[] { 5, 0, 9 })).containsExactly(false, false, false);
	}

	@Test
	void noHiddenCountCanBeWorkedOutFromThePublishedTotalInAnyBreakdown() {
		Random random = new Random(2567);
		for (int trial = 0; trial < 2000; trial++) {
			long[] counts = new long[2 + random.nextInt(6)];
			for (int i = 0; i < counts.length; i++) {
				counts[i] = random.nextInt(10) < 5 ? random.nextInt(3) : random.nextInt(12);
			}
			boolean[] hidden = SmallCells.hidden(counts);
			for (int i = 0; i < counts.length; i++) {
				if (SmallCells.small(counts[i])) {
					assertThat(hidden[i]).isTrue();
				}
			}
			assertThat(recoverable(counts, hidden)).as("recoverable counts of %s", java.util.Arrays.toString(counts)).isEmpty();
		}
	}

	/**
	 * The hidden counts whose value every breakdown agreeing with what is published (the shown
	 * counts and the total, no count negative) shares: found by trying every such breakdown.
	 */
	private static List<Integer> recoverable(long[] counts, boolean[] hidden) {
		List<Integer> unknowns = new ArrayList<>();
		long left = 0;
		for (int i = 0; i < counts.length; i++) {
			if (hidden[i]) {
				unknowns.add(i);
				left += counts[i];
			}
		}
		List<Set<Long>> seen = new ArrayList<>();
		unknowns.forEach(u -> seen.add(new HashSet<>()));
		search(unknowns.size(), 0, new long[unknowns.size()], left, seen);
		List<Integer> recoverable = new ArrayList<>();
		for (int i = 0; i < unknowns.size(); i++) {
			if (seen.get(i).size() < 2) {
				recoverable.add(unknowns.get(i));
			}
		}
		return recoverable;
	}

	private static void search(int size, int at, long[] values, long left, List<Set<Long>> seen) {
		if (at == size - 1) {
			values[at] = left;
			for (int i = 0; i < size; i++) {
				seen.get(i).add(values[i]);
			}
			return;
		}
		for (long v = 0; v <= left && seen.stream().anyMatch(s -> s.size() < 2); v++) {
			values[at] = v;
			search(size, at + 1, values, left - v, seen);
		}
	}
}
