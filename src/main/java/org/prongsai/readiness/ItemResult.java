package org.prongsai.readiness;

import java.util.List;

import org.prongsai.disclosure.Criteria.ItemCriteria;

/** One item's result: it passes only when no element fails, as an assessor scores it 1 or 0. */
public record ItemResult(ItemCriteria item, List<ElementResult> elements) {

	public ItemResult {
		elements = List.copyOf(elements);
	}

	public Outcome outcome() {
		if (elements.stream().anyMatch(e -> e.outcome() == Outcome.FAIL)) {
			return Outcome.FAIL;
		}
		return elements.stream().anyMatch(e -> e.outcome() == Outcome.WARNING) ? Outcome.WARNING : Outcome.PASS;
	}

	public boolean passed() {
		return outcome() != Outcome.FAIL;
	}
}
