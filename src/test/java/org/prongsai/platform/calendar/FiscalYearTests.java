package org.prongsai.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class FiscalYearTests {

	private static final FiscalYear FY2567 = FiscalYear.of(2567);

	@Test
	void fy2567RunsFromOctober2023ToSeptember2024() {
		assertThat(FY2567.start()).isEqualTo(LocalDate.of(2023, 10, 1));
		assertThat(FY2567.end()).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(FY2567.gregorianStartYear()).isEqualTo(2023);
		assertThat(FY2567.range()).isEqualTo(new DateRange(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 9, 30)));
	}

	@Test
	void firstOfOctoberStartsTheNextFiscalYear() {
		assertThat(FiscalYear.containing(LocalDate.of(2023, 9, 30))).isEqualTo(FiscalYear.of(2566));
		assertThat(FiscalYear.containing(LocalDate.of(2023, 10, 1))).isEqualTo(FY2567);
		assertThat(FiscalYear.containing(LocalDate.of(2024, 9, 30))).isEqualTo(FY2567);
		assertThat(FiscalYear.containing(LocalDate.of(2024, 10, 1))).isEqualTo(FiscalYear.of(2568));
	}

	@Test
	void newYearDoesNotChangeTheFiscalYear() {
		assertThat(FiscalYear.containing(LocalDate.of(2023, 12, 31))).isEqualTo(FY2567);
		assertThat(FiscalYear.containing(LocalDate.of(2024, 1, 1))).isEqualTo(FY2567);
		assertThat(FY2567.quarterOf(LocalDate.of(2023, 12, 31))).isEqualTo(1);
		assertThat(FY2567.quarterOf(LocalDate.of(2024, 1, 1))).isEqualTo(2);
	}

	@Test
	void containsIncludesBothEnds() {
		assertThat(FY2567.contains(LocalDate.of(2023, 10, 1))).isTrue();
		assertThat(FY2567.contains(LocalDate.of(2024, 9, 30))).isTrue();
		assertThat(FY2567.contains(LocalDate.of(2023, 9, 30))).isFalse();
		assertThat(FY2567.contains(LocalDate.of(2024, 10, 1))).isFalse();
	}

	@Test
	void leapDayBelongsToTheFiscalYearThatEndsThatYear() {
		assertThat(FY2567.contains(LocalDate.of(2024, 2, 29))).isTrue();
		assertThat(FiscalYear.containing(LocalDate.of(2028, 2, 29))).isEqualTo(FiscalYear.of(2571));
		assertThat(FY2567.range().days()).isEqualTo(366);
		assertThat(FiscalYear.of(2568).range().days()).isEqualTo(365);
		assertThat(FiscalYear.of(2568).half(1).endInclusive()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(FY2567.quarter(2).endInclusive()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(FY2567.quarter(2).days()).isEqualTo(91);
		assertThat(FiscalYear.of(2568).quarter(2).days()).isEqualTo(90);
	}

	@Test
	void monthsRunFromOctoberToSeptember() {
		assertThat(FY2567.months()).hasSize(12)
			.startsWith(YearMonth.of(2023, 10), YearMonth.of(2023, 11), YearMonth.of(2023, 12), YearMonth.of(2024, 1))
			.endsWith(YearMonth.of(2024, 9));
		assertThat(FY2567.range().months()).isEqualTo(FY2567.months());
	}

	@Test
	void quartersCoverTheYearWithoutGaps() {
		assertThat(FY2567.quarter(1)).isEqualTo(new DateRange(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31)));
		assertThat(FY2567.quarter(2)).isEqualTo(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
		assertThat(FY2567.quarter(3)).isEqualTo(new DateRange(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
		assertThat(FY2567.quarter(4)).isEqualTo(new DateRange(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30)));
		assertThatIllegalArgumentException().isThrownBy(() -> FY2567.quarter(0));
		assertThatIllegalArgumentException().isThrownBy(() -> FY2567.quarter(5));
	}

	@Test
	void quarterOfEachEdgeDay() {
		assertThat(FY2567.quarterOf(LocalDate.of(2023, 10, 1))).isEqualTo(1);
		assertThat(FY2567.quarterOf(LocalDate.of(2024, 3, 31))).isEqualTo(2);
		assertThat(FY2567.quarterOf(LocalDate.of(2024, 4, 1))).isEqualTo(3);
		assertThat(FY2567.quarterOf(LocalDate.of(2024, 6, 30))).isEqualTo(3);
		assertThat(FY2567.quarterOf(LocalDate.of(2024, 7, 1))).isEqualTo(4);
		assertThat(FY2567.quarterOf(LocalDate.of(2024, 9, 30))).isEqualTo(4);
		assertThatIllegalArgumentException().isThrownBy(() -> FY2567.quarterOf(LocalDate.of(2024, 10, 1)));
	}

	@Test
	void firstSixMonthsEndOn31March() {
		DateRange firstSix = FY2567.firstSixMonths();
		assertThat(firstSix).isEqualTo(FY2567.half(1));
		assertThat(firstSix.start()).isEqualTo(LocalDate.of(2023, 10, 1));
		assertThat(firstSix.endInclusive()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(firstSix.contains(LocalDate.of(2024, 3, 31))).isTrue();
		assertThat(firstSix.contains(LocalDate.of(2024, 4, 1))).isFalse();
		assertThat(FY2567.half(2)).isEqualTo(new DateRange(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 9, 30)));
		assertThatIllegalArgumentException().isThrownBy(() -> FY2567.half(3));
	}

	@Test
	void currentFollowsBangkokMidnightNotUtc() {
		Instant lateEveningInBangkok = OffsetDateTime.parse("2023-09-30T23:30+07:00").toInstant();
		Instant halfPastMidnightInBangkok = OffsetDateTime.parse("2023-09-30T17:30Z").toInstant();
		assertThat(FiscalYear.current(Clock.fixed(lateEveningInBangkok, ZoneOffset.UTC))).isEqualTo(FiscalYear.of(2566));
		assertThat(FiscalYear.current(Clock.fixed(halfPastMidnightInBangkok, ZoneOffset.UTC))).isEqualTo(FY2567);
	}

	@Test
	void nextAndPreviousStepOneYear() {
		assertThat(FY2567.next()).isEqualTo(FiscalYear.of(2568));
		assertThat(FY2567.previous()).isEqualTo(FiscalYear.of(2566));
		assertThat(FY2567.next().start()).isEqualTo(FY2567.end().plusDays(1));
	}

	@Test
	void rejectsYearsOutsideTheBuddhistEraRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.of(2024)).withMessageContaining("2024");
		assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.of(2701));
		assertThat(FiscalYear.of(2500).beYear()).isEqualTo(2500);
		assertThat(FiscalYear.of(2700).beYear()).isEqualTo(2700);
	}

	@Test
	void printsAndParsesFyForm() {
		assertThat(FY2567).hasToString("FY2567");
		assertThat(FiscalYear.parse("2567")).isEqualTo(FY2567);
		assertThat(FiscalYear.parse("FY2567")).isEqualTo(FY2567);
		assertThat(FiscalYear.parse("fy2567")).isEqualTo(FY2567);
		assertThat(FiscalYear.parse(FY2567.toString())).isEqualTo(FY2567);
	}

	@Test
	void parseRejectsAnythingElseWithAClearMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.parse("FY67")).withMessageContaining("FY67")
			.withMessageContaining("2567");
		assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.parse("2567x"));
		assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.parse(""));
		assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.parse("2024")).withMessageContaining("2024");
	}

	@Test
	void comparesByYear() {
		assertThat(FY2567).isLessThan(FY2567.next()).isGreaterThan(FY2567.previous());
	}
}
