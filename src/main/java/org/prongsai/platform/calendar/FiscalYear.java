package org.prongsai.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Thai government fiscal year, named by its Buddhist Era year: FY2567 runs from 1 October 2023
 * to 30 September 2024 (the BE year in which it ends). Budgets, plans and ITA assessments are all
 * counted in fiscal years.
 *
 * @param beYear the Buddhist Era year, {@value #MIN_BE_YEAR} to {@value #MAX_BE_YEAR}
 */
public record FiscalYear(int beYear) implements Comparable<FiscalYear> {

	/** The smallest accepted BE year (Gregorian 1957). */
	public static final int MIN_BE_YEAR = 2500;

	/** The largest accepted BE year (Gregorian 2157). */
	public static final int MAX_BE_YEAR = 2700;

	/** The difference between a Buddhist Era year and the Gregorian year. */
	public static final int BE_OFFSET = 543;

	/** Thailand's time zone: the day (and so the fiscal year) changes at midnight here. */
	public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private static final Pattern PARSEABLE = Pattern.compile("(?i)(?:FY)?\\s*(\\d{4})");

	/**
	 * @throws IllegalArgumentException when the year is outside {@value #MIN_BE_YEAR}..{@value #MAX_BE_YEAR}
	 * (usually a Gregorian year passed by mistake)
	 */
	public FiscalYear {
		if (beYear < MIN_BE_YEAR || beYear > MAX_BE_YEAR) {
			throw new IllegalArgumentException("fiscal year must be a Buddhist Era year between " + MIN_BE_YEAR
					+ " and " + MAX_BE_YEAR + ", was " + beYear);
		}
	}

	/** The fiscal year with this Buddhist Era number, for example {@code of(2567)}. */
	public static FiscalYear of(int beYear) {
		return new FiscalYear(beYear);
	}

	/** The fiscal year the day falls in: October to December belong to the next year's number. */
	public static FiscalYear containing(LocalDate date) {
		int gregorianEndYear = date.getMonthValue() >= Month.OCTOBER.getValue() ? date.getYear() + 1 : date.getYear();
		return new FiscalYear(gregorianEndYear + BE_OFFSET);
	}

	/** The fiscal year of today in Bangkok, whatever the clock's own zone. */
	public static FiscalYear current(Clock clock) {
		return containing(LocalDate.now(clock.withZone(BANGKOK)));
	}

	/**
	 * Reads a fiscal year from a URL or form: {@code "2567"} or {@code "FY2567"} (any case).
	 * @throws IllegalArgumentException when the text is not such a year or the year is out of range
	 */
	public static FiscalYear parse(String text) {
		Matcher m = PARSEABLE.matcher(text == null ? "" : text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException(
					"not a fiscal year: \"" + text + "\" (expected a Buddhist Era year such as 2567 or FY2567)");
		}
		return new FiscalYear(Integer.parseInt(m.group(1)));
	}

	/** The Gregorian year in which this fiscal year starts (2023 for FY2567). */
	public int gregorianStartYear() {
		return beYear - BE_OFFSET - 1;
	}

	/** The Gregorian year in which this fiscal year ends (2024 for FY2567). */
	public int gregorianEndYear() {
		return beYear - BE_OFFSET;
	}

	/** 1 October of the Gregorian start year. */
	public LocalDate start() {
		return LocalDate.of(gregorianStartYear(), Month.OCTOBER, 1);
	}

	/** 30 September of the Gregorian end year, the last day (inclusive). */
	public LocalDate end() {
		return LocalDate.of(gregorianEndYear(), Month.SEPTEMBER, 30);
	}

	/** From {@link #start()} to {@link #end()}, both included. */
	public DateRange range() {
		return new DateRange(start(), end());
	}

	/** The twelve months, October to September. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>(12);
		YearMonth first = YearMonth.from(start());
		for (int i = 0; i < 12; i++) {
			months.add(first.plusMonths(i));
		}
		return List.copyOf(months);
	}

	/**
	 * A quarter: 1 is October–December, 2 January–March, 3 April–June, 4 July–September.
	 * @throws IllegalArgumentException when the number is not 1 to 4
	 */
	public DateRange quarter(int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
		}
		return monthsFrom(3 * (quarter - 1), 3);
	}

	/**
	 * A half year: 1 is October–March, 2 is April–September.
	 * @throws IllegalArgumentException when the number is not 1 or 2
	 */
	public DateRange half(int half) {
		if (half < 1 || half > 2) {
			throw new IllegalArgumentException("half must be 1 or 2, was " + half);
		}
		return monthsFrom(6 * (half - 1), 6);
	}

	/** October to March, the period of the six-month (รอบ 6 เดือน) reports; the same as {@code half(1)}. */
	public DateRange firstSixMonths() {
		return half(1);
	}

	/** Whether the day falls within this fiscal year. */
	public boolean contains(LocalDate date) {
		return range().contains(date);
	}

	/**
	 * The quarter (1 to 4) the day falls in.
	 * @throws IllegalArgumentException when the day is not in this fiscal year
	 */
	public int quarterOf(LocalDate date) {
		if (!contains(date)) {
			throw new IllegalArgumentException(date + " is not in " + this);
		}
		int monthIndex = (date.getMonthValue() + 2) % 12; // October → 0, September → 11
		return monthIndex / 3 + 1;
	}

	/** The fiscal year after this one. */
	public FiscalYear next() {
		return new FiscalYear(beYear + 1);
	}

	/** The fiscal year before this one. */
	public FiscalYear previous() {
		return new FiscalYear(beYear - 1);
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(beYear, other.beYear);
	}

	/** {@code "FY2567"}, the form {@link #parse(String)} reads back. */
	@Override
	public String toString() {
		return "FY" + beYear;
	}

	private DateRange monthsFrom(int offset, int count) {
		YearMonth first = YearMonth.from(start()).plusMonths(offset);
		YearMonth last = first.plusMonths(count - 1L);
		return new DateRange(first.atDay(1), last.atEndOfMonth());
	}
}
