package org.prongsai.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class TypedDatesTests {

	@Test
	void readsADayAndAMonthAsDateInputsSendThem() {
		assertThat(TypedDates.day(" 2024-04-30 ")).isEqualTo(LocalDate.of(2024, 4, 30));
		assertThat(TypedDates.month("2024-04")).isEqualTo(YearMonth.of(2024, 4));
	}

	@Test
	void readsThaiDigitsAsDigits() {
		assertThat(TypedDates.day("๒๐๒๔-๐๔-๓๐")).isEqualTo(LocalDate.of(2024, 4, 30));
		assertThat(TypedDates.month("๒๐๒๔-๑๐")).isEqualTo(YearMonth.of(2024, 10));
	}

	@Test
	void aYearNoDatabaseCanHoldIsNotADay() {
		for (String far : new String[] { "-999999999-01-01", "+999999999-12-31", "0001-01-01", "9999-12-31" }) {
			assertThatThrownBy(() -> TypedDates.day(far)).as(far).isInstanceOf(DateTimeParseException.class);
		}
		assertThatThrownBy(() -> TypedDates.month("-999999999-01")).isInstanceOf(DateTimeParseException.class);
		assertThatThrownBy(() -> TypedDates.month("+999999999-12")).isInstanceOf(DateTimeParseException.class);
	}

	@Test
	void theYearsOfTheFiscalYearsAreDays() {
		assertThat(TypedDates.day(TypedDates.EARLIEST.toString())).isEqualTo(LocalDate.of(1956, 10, 1));
		assertThat(TypedDates.day(TypedDates.LATEST.toString())).isEqualTo(LocalDate.of(2157, 9, 30));
		assertThatThrownBy(() -> TypedDates.day("1956-09-30")).isInstanceOf(DateTimeParseException.class);
		assertThatThrownBy(() -> TypedDates.day("2157-10-01")).isInstanceOf(DateTimeParseException.class);
	}

	@Test
	void whatIsNoDayIsNotADay() {
		for (String text : new String[] { "", "2024-02-30", "2024-13-01", "31/12/2024", "yesterday", "2024-1-1" }) {
			assertThatThrownBy(() -> TypedDates.day(text)).as(text).isInstanceOf(DateTimeParseException.class);
		}
		assertThatThrownBy(() -> TypedDates.day(null)).isInstanceOf(DateTimeParseException.class);
	}
}
