package org.prongsai.station;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An organisation unit as published in items O1 and O2.
 * @param workLine the work line the unit serves; null for a unit outside the five (e.g. the commander's office)
 */
public record UnitView(UUID id, UUID stationId, int position, String nameTh, String nameEn,
		@Nullable WorkLine workLine, String dutiesTh, String dutiesEn, int authorisedStrength, int actualStrength) {

	public String name(String language) {
		return "en".equals(language) ? nameEn : nameTh;
	}

	public String duties(String language) {
		return "en".equals(language) ? dutiesEn : dutiesTh;
	}
}
