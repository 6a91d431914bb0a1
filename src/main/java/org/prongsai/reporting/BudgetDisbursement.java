package org.prongsai.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.prongsai.platform.calendar.FiscalYear;

/** Money paid out against a line of the plan, on the day it was paid. */
record BudgetDisbursement(UUID id, UUID lineId, LocalDate paidOn, BigDecimal amount, String note, int version) {

	/**
	 * A disbursement as finance types it. {@link #validated} checks it against the year's plan.
	 * @param line the id of the plan line it is paid against
	 */
	record Entry(String line, String paidOn, String amount, String note) {

		static Entry blank() {
			return new Entry("", "", "", "");
		}

		BudgetDisbursement validated(UUID id, BudgetLine against, Clock clock) {
			LocalDate paid = EntryFields.date(paidOn, "reporting.budget.reject.required.paid-on");
			if (!against.year().contains(paid)) {
				throw new ReportingRejected("reporting.budget.reject.paid-outside", against.year().beYear());
			}
			if (paid.isAfter(LocalDate.now(clock.withZone(FiscalYear.BANGKOK)))) {
				throw new ReportingRejected("reporting.budget.reject.future-date");
			}
			BigDecimal paidAmount = EntryFields.amount(amount, "reporting.budget.reject.required.amount");
			if (paidAmount.signum() == 0) {
				throw new ReportingRejected("reporting.budget.reject.zero-amount");
			}
			return new BudgetDisbursement(id, against.id(), paid, paidAmount, EntryFields.limited(note.strip(), 500), 0);
		}
	}
}
