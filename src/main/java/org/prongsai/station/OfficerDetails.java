package org.prongsai.station;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator may change of an officer; the photo and the place in the list are changed apart.
 * @param unitId the officer's unit, or null for one above the units (the commander)
 */
record OfficerDetails(@Nullable UUID unitId, String rankTh, String rankEn, String nameTh, String nameEn,
		String titleTh, String titleEn, @Nullable String officialPhone, boolean executive) {

	/** @throws IllegalArgumentException for a blank rank, name or title */
	OfficerDetails {
		if (rankTh.isBlank() || rankEn.isBlank() || nameTh.isBlank() || nameEn.isBlank() || titleTh.isBlank()
				|| titleEn.isBlank()) {
			throw new IllegalArgumentException("an officer needs a rank, a name and a title in Thai and in English");
		}
	}

	/**
	 * A one-line summary for the audit trail: only what the public pages show anyway.
	 * @param unit the unit's name, as the reader of the trail knows it
	 */
	String summary(String unit) {
		return "name=" + rankTh + nameTh + " / " + rankEn + " " + nameEn + "; title=" + titleTh + " / " + titleEn
				+ "; unit=" + unit + "; phone=" + (officialPhone == null ? "-" : officialPhone) + "; executive="
				+ executive;
	}
}
