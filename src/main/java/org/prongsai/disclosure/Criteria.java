package org.prongsai.disclosure;

import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.Role;

/**
 * One fiscal year's criteria for the 25 disclosure items, as loaded from its data file.
 * @param source the file it came from, for messages
 */
public record Criteria(FiscalYear fiscalYear, String source, List<ItemCriteria> items) {

	public Criteria {
		items = List.copyOf(items);
	}

	/** The item with this code (O1 … O25), or empty when this year has no such item. */
	public Optional<ItemCriteria> item(String code) {
		return items.stream().filter(i -> i.code().equals(code)).findFirst();
	}

	/** One item: its code, title and the elements an assessor checks one by one. */
	/**
	 * One item.
	 * @param maintainedBy the work-line roles that keep this item besides the publishing officer, for
	 *     example finance for the budget; empty when only publishers do
	 */
	public record ItemCriteria(String code, LocalizedText title, List<ElementCriteria> elements, Set<Role> maintainedBy) {

		public ItemCriteria {
			elements = List.copyOf(elements);
			maintainedBy = Set.copyOf(maintainedBy);
		}

		public ItemCriteria(String code, LocalizedText title, List<ElementCriteria> elements) {
			this(code, title, elements, Set.of());
		}

		/** Whether people with these roles keep the item: publishers and station administrators keep every item. */
		public boolean keptBy(Set<Role> roles) {
			return roles.contains(Role.PUBLISHER) || roles.contains(Role.STATION_ADMIN)
					|| maintainedBy.stream().anyMatch(roles::contains);
		}

		/** The item's number, 1 for O1. */
		public int number() {
			return Integer.parseInt(code.substring(1));
		}
	}

	/** One required element of an item and the check that decides it. */
	public record ElementCriteria(String id, LocalizedText title, Check check) {
	}
}
