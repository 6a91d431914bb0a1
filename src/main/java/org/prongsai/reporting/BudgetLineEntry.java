package org.prongsai.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * A line of the budget plan as finance types it: the source and category by their keys, the
 * purpose, and the four quarters' amounts as written ({@code 120,000}); a blank quarter is
 * nothing planned. {@link #validated} checks it and gives the line, or refuses with the first problem.
 */
record BudgetLineEntry(String source, String category, String description, List<String> quarters) {

	BudgetLineEntry {
		quarters = List.copyOf(quarters);
	}

	BudgetLine validated(UUID id, FiscalYear year, int version) {
		BudgetLine.Label from = BudgetLine.Label.named(BudgetLine.SOURCES, source)
			.orElseThrow(() -> new ReportingRejected("reporting.budget.reject.source"));
		BudgetLine.Label kind = BudgetLine.Label.named(BudgetLine.CATEGORIES, category)
			.orElseThrow(() -> new ReportingRejected("reporting.budget.reject.category"));
		String purpose = EntryFields.required(description, 500, "reporting.budget.reject.required.description");
		if (quarters.size() != 4) {
			throw new ReportingRejected("reporting.budget.reject.quarters");
		}
		List<BigDecimal> planned = new ArrayList<>();
		for (String quarter : quarters) {
			planned.add(quarter.isBlank() ? BigDecimal.ZERO.setScale(2) : EntryFields.amount(quarter, "reporting.budget.reject.quarters"));
		}
		BudgetLine line = new BudgetLine(id, year, from, kind, purpose, planned, version);
		if (line.plannedYear().signum() == 0) {
			throw new ReportingRejected("reporting.budget.reject.nothing-planned");
		}
		if (line.plannedYear().compareTo(EntryFields.MAX_AMOUNT) > 0) {
			throw new ReportingRejected("reporting.procurement.reject.amount", EntryFields.baht(line.plannedYear()));
		}
		return line;
	}

	/** The form filled with a line, for changing it. */
	static BudgetLineEntry of(BudgetLine line) {
		return new BudgetLineEntry(line.source().key(), line.category().key(), line.description(),
				line.planned().stream().map(BigDecimal::toPlainString).toList());
	}

	static BudgetLineEntry blank() {
		return new BudgetLineEntry("national", "operating", "",
				List.of("", "", "", ""));
	}

	/** The amount typed for a quarter, 1 to 4. */
	public String quarter(int quarter) {
		return quarters.get(quarter - 1);
	}
}
