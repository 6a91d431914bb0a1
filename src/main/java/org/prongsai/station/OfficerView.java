package org.prongsai.station;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An officer as published: rank, name, title and official phone. */
public record OfficerView(UUID id, UUID stationId, @Nullable UUID unitId, String rankTh, String rankEn, String nameTh,
		String nameEn, String titleTh, String titleEn, @Nullable String officialPhone, boolean executive) {

	/** Rank and name, for example พ.ต.อ.สมมติ ใจดี or Pol. Col. Sommut Jaidee. */
	public String fullName(String language) {
		return "en".equals(language) ? rankEn + " " + nameEn : rankTh + nameTh;
	}

	public String title(String language) {
		return "en".equals(language) ? titleEn : titleTh;
	}
}
