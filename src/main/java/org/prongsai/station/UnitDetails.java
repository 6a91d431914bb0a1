package org.prongsai.station;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator may change of an organisation unit; its place in the list is changed apart.
 * @param workLine the work line the unit serves; null for a unit outside the five
 */
record UnitDetails(String nameTh, String nameEn, @Nullable WorkLine workLine, String dutiesTh, String dutiesEn,
		int authorisedStrength, int actualStrength) {

	/** @throws IllegalArgumentException for a blank name or a negative strength */
	UnitDetails {
		if (nameTh.isBlank() || nameEn.isBlank()) {
			throw new IllegalArgumentException("a unit needs a name in Thai and in English");
		}
		if (authorisedStrength < 0 || actualStrength < 0) {
			throw new IllegalArgumentException("a unit's strength cannot be negative");
		}
	}

	/** A one-line summary for the audit trail. */
	String summary() {
		return "name=" + nameTh + " / " + nameEn + "; work line=" + (workLine == null ? "-" : workLine.name())
				+ "; strength=" + actualStrength + " of " + authorisedStrength + "; duties=" + dutiesTh + " / "
				+ dutiesEn;
	}
}
