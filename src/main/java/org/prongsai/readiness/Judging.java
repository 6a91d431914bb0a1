package org.prongsai.readiness;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.prongsai.disclosure.CriteriaCatalogue;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.web.NotFoundException;

/**
 * Which year and day a readiness screen judges: the year asked for, or the latest with criteria;
 * the day asked for, or today — or, for a year already over, its last day.
 */
@Component
class Judging {

	private final CriteriaCatalogue catalogue;

	private final Clock clock;

	Judging(CriteriaCatalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** @throws NotFoundException for a year that is none or has no criteria */
	FiscalYear year(@Nullable Integer year) {
		if (year != null) {
			try {
				return catalogue.forYear(FiscalYear.of(year)).orElseThrow(() -> new NotFoundException("no criteria")).fiscalYear();
			}
			catch (IllegalArgumentException ex) {
				throw new NotFoundException("fiscal year " + year);
			}
		}
		return catalogue.inForce(FiscalYear.current(clock)).orElseThrow(() -> new NotFoundException("no criteria"))
			.fiscalYear();
	}

	LocalDate day(FiscalYear year, @Nullable LocalDate asked) {
		if (asked != null) {
			return asked;
		}
		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.BANGKOK));
		return today.isAfter(year.end()) ? year.end() : today;
	}
}
