package org.prongsai.station;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.ObjIntConsumer;

import org.jspecify.annotations.Nullable;

/**
 * The order in which a station publishes its units or its officers. Places are 1, 2, 3 … without
 * gaps or repeats: every change numbers the whole list again and stores each record's place.
 */
final class PublishedOrder {

	private final List<UUID> ids;

	private final ObjIntConsumer<UUID> reposition;

	/**
	 * @param ids the records in their current order
	 * @param reposition stores one record's place
	 */
	PublishedOrder(List<UUID> ids, ObjIntConsumer<UUID> reposition) {
		this.ids = new ArrayList<>(ids);
		this.reposition = reposition;
	}

	/** The record's place, 1 for the first; 0 when it is not in the list. */
	int placeOf(UUID id) {
		return ids.indexOf(id) + 1;
	}

	/** How many records the list holds. */
	int size() {
		return ids.size();
	}

	/**
	 * Puts a record at a place (past the end is last) or, with none, leaves it where it is or
	 * appends it, and numbers the list again.
	 * @return the place it got
	 */
	int place(UUID id, @Nullable Integer place) {
		if (place != null || !ids.contains(id)) {
			ids.remove(id);
			int index = place == null ? ids.size() : Math.max(0, Math.min(place - 1, ids.size()));
			ids.add(index, id);
		}
		renumber();
		return placeOf(id);
	}

	/** Takes a deleted record out and closes the gap it leaves. */
	void remove(UUID id) {
		ids.remove(id);
		renumber();
	}

	private void renumber() {
		for (int i = 0; i < ids.size(); i++) {
			reposition.accept(ids.get(i), i + 1);
		}
	}
}
