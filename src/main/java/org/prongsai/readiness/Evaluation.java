package org.prongsai.readiness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * A station's readiness for one fiscal year at a cut-off date.
 * @param dueNextMonth the monthly elements whose next month falls due within a month of the cut-off
 */
public record Evaluation(UUID stationId, FiscalYear year, LocalDate cutOff, String criteriaSource,
		List<ItemResult> items, List<ElementResult> dueNextMonth) {

	public Evaluation {
		items = List.copyOf(items);
		dueNextMonth = List.copyOf(dueNextMonth);
	}

	public long passedItems() {
		return items.stream().filter(ItemResult::passed).count();
	}

	/** Passed items as a percentage of all items, to two decimals, as the OIT part is scored. */
	public BigDecimal score() {
		if (items.isEmpty()) {
			return BigDecimal.ZERO.setScale(2);
		}
		return BigDecimal.valueOf(passedItems() * 100L).divide(BigDecimal.valueOf(items.size()), 2, RoundingMode.HALF_UP);
	}
}
