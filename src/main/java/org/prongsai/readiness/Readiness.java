package org.prongsai.readiness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.disclosure.CriteriaCatalogue;
import org.prongsai.disclosure.DisclosureContent;
import org.prongsai.platform.calendar.FiscalYear;

/** Evaluates a station's readiness: what it had published by the end of the cut-off day, against that year's criteria. */
@Service
@Transactional(readOnly = true)
public class Readiness {

	private final CriteriaCatalogue catalogue;

	private final DisclosureContent content;

	Readiness(CriteriaCatalogue catalogue, DisclosureContent content) {
		this.catalogue = catalogue;
		this.content = content;
	}

	/** The evaluation, or empty when no criteria exist for that fiscal year. */
	public Optional<Evaluation> evaluate(UUID stationId, FiscalYear year, LocalDate cutOff) {
		Instant endOfDay = cutOff.plusDays(1).atStartOfDay(FiscalYear.BANGKOK).toInstant().minusMillis(1);
		return catalogue.forYear(year)
			.map(criteria -> new Evaluator(criteria, content.snapshot(stationId, year, endOfDay), cutOff).evaluate());
	}
}
