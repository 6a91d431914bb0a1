package org.prongsai.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class DateRangeTests {

	@Test
	void oneDayRangeHasOneDayAndOneMonth() {
		DateRange day = new DateRange(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29));
		assertThat(day.days()).isEqualTo(1);
		assertThat(day.months()).containsExactly(YearMonth.of(2024, 2));
		assertThat(day.contains(LocalDate.of(2024, 2, 29))).isTrue();
		assertThat(day.contains(LocalDate.of(2024, 3, 1))).isFalse();
	}

	@Test
	void monthsIncludePartlyCoveredMonthsAcrossNewYear() {
		DateRange range = new DateRange(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 1, 2));
		assertThat(range.months()).containsExactly(YearMonth.of(2023, 12), YearMonth.of(2024, 1));
		assertThat(range.days()).isEqualTo(19);
	}

	@Test
	void rejectsEndBeforeStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DateRange(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 3, 31)));
	}
}
