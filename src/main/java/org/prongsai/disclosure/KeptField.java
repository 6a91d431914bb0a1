package org.prongsai.disclosure;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where the content of a structured field ({@code field} check) is kept: the one place that knows
 * the field names, so the editor, the public pages and readiness agree on them.
 */
public enum KeptField {

	/** The station's profile: name, address, phone, e-mail, map. */
	STATION_PROFILE("/admin/station"),
	/** The station's units and officers: staffing, duties, executives. */
	ORGANISATION("/admin/organisation"),
	/** The laws of O3, kept in the item's editor. */
	LAWS(null),
	/** The oversight committee's members of O4, kept in the item's editor. */
	COMMITTEE_MEMBERS(null),
	/** The citizen members' bios, entered with each member. */
	COMMITTEE_BIOS(null),
	/** A fact a publisher types into the item's editor. */
	FACT(null);

	private final @Nullable String screen;

	KeptField(@Nullable String screen) {
		this.screen = screen;
	}

	public static KeptField of(String field) {
		if (field.startsWith("station.")) {
			return STATION_PROFILE;
		}
		if (field.startsWith("units.") || field.startsWith("executives.")) {
			return ORGANISATION;
		}
		if (Laws.FIELD.equals(field)) {
			return LAWS;
		}
		if (OversightCommittee.MEMBERS.equals(field)) {
			return COMMITTEE_MEMBERS;
		}
		return OversightCommittee.CITIZEN_BIOS.equals(field) ? COMMITTEE_BIOS : FACT;
	}

	/** The admin screen outside the item editor where it is changed, for the station's own records. */
	public Optional<String> screen() {
		return Optional.ofNullable(screen);
	}

	/** Whether it comes from the station's own records (profile, units, officers) rather than the item's content. */
	public boolean stationRecord() {
		return screen != null;
	}
}
