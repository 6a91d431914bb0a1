package org.prongsai.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ThaiDateFormatTests {

	private static final Locale THAI = Locale.forLanguageTag("th-TH");

	private final ThaiDateFormat thai = ThaiDateFormat.of(THAI);

	private final ThaiDateFormat english = ThaiDateFormat.of(Locale.ENGLISH);

	private static final LocalDate FIRST_OCTOBER = LocalDate.of(2023, 10, 1);

	@Test
	void thaiDateHasBuddhistEraYearAndShortMonth() {
		assertThat(thai.date(FIRST_OCTOBER)).isEqualTo("1 ต.ค. 2566");
		assertThat(thai.date(LocalDate.of(2024, 2, 29))).isEqualTo("29 ก.พ. 2567");
		assertThat(thai.date(LocalDate.of(2024, 1, 1))).isEqualTo("1 ม.ค. 2567");
		assertThat(thai.date(LocalDate.of(2023, 12, 31))).isEqualTo("31 ธ.ค. 2566");
	}

	@Test
	void everyThaiMonthAbbreviation() {
		String[] expected = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.",
				"ธ.ค." };
		for (int month = 1; month <= 12; month++) {
			assertThat(thai.monthYear(YearMonth.of(2024, month))).isEqualTo(expected[month - 1] + " 2567");
		}
	}

	@Test
	void thaiLongDateHasFullMonthName() {
		assertThat(thai.longDate(FIRST_OCTOBER)).isEqualTo("1 ตุลาคม 2566");
		assertThat(thai.longDate(LocalDate.of(2024, 1, 5))).isEqualTo("5 มกราคม 2567");
		assertThat(thai.longDate(LocalDate.of(2024, 12, 5))).isEqualTo("5 ธันวาคม 2567");
		assertThat(thai.longMonthYear(YearMonth.of(2024, 7))).isEqualTo("กรกฎาคม 2567");
	}

	@Test
	void thaiMonthYearAndDateTime() {
		assertThat(thai.monthYear(YearMonth.of(2023, 10))).isEqualTo("ต.ค. 2566");
		assertThat(thai.dateTime(LocalDateTime.of(2023, 10, 1, 14, 5))).isEqualTo("1 ต.ค. 2566 14:05 น.");
	}

	@Test
	void instantsAreShownInBangkokTime() {
		Instant instant = Instant.parse("2023-09-30T17:30:00Z");
		assertThat(thai.dateTime(instant)).isEqualTo("1 ต.ค. 2566 00:30 น.");
		assertThat(english.dateTime(instant)).isEqualTo("1 Oct 2023, 00:30");
	}

	@Test
	void englishUsesGregorianYears() {
		assertThat(english.date(FIRST_OCTOBER)).isEqualTo("1 Oct 2023");
		assertThat(english.longDate(FIRST_OCTOBER)).isEqualTo("1 October 2023");
		assertThat(english.monthYear(YearMonth.of(2023, 10))).isEqualTo("Oct 2023");
		assertThat(english.longMonthYear(YearMonth.of(2023, 10))).isEqualTo("October 2023");
		assertThat(english.dateTime(LocalDateTime.of(2023, 10, 1, 14, 5))).isEqualTo("1 Oct 2023, 14:05");
	}

	@Test
	void anyLanguageButThaiIsEnglish() {
		assertThat(ThaiDateFormat.of(Locale.GERMANY).date(FIRST_OCTOBER)).isEqualTo("1 Oct 2023");
		assertThat(ThaiDateFormat.of(Locale.forLanguageTag("th")).isThai()).isTrue();
	}

	@Test
	void fiscalYearLabels() {
		assertThat(thai.fiscalYear(FiscalYear.of(2567))).isEqualTo("ปีงบประมาณ พ.ศ. 2567");
		assertThat(english.fiscalYear(FiscalYear.of(2567))).isEqualTo("FY2567 (Oct 2023 \u2013 Sep 2024)");
	}

	@Test
	void thaiDigitsOption() {
		ThaiDateFormat digits = thai.withThaiDigits();
		assertThat(digits.date(FIRST_OCTOBER)).isEqualTo("๑ ต.ค. ๒๕๖๖");
		assertThat(digits.longDate(LocalDate.of(2024, 9, 30))).isEqualTo("๓๐ กันยายน ๒๕๖๗");
		assertThat(digits.dateTime(LocalDateTime.of(2023, 10, 1, 14, 5))).isEqualTo("๑ ต.ค. ๒๕๖๖ ๑๔:๐๕ น.");
		assertThat(digits.fiscalYear(FiscalYear.of(2567))).isEqualTo("ปีงบประมาณ พ.ศ. ๒๕๖๗");
		assertThat(english.withThaiDigits().monthYear(YearMonth.of(2023, 10))).isEqualTo("Oct ๒๐๒๓");
	}
}
