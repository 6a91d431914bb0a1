package org.prongsai.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Formats dates for people: in Thai with Buddhist Era years and Thai month names ("1 ต.ค. 2566"),
 * in any other language in English with Gregorian years ("1 Oct 2023"). Instances are immutable
 * and thread-safe.
 * <p>
 * The names and the era are computed here rather than taken from the JDK's Thai locale data,
 * which differs between JDK versions and providers.
 */
public final class ThaiDateFormat {

	private static final List<String> THAI_SHORT = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.",
			"ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");

	private static final List<String> THAI_LONG = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
			"มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");

	private static final List<String> ENGLISH_SHORT = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
			"Sep", "Oct", "Nov", "Dec");

	private static final List<String> ENGLISH_LONG = List.of("January", "February", "March", "April", "May", "June",
			"July", "August", "September", "October", "November", "December");

	private final boolean thai;

	private final boolean thaiDigits;

	private ThaiDateFormat(boolean thai, boolean thaiDigits) {
		this.thai = thai;
		this.thaiDigits = thaiDigits;
	}

	/** Thai forms when the locale's language is {@code th}, English forms for any other locale. */
	public static ThaiDateFormat of(Locale locale) {
		return new ThaiDateFormat("th".equals(locale.getLanguage()), false);
	}

	/** The same format, writing every digit as a Thai digit (see {@link ThaiDigits}). */
	public ThaiDateFormat withThaiDigits() {
		return new ThaiDateFormat(thai, true);
	}

	/** Whether this format writes Thai (Buddhist Era) rather than English (Gregorian). */
	public boolean isThai() {
		return thai;
	}

	/** Day, short month, year: "1 ต.ค. 2566" or "1 Oct 2023". */
	public String date(LocalDate date) {
		return digits(date.getDayOfMonth() + " " + shortMonth(date.getMonthValue()) + " " + year(date.getYear()));
	}

	/** Day, full month, year: "1 ตุลาคม 2566" or "1 October 2023". */
	public String longDate(LocalDate date) {
		return digits(date.getDayOfMonth() + " " + longMonth(date.getMonthValue()) + " " + year(date.getYear()));
	}

	/** Short month and year: "ต.ค. 2566" or "Oct 2023". */
	public String monthYear(YearMonth month) {
		return digits(shortMonth(month.getMonthValue()) + " " + year(month.getYear()));
	}

	/** Full month and year, for headings of monthly reports: "ตุลาคม 2566" or "October 2023". */
	public String longMonthYear(YearMonth month) {
		return digits(longMonth(month.getMonthValue()) + " " + year(month.getYear()));
	}

	/** Date and 24-hour time: "1 ต.ค. 2566 14:05 น." or "1 Oct 2023, 14:05". */
	public String dateTime(LocalDateTime dateTime) {
		LocalDate date = dateTime.toLocalDate();
		String day = date.getDayOfMonth() + " " + shortMonth(date.getMonthValue()) + " " + year(date.getYear());
		String time = String.format(Locale.ROOT, "%02d:%02d", dateTime.getHour(), dateTime.getMinute());
		return digits(thai ? day + " " + time + " น." : day + ", " + time);
	}

	/** The instant as Bangkok wall-clock time, in the form of {@link #dateTime(LocalDateTime)}. */
	public String dateTime(Instant instant) {
		return dateTime(LocalDateTime.ofInstant(instant, FiscalYear.BANGKOK));
	}

	/** "ปีงบประมาณ พ.ศ. 2567" or "FY2567 (Oct 2023 – Sep 2024)". */
	public String fiscalYear(FiscalYear fiscalYear) {
		if (thai) {
			return digits("ปีงบประมาณ พ.ศ. " + fiscalYear.beYear());
		}
		return digits(fiscalYear + " (" + monthYear(YearMonth.from(fiscalYear.start())) + " \u2013 "
				+ monthYear(YearMonth.from(fiscalYear.end())) + ")");
	}

	private String shortMonth(int month) {
		return (thai ? THAI_SHORT : ENGLISH_SHORT).get(month - 1);
	}

	private String longMonth(int month) {
		return (thai ? THAI_LONG : ENGLISH_LONG).get(month - 1);
	}

	private int year(int gregorianYear) {
		return thai ? gregorianYear + FiscalYear.BE_OFFSET : gregorianYear;
	}

	private String digits(String text) {
		return thaiDigits ? ThaiDigits.of(text) : text;
	}
}
