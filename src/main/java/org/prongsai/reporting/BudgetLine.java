package org.prongsai.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prongsai.disclosure.LocalizedText;
import org.prongsai.platform.calendar.FiscalYear;

/**
 * A line of a fiscal year's budget spending plan: where the money comes from, its category of
 * expenditure, what it is for, and how much is planned in each quarter.
 * @param planned the planned amounts of quarters 1 to 4, in baht
 */
record BudgetLine(UUID id, FiscalYear year, Label source, Label category, String description, List<BigDecimal> planned,
		int version) {

	BudgetLine {
		planned = List.copyOf(planned);
		if (planned.size() != 4) {
			throw new IllegalArgumentException("a plan has four quarters, not " + planned.size());
		}
	}

	/** The amount planned for the year. */
	public BigDecimal plannedYear() {
		return planned.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The amount planned for quarters 1 and 2, October to March: what the six-month report measures against. */
	public BigDecimal plannedFirstHalf() {
		return planned.get(0).add(planned.get(1));
	}

	/** Where the money comes from, in the order plans list them. */
	static final List<Label> SOURCES = List.of(new Label("national", new LocalizedText("งบประมาณแผ่นดิน", "National budget")),
			new Label("off-budget", new LocalizedText("เงินนอกงบประมาณ", "Off-budget funds")),
			new Label("revenue", new LocalizedText("เงินรายได้", "Own revenue")));

	/** The categories of expenditure (งบรายจ่าย) of the Thai budget, in the order plans list them. */
	static final List<Label> CATEGORIES = List.of(new Label("personnel", new LocalizedText("งบบุคลากร", "Personnel")),
			new Label("operating", new LocalizedText("งบดำเนินงาน", "Operating expenses")),
			new Label("investment", new LocalizedText("งบลงทุน", "Investment")),
			new Label("subsidy", new LocalizedText("งบเงินอุดหนุน", "Subsidies")),
			new Label("other", new LocalizedText("งบรายจ่ายอื่น", "Other expenditure")));

	/**
	 * A source of funds or a category of expenditure.
	 * @param key its name in records, forms and open data
	 */
	record Label(String key, LocalizedText title) {

		/** The label of the list with this key. */
		static Optional<Label> named(List<Label> labels, String key) {
			return labels.stream().filter(l -> l.key.equals(key)).findFirst();
		}
	}
}
