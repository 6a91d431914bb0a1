package org.prongsai.platform.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A span of whole days, both ends included.
 *
 * @param start the first day
 * @param endInclusive the last day, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate endInclusive) {

	/**
	 * @throws IllegalArgumentException when {@code endInclusive} is before {@code start}
	 */
	public DateRange {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(endInclusive, "endInclusive");
		if (endInclusive.isBefore(start)) {
			throw new IllegalArgumentException("date range ends (" + endInclusive + ") before it starts (" + start + ")");
		}
	}

	/** Whether the day lies within the range, ends included. */
	public boolean contains(LocalDate date) {
		return !date.isBefore(start) && !date.isAfter(endInclusive);
	}

	/** The calendar months the range touches, in order, including partly covered first and last months. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		YearMonth last = YearMonth.from(endInclusive);
		for (YearMonth m = YearMonth.from(start); !m.isAfter(last); m = m.plusMonths(1)) {
			months.add(m);
		}
		return List.copyOf(months);
	}

	/** The number of days in the range, ends included (a one-day range has 1). */
	public long days() {
		return ChronoUnit.DAYS.between(start, endInclusive) + 1;
	}
}
