package org.prongsai.platform.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * Days and months as a person types them in a form or an address: {@code 2024-04-30} and
 * {@code 2024-04}, as date and month inputs send them (Thai digits read as digits). Only the
 * fiscal years the portal keeps records for are accepted ({@link #EARLIEST} to {@link #LATEST}):
 * {@code java.time} reads years up to nine digits long, which databases and timestamps cannot
 * hold, so a year like {@code -999999999} must stop here rather than in a query.
 */
public final class TypedDates {

	/** The first day of the earliest fiscal year. */
	public static final LocalDate EARLIEST = FiscalYear.of(FiscalYear.MIN_BE_YEAR).start();

	/** The last day of the latest fiscal year. */
	public static final LocalDate LATEST = FiscalYear.of(FiscalYear.MAX_BE_YEAR).end();

	private TypedDates() {
	}

	/**
	 * The day written as {@code yyyy-mm-dd}, surrounding spaces ignored.
	 * @throws DateTimeParseException when it is not such a day, or not within {@link #EARLIEST}..{@link #LATEST}
	 */
	public static LocalDate day(@Nullable String text) {
		String typed = typed(text);
		LocalDate day = LocalDate.parse(typed);
		if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
			throw new DateTimeParseException("a day outside the years the portal keeps", typed, 0);
		}
		return day;
	}

	/**
	 * The month written as {@code yyyy-mm}, surrounding spaces ignored.
	 * @throws DateTimeParseException when it is not such a month, or not within the months of {@link #EARLIEST}..{@link #LATEST}
	 */
	public static YearMonth month(@Nullable String text) {
		String typed = typed(text);
		YearMonth month = YearMonth.parse(typed);
		if (month.isBefore(YearMonth.from(EARLIEST)) || month.isAfter(YearMonth.from(LATEST))) {
			throw new DateTimeParseException("a month outside the years the portal keeps", typed, 0);
		}
		return month;
	}

	private static String typed(@Nullable String text) {
		if (text == null) {
			throw new DateTimeParseException("no date", "", 0);
		}
		StringBuilder ascii = new StringBuilder(text.length());
		text.strip().chars().forEach(c -> ascii.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + c - '\u0E50') : (char) c));
		return ascii.toString();
	}
}
