package org.prongsai.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.prongsai.platform.calendar.DateRange;
import org.prongsai.platform.calendar.FiscalYear;

/**
 * The criminal investigation fund of a fiscal year through a quarter, as of the quarter's last
 * day: each quarter's allocation, spending and cases, with the balance carried forward.
 * @param quarters the recorded quarters up to {@code throughQuarter}, in order
 */
record FundReport(FiscalYear year, int throughQuarter, List<FundQuarter> quarters) {

	FundReport {
		quarters = List.copyOf(quarters);
	}

	/** The last day the report covers. */
	public LocalDate asOf() {
		return year.quarter(throughQuarter).endInclusive();
	}

	/** The quarters up to {@code throughQuarter} that have no figures yet. */
	public List<Integer> missing() {
		return IntStream.rangeClosed(1, throughQuarter)
			.filter(q -> quarters.stream().noneMatch(f -> f.quarter() == q))
			.boxed()
			.toList();
	}

	/** The quarters with the balance at the end of each, carried from the quarter before. */
	public List<Line> lines() {
		List<Line> lines = new ArrayList<>();
		BigDecimal balance = BigDecimal.ZERO;
		for (FundQuarter q : quarters) {
			balance = balance.add(q.allocated()).subtract(q.spent());
			lines.add(new Line(q, year.quarter(q.quarter()), balance));
		}
		return lines;
	}

	public BigDecimal allocated() {
		return quarters.stream().map(FundQuarter::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal spent() {
		return quarters.stream().map(FundQuarter::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** What is left at the end of the report's last quarter. */
	public BigDecimal balance() {
		return allocated().subtract(spent());
	}

	public int cases() {
		return quarters.stream().mapToInt(FundQuarter::cases).sum();
	}

	/** A quarter with its dates and the balance at its end. */
	record Line(FundQuarter figures, DateRange period, BigDecimal balance) {
	}
}
