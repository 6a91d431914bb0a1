package org.prongsai.integrity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.prongsai.station.AccountView;
import org.prongsai.station.OfficerView;

/**
 * Decides who handles a complaint: never anyone in the chain of command (สายการบังคับบัญชา) of
 * whom it names. A station's units are flat, so the chain of a unit is its officers and the
 * station's commander, and the chain of a person is that of their unit. A complaint officer whose
 * account belongs to no officer cannot be shown to be outside the chain, so they receive only
 * complaints that name no one. When the commander is named, or no complaint officer of the
 * station is left, the complaint goes to the region's administrators and to no one at the station.
 */
final class Routing {

	private Routing() {
	}

	/**
	 * @param unitId the unit the complainant named, if any
	 * @param officerId the officer the complainant named, if any
	 */
	record Named(@Nullable UUID unitId, @Nullable UUID officerId) {

		static final Named NO_ONE = new Named(null, null);
	}

	/**
	 * Where the complaint goes.
	 * @param unitId the unit named, or the unit of the person named; kept for the statistics
	 * @param handlers the accounts that may open it
	 */
	record Route(Handling handledBy, List<UUID> handlers, @Nullable UUID unitId, boolean commanderNamed) {
	}

	/** Who handles complaints: the station's complaint officers, or the region's administrators. */
	enum Handling {
		STATION, REGION
	}

	/**
	 * @param officers the station's officers
	 * @param complaintOfficers the station's enabled accounts with the complaint officer role
	 * @param regionAdministrators the enabled administrators of the station's region
	 * @throws IllegalArgumentException when the unit or officer named is not the station's
	 */
	static Route route(Named named, List<OfficerView> officers, Set<UUID> units, List<AccountView> complaintOfficers,
			List<AccountView> regionAdministrators) {
		List<UUID> region = regionAdministrators.stream().map(AccountView::id).toList();
		Set<UUID> chain = new HashSet<>();
		officers.stream().filter(Routing::commands).map(OfficerView::id).forEach(chain::add);
		UUID unit = named.unitId();
		if (unit != null && !units.contains(unit)) {
			throw new IllegalArgumentException("not a unit of the station");
		}
		if (named.officerId() != null) {
			OfficerView person = find(officers, named.officerId())
				.orElseThrow(() -> new IllegalArgumentException("not an officer of the station"));
			if (commands(person)) {
				return new Route(Handling.REGION, region, null, true);
			}
			chain.add(person.id());
			unit = person.unitId();
		}
		if (unit != null) {
			UUID namedUnit = unit;
			officers.stream().filter(o -> namedUnit.equals(o.unitId())).map(OfficerView::id).forEach(chain::add);
		}
		boolean anyoneNamed = named.unitId() != null || named.officerId() != null;
		List<UUID> station = complaintOfficers.stream()
			.filter(a -> !anyoneNamed || (a.officerId() != null && !chain.contains(a.officerId())))
			.map(AccountView::id)
			.toList();
		return station.isEmpty() ? new Route(Handling.REGION, region, unit, false)
				: new Route(Handling.STATION, station, unit, false);
	}

	/** The station's commander: an executive who heads the station rather than one of its units. */
	private static boolean commands(OfficerView officer) {
		return officer.executive() && officer.unitId() == null;
	}

	private static Optional<OfficerView> find(List<OfficerView> officers, UUID id) {
		return officers.stream().filter(o -> o.id().equals(id)).findFirst();
	}
}
