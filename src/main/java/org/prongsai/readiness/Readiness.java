package org.prongsai.readiness;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.disclosure.CriteriaCatalogue;
import org.prongsai.disclosure.DisclosureContent;
import org.prongsai.disclosure.DocumentSource;
import org.prongsai.platform.calendar.FiscalYear;

/** Evaluates a station's published content against a fiscal year's criteria. */
@Service
@Transactional(readOnly = true)
public class Readiness {

	private final CriteriaCatalogue catalogue;

	private final DisclosureContent content;

	private final Clock clock;

	/** The screens that make a kind of document from records, by kind. */
	private final Map<String, String> sources;

	Readiness(CriteriaCatalogue catalogue, DisclosureContent content, Clock clock, List<DocumentSource> sources) {
		this.catalogue = catalogue;
		this.content = content;
		this.clock = clock;
		this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(DocumentSource::documentKind,
				DocumentSource::screen));
	}

	/**
	 * What is missing: today's content judged as assessors would judge it on the cut-off date
	 * (which months are due, which news count). Empty when no criteria exist for the year.
	 */
	public Optional<Evaluation> evaluate(UUID stationId, FiscalYear year, LocalDate cutOff) {
		return evaluate(stationId, year, cutOff, clock.instant());
	}

	/**
	 * What the assessors saw: the content as it stood at the end of that day, judged on that day.
	 * Empty when no criteria exist for the year.
	 */
	public Optional<Evaluation> evaluateAsPublished(UUID stationId, FiscalYear year, LocalDate day) {
		Instant endOfDay = day.plusDays(1).atStartOfDay(FiscalYear.BANGKOK).toInstant().minusMillis(1);
		return evaluate(stationId, year, day, endOfDay);
	}

	private Optional<Evaluation> evaluate(UUID stationId, FiscalYear year, LocalDate cutOff, Instant contentAt) {
		return catalogue.forYear(year)
			.map(criteria -> new Evaluator(criteria, content.snapshot(stationId, year, contentAt), cutOff, sources).evaluate());
	}
}
