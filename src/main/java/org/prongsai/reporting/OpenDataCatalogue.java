package org.prongsai.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * The open datasets of the deployment: which station has released which, since when, until
 * which period, and whether a release is overdue (stale: its update frequency has passed).
 */
@Service
class OpenDataCatalogue {

	/** Every dataset the portal publishes; new capabilities add theirs here. */
	static final List<DatasetDescription> DESCRIPTIONS = List.of(ProcurementDataset.DESCRIPTION, OperationsDataset.DESCRIPTION,
			CrimeDataset.DESCRIPTION, CheckpointDataset.DESCRIPTION, ProcurementPlanDataset.DESCRIPTION, BudgetDataset.DESCRIPTION,
			FundDataset.DESCRIPTION);

	private final DatasetReleases releases;

	private final StationDirectory stations;

	private final Clock clock;

	OpenDataCatalogue(DatasetReleases releases, StationDirectory stations, Clock clock) {
		this.releases = releases;
		this.stations = stations;
		this.clock = clock;
	}

	/** The station's datasets that have at least one release. */
	List<Entry> datasets(StationView station) {
		List<Entry> entries = new ArrayList<>();
		for (DatasetDescription description : DESCRIPTIONS) {
			List<DatasetReleases.Release> released = releases.current(station.id(), description.name());
			if (released.isEmpty()) {
				continue;
			}
			YearMonth first = YearMonth.parse(released.get(0).period());
			YearMonth last = YearMonth.parse(released.get(released.size() - 1).period());
			Instant created = released.stream().map(DatasetReleases.Release::releasedAt).min(Instant::compareTo).orElseThrow();
			Instant modified = released.stream().map(DatasetReleases.Release::releasedAt).max(Instant::compareTo).orElseThrow();
			// A period is due by the end of the month after it; past that, the next one is overdue.
			LocalDate due = last.plusMonths(description.frequencyMonths() + 1L).atEndOfMonth();
			boolean stale = LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).isAfter(due);
			entries.add(new Entry(station, description, first, last, created, modified,
					released.stream().mapToInt(DatasetReleases.Release::count).sum(), stale));
		}
		return entries;
	}

	/** Every station's released datasets. */
	List<Entry> all() {
		return stations.all().stream().flatMap(s -> datasets(s).stream()).toList();
	}

	/** A dataset by its catalogue name, {@code station-dataset}, for example {@code kamala-procurement}. */
	Optional<Entry> named(String name) {
		return all().stream().filter(e -> e.name().equals(name)).findFirst();
	}

	/**
	 * A station's released dataset.
	 * @param firstPeriod the earliest period released; {@code lastPeriod} the latest
	 * @param records how many records the current releases hold
	 * @param stale whether the next period's release is overdue
	 */
	record Entry(StationView station, DatasetDescription description, YearMonth firstPeriod, YearMonth lastPeriod,
			Instant created, Instant modified, int records, boolean stale) {

		/** The name harvesters know it by: unique across stations. */
		String name() {
			return station.code() + "-" + description.name();
		}
	}
}
