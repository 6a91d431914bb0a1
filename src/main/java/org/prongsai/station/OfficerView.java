package org.prongsai.station;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An officer as published: rank, name, title, official phone and photo.
 * @param photoFileId the stored photo, served at {@code /{station}/officers/{id}/photo}; null when there is none
 */
public record OfficerView(UUID id, UUID stationId, @Nullable UUID unitId, int position, String rankTh, String rankEn,
		String nameTh, String nameEn, String titleTh, String titleEn, @Nullable String officialPhone,
		boolean executive, @Nullable UUID photoFileId) {

	/** Rank and name, for example พ.ต.อ.สมมติ ใจดี or Pol. Col. Sommut Jaidee. */
	public String fullName(String language) {
		return "en".equals(language) ? rankEn + " " + nameEn : rankTh + nameTh;
	}

	public String title(String language) {
		return "en".equals(language) ? titleEn : titleTh;
	}
}
