package org.prongsai.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.prongsai.disclosure.Chart;
import org.prongsai.disclosure.DocumentFigures;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.station.StationView;

/**
 * The charts the O11 page draws beside the statistics files: from the figures released as open
 * data (never from records not yet published), as they stood at the page's instant, so a past
 * day's page shows that day's charts. Crimes: cases reported and solved month by month, and the
 * year's cases by CRIMES group. Checkpoints: checkpoints, offences found and arrests month by
 * month, and the year's offences by type.
 */
@Configuration(proxyBeanMethods = false)
class StatisticsCharts {

	static final String TEMPLATE = "reporting/public/charts";

	@Bean
	DocumentFigures crimeCharts(DatasetReleases releases) {
		return new Drawn(CrimeMonthDocuments.KIND, (station, year, at) -> {
			SortedMap<YearMonth, List<Map<String, Object>>> months = releases.months(station.id(), CrimeDataset.NAME, year, at);
			if (months.isEmpty()) {
				return List.of();
			}
			List<Chart.Category> groups = new ArrayList<>();
			for (int group = 1; group <= CrimeOffence.GROUPS.size(); group++) {
				int of = group;
				groups.add(new Chart.Category(CrimeOffence.GROUPS.get(group - 1), List.of(months.values().stream()
					.flatMap(List::stream).filter(r -> number(r, "group") == of).mapToInt(r -> number(r, "reported")).sum())));
			}
			return List.of(
					Chart.columns("crime-trend", "reporting.chart.crime.trend", List.of("reporting.chart.reported",
							"reporting.chart.solved"), monthly(year, months, sum("reported"), sum("solved"))),
					Chart.bars("crime-groups", "reporting.chart.crime.groups", "reporting.chart.group", List.of("reporting.chart.reported"), groups));
		});
	}

	@Bean
	DocumentFigures checkpointCharts(DatasetReleases releases) {
		return new Drawn(CheckpointMonthDocuments.KIND, (station, year, at) -> {
			SortedMap<YearMonth, List<Map<String, Object>>> months = releases.months(station.id(), CheckpointDataset.NAME, year,
					at);
			if (months.isEmpty()) {
				return List.of();
			}
			List<Chart.Category> types = CheckpointMeasure.offences().stream()
				.map(m -> new Chart.Category(m.name(), List.<@Nullable Integer>of(sum(m.code()).applyAsInt(
						months.values().stream().flatMap(List::stream).toList()))))
				.toList();
			return List.of(
					Chart.columns("checkpoint-trend", "reporting.chart.checkpoints.trend", List.of(
							"reporting.chart.checkpoints", "reporting.chart.offences", "reporting.chart.arrests"),
							monthly(year, months, sum("checkpoints"), sum("offences_found"), sum("arrests"))),
					Chart.bars("checkpoint-offences", "reporting.chart.checkpoints.offences", "reporting.chart.type",
							List.of("reporting.chart.offences"),
							types));
		});
	}

	/** The fiscal year's months up to the last released, each with its sums; a month not released has none. */
	@SafeVarargs
	private static List<Chart.Category> monthly(FiscalYear year, SortedMap<YearMonth, List<Map<String, Object>>> months,
			ToIntFunction<List<Map<String, Object>>>... sums) {
		List<Chart.Category> categories = new ArrayList<>();
		for (YearMonth month = YearMonth.from(year.start()); !month.isAfter(months.lastKey()); month = month.plusMonths(1)) {
			List<Map<String, Object>> records = months.get(month);
			List<@Nullable Integer> values = new ArrayList<>();
			for (ToIntFunction<List<Map<String, Object>>> sum : sums) {
				values.add(records == null ? null : sum.applyAsInt(records));
			}
			categories.add(new Chart.Category(Chart.month(month), values));
		}
		return categories;
	}

	private static ToIntFunction<List<Map<String, Object>>> sum(String field) {
		return records -> records.stream().mapToInt(r -> number(r, field)).sum();
	}

	private static int number(Map<String, Object> record, String field) {
		return record.get(field) instanceof Number n ? n.intValue() : 0;
	}

	/** The charts a kind of statistics draws for a station's year at an instant; none when nothing was released. */
	@FunctionalInterface
	interface Charting {

		List<Chart> charts(StationView station, FiscalYear year, Instant at);
	}

	/** What the fragment draws: the year the charts cover and the charts. */
	record ChartsView(FiscalYear year, List<Chart> charts) {
	}

	private record Drawn(String documentKind, Charting charting) implements DocumentFigures {

		@Override
		public Optional<Figures> figures(StationView station, FiscalYear year, Instant at) {
			List<Chart> charts = charting.charts(station, year, at);
			return charts.isEmpty() ? Optional.empty() : Optional.of(new Figures(TEMPLATE, new ChartsView(year, charts)));
		}
	}
}
