package org.prongsai.integrity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.prongsai.disclosure.Chart;
import org.prongsai.disclosure.DisclosureContent;
import org.prongsai.disclosure.DocumentFigures;
import org.prongsai.disclosure.LocalizedText;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.station.StationView;

/**
 * What the O17 page draws beside the complaint statistics' files: the totals as a table and the
 * complaints received month by month as a chart, a withheld month drawn without its column and
 * with "less than 3" in its place. The figures are those of the published files: computed from the
 * records as of the day the statistics published at the page's instant are as of, so a past
 * day's page shows what was published then; nothing is drawn before anything is published.
 */
@Component
class ComplaintStatisticsFigures implements DocumentFigures {

	static final String TEMPLATE = "integrity/public/complaint-statistics";

	private final DisclosureContent content;

	private final ComplaintStatistics statistics;

	private final Bilingual messages;

	ComplaintStatisticsFigures(DisclosureContent content, ComplaintStatistics statistics, Bilingual messages) {
		this.content = content;
		this.statistics = statistics;
		this.messages = messages;
	}

	@Override
	public String documentKind() {
		return ComplaintStatisticsDocuments.KIND;
	}

	@Override
	public Optional<Figures> figures(StationView station, FiscalYear year, Instant at) {
		LocalDate asOf = content.snapshot(station.id(), year, at).asOf().get(ComplaintStatisticsDocuments.KIND);
		if (asOf == null || !year.contains(asOf)) {
			return Optional.empty();
		}
		return Optional.of(new Figures(TEMPLATE, view(statistics.figures(station.id(), year, asOf))));
	}

	/** The figures as the fragment draws them, on the item page and on the screen that publishes them. */
	StatisticsView view(ComplaintFigures figures) {
		if (figures.none()) {
			return new StatisticsView(figures, null);
		}
		LocalizedText hidden = messages.text("integrity.statistics.hidden");
		List<Chart.Category> months = figures.byMonth().cells().stream()
			.map(cell -> new Chart.Category(Chart.month(YearMonth.parse(cell.code())),
					Collections.singletonList(cell.hidden() ? null : Math.toIntExact(cell.count())),
					Collections.singletonList(cell.hidden() ? hidden : null)))
			.toList();
		return new StatisticsView(figures, Chart.columns("complaints-by-month", "integrity.statistics.chart.months",
				List.of("integrity.statistics.chart.received"), months));
	}

	/**
	 * What the fragment {@code figures(model)} draws.
	 * @param chart the months' chart; null when no complaint was received
	 */
	record StatisticsView(ComplaintFigures figures, @Nullable Chart chart) {

		public FiscalYear year() {
			return figures.year();
		}

		public List<ComplaintFigures.Period> periods() {
			return List.of(figures.firstSixMonths(), figures.yearToDate());
		}
	}
}
