package org.prongsai.reporting;

import java.math.BigDecimal;

/**
 * A quarter of the criminal investigation fund: the money allocated to the station, the money
 * spent, and the number of cases the spending supported.
 * @param quarter 1 (October to December) to 4 (July to September)
 */
record FundQuarter(int quarter, BigDecimal allocated, BigDecimal spent, int cases, String note, int version) {

	/** A quarter as finance types it; {@link #validated} checks it or refuses with the first problem. */
	record Entry(String allocated, String spent, String cases, String note) {

		static Entry blank() {
			return new Entry("", "", "", "");
		}

		static Entry of(FundQuarter q) {
			return new Entry(q.allocated().toPlainString(), q.spent().toPlainString(), String.valueOf(q.cases()), q.note());
		}

		FundQuarter validated(int quarter, int version) {
			BigDecimal in = EntryFields.amount(allocated, "reporting.fund.reject.required.allocated");
			BigDecimal out = EntryFields.amount(spent, "reporting.fund.reject.required.spent");
			String count = cases.strip();
			if (count.isEmpty()) {
				throw new ReportingRejected("reporting.fund.reject.required.cases");
			}
			if (!count.matches("[0-9]{1,6}")) {
				throw new ReportingRejected("reporting.fund.reject.cases", count);
			}
			return new FundQuarter(quarter, in, out, Integer.parseInt(count), EntryFields.limited(note.strip(), 500), version);
		}
	}
}
