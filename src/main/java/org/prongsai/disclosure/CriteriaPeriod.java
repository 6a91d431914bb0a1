package org.prongsai.disclosure;

import java.util.Arrays;
import java.util.Optional;

import org.prongsai.platform.calendar.DateRange;
import org.prongsai.platform.calendar.FiscalYear;

/** The part of a fiscal year a criterion covers, named as the criteria files name it. */
public enum CriteriaPeriod {

	/** ต.ค.–มี.ค.: what most items must cover, month by month. */
	FIRST_SIX_MONTHS("first-six-months"),
	YEAR("year"),
	Q1("q1"),
	Q2("q2"),
	Q3("q3"),
	Q4("q4");

	private final String key;

	CriteriaPeriod(String key) {
		this.key = key;
	}

	/** The name used in criteria files and message keys. */
	public String key() {
		return key;
	}

	/** The dates this period covers in the given fiscal year. */
	public DateRange range(FiscalYear year) {
		return switch (this) {
			case FIRST_SIX_MONTHS -> year.firstSixMonths();
			case YEAR -> year.range();
			case Q1 -> year.quarter(1);
			case Q2 -> year.quarter(2);
			case Q3 -> year.quarter(3);
			case Q4 -> year.quarter(4);
		};
	}

	static Optional<CriteriaPeriod> named(String key) {
		return Arrays.stream(values()).filter(p -> p.key.equals(key.strip())).findFirst();
	}
}
