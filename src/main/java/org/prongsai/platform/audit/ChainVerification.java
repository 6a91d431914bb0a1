package org.prongsai.platform.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking the audit chain.
 *
 * @param intact whether every entry matches its hash and links to the one before
 * @param entriesChecked entries found sound (all of them when intact, those before the break otherwise)
 * @param firstBrokenSeq the first entry that is altered, unlinked or missing; null when intact
 * @param reason what is wrong with that entry (English, for operators); empty when intact
 */
public record ChainVerification(boolean intact, long entriesChecked, @Nullable Long firstBrokenSeq, String reason) {

	static ChainVerification sound(long entriesChecked) {
		return new ChainVerification(true, entriesChecked, null, "");
	}

	static ChainVerification brokenAt(long entriesChecked, long seq, String reason) {
		return new ChainVerification(false, entriesChecked, seq, reason);
	}
}
