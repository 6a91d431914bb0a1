package org.prongsai.platform.documents;

import java.time.Instant;
import java.time.LocalDate;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * What a generated file says about itself: its title, who issues it, and the one timestamp it
 * carries. The timestamp is the content's date (for example the end of the month reported), not
 * the moment of generation, so generating again from the same data gives the same bytes.
 */
public record DocumentInfo(String title, String issuer, String subject, LocalDate dated) {

	/** The start of the dated day in Bangkok, as written into files' creation and modification dates. */
	public Instant timestamp() {
		return dated.atStartOfDay(FiscalYear.BANGKOK).toInstant();
	}
}
