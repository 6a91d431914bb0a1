package org.prongsai.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The {@code #thaidates} expression object in Thymeleaf templates, for example
 * {@code ${#thaidates.date(item.publishedOn)}}. Each method formats in the current request's
 * locale (Thai with Buddhist Era years, or English) and turns {@code null} into an empty string.
 */
public final class ThaiDates {

	private final boolean thaiDigits;

	/**
	 * @param thaiDigits whether to write Thai digits (๐–๙) instead of 0–9
	 */
	public ThaiDates(boolean thaiDigits) {
		this.thaiDigits = thaiDigits;
	}

	/** "1 ต.ค. 2566" / "1 Oct 2023". */
	public String date(@Nullable LocalDate date) {
		return date == null ? "" : format().date(date);
	}

	/** "1 ตุลาคม 2566" / "1 October 2023". */
	public String longDate(@Nullable LocalDate date) {
		return date == null ? "" : format().longDate(date);
	}

	/** "ต.ค. 2566" / "Oct 2023". */
	public String monthYear(@Nullable YearMonth month) {
		return month == null ? "" : format().monthYear(month);
	}

	/** "ตุลาคม 2566" / "October 2023". */
	public String longMonthYear(@Nullable YearMonth month) {
		return month == null ? "" : format().longMonthYear(month);
	}

	/** Bangkok time: "1 ต.ค. 2566 14:05 น." / "1 Oct 2023, 14:05". */
	public String dateTime(@Nullable Instant instant) {
		return instant == null ? "" : format().dateTime(instant);
	}

	/** "ปีงบประมาณ พ.ศ. 2567" / "FY2567 (Oct 2023 – Sep 2024)". */
	public String fiscalYear(@Nullable FiscalYear fiscalYear) {
		return fiscalYear == null ? "" : format().fiscalYear(fiscalYear);
	}

	private ThaiDateFormat format() {
		ThaiDateFormat format = ThaiDateFormat.of(LocaleContextHolder.getLocale());
		return thaiDigits ? format.withThaiDigits() : format;
	}
}
