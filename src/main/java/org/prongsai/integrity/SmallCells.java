package org.prongsai.integrity;

/**
 * Small-cell protection for a published breakdown of complaint counts (by category, by unit, by
 * month): a count of 1 or 2 could point at a person, so it is shown as "&lt; 3". Hiding it alone
 * is not enough when the breakdown's total is published, as it must be: the reader would subtract
 * the shown counts from the total. So a lone hidden count takes a second one with it, the
 * smallest other count (one above zero first, so that either of the two could be larger), and
 * then neither can be worked out. Each breakdown is published on its own line against the
 * total; cross-tables, whose row and column totals constrain each other, are not published.
 */
final class SmallCells {

	/** Counts below this, and above zero, are hidden. */
	static final int THRESHOLD = 3;

	private SmallCells() {
	}

	/**
	 * Which counts of a breakdown to hide, given that its total is published.
	 * @param counts the breakdown's counts, none negative
	 * @return for each count, whether it is hidden
	 */
	static boolean[] hidden(long[] counts) {
		boolean[] hidden = new boolean[counts.length];
		int small = 0;
		for (int i = 0; i < counts.length; i++) {
			if (small(counts[i])) {
				hidden[i] = true;
				small++;
			}
		}
		if (small == 1) {
			int second = -1;
			for (int i = 0; i < counts.length; i++) {
				if (!hidden[i] && (second < 0 || before(counts[i], counts[second]))) {
					second = i;
				}
			}
			if (second >= 0) {
				hidden[second] = true;
			}
		}
		return hidden;
	}

	static boolean small(long count) {
		return count > 0 && count < THRESHOLD;
	}

	/** Whether a count is a better second to hide: above zero before zero, then the smaller. */
	private static boolean before(long candidate, long best) {
		if ((candidate > 0) != (best > 0)) {
			return candidate > 0;
		}
		return candidate < best;
	}
}
