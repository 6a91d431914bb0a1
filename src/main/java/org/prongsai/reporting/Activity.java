package org.prongsai.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.prongsai.disclosure.LocalizedText;

/**
 * One activity of the monthly operations report.
 * @param unit the responsible unit, by name as it was when recorded
 * @param photoFileId a photo of the activity, or null
 * @param recordedBy the user name of whoever recorded it
 */
record Activity(UUID id, String title, String details, LocalDate startedOn, LocalDate endedOn, LocalizedText unit,
		@Nullable UUID photoFileId, String recordedBy, int version) {

	/** The month the activity is reported in: the one it started in. */
	YearMonth month() {
		return YearMonth.from(startedOn);
	}
}
