package org.prongsai.integrity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.prongsai.disclosure.LocalizedText;
import org.prongsai.platform.calendar.FiscalYear;

/**
 * A station's complaint statistics for a fiscal year as of a day, as they are published (item
 * O17): the totals of the first six months and of the year so far exactly, and the year's
 * complaints received by category, by month and by unit named, each count below three withheld
 * with whatever else keeps it from being worked out. A withheld count is not kept here at all,
 * so nothing drawn from these figures can show it.
 * @param firstSixMonths October to March, as of 31 March or the as-of day if earlier
 * @param yearToDate from 1 October to the as-of day
 */
record ComplaintFigures(UUID stationId, FiscalYear year, LocalDate asOf, Period firstSixMonths, Period yearToDate,
		Breakdown byCategory, Breakdown byMonth, Breakdown byUnit) {

	/** Whether no complaint was received in the year up to the as-of day. */
	public boolean none() {
		return yearToDate.none();
	}

	/** The breakdowns in the order they are published. */
	public List<Breakdown> breakdowns() {
		return List.of(byCategory, byMonth, byUnit);
	}

	/**
	 * Complaints received from the start of the fiscal year to a day, and of them those completed
	 * on that day; the rest are in progress.
	 */
	record Period(LocalDate from, LocalDate asOf, long received, long completed) {

		public long inProgress() {
			return received - completed;
		}

		/** Whether there were no complaints: published as "no complaints received". */
		public boolean none() {
			return received == 0;
		}
	}

	/**
	 * The year's complaints received, counted by one attribute.
	 * @param name what the breakdown is by: {@code category}, {@code month} or {@code unit}
	 */
	record Breakdown(String name, List<Cell> cells) {

		Breakdown {
			cells = List.copyOf(cells);
		}

		/** How many counts are withheld: never exactly one, so none can be worked out from the total. */
		public long hidden() {
			return cells.stream().filter(Cell::hidden).count();
		}
	}

	/**
	 * One count of a breakdown.
	 * @param code what the count is of, as data: a category's name, a month ({@code 2023-10}), a unit's id or {@code none}
	 * @param count null when it is withheld
	 */
	record Cell(String code, LocalizedText label, @Nullable Long count) {

		public boolean hidden() {
			return count == null;
		}
	}
}
