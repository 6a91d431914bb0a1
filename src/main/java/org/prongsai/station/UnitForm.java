package org.prongsai.station;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The unit form: what the screen posts, validated before it reaches the aggregate. The limits are
 * the columns' sizes. Numbers arrive as text checked by pattern, so that a word typed into one is
 * reported together with every other mistake instead of hiding them.
 * @param place where the unit stands in the list, 1 for first; empty keeps it where it is (last when new)
 */
record UnitForm(
		@NotBlank @Size(max = 200) String nameTh,
		@NotBlank @Size(max = 200) String nameEn,
		@Nullable WorkLine workLine,
		@Size(max = 2000) @Nullable String dutiesTh,
		@Size(max = 2000) @Nullable String dutiesEn,
		@NotBlank @Pattern(regexp = STRENGTH) String authorisedStrength,
		@NotBlank @Pattern(regexp = STRENGTH) String actualStrength,
		@Pattern(regexp = PLACE) @Nullable String place,
		int version) {

	/** A whole number from 0 to 9999: more people than any station has is a typing mistake. */
	static final String STRENGTH = "\\s*\\d{1,4}\\s*";

	/** Empty, or a whole number from 1 to 9999. */
	static final String PLACE = "\\s*([1-9]\\d{0,3})?\\s*";

	static UnitForm empty() {
		return new UnitForm("", "", null, "", "", "", "", "", 0);
	}

	static UnitForm of(Editable<UnitView> unit) {
		UnitView u = unit.view();
		return new UnitForm(u.nameTh(), u.nameEn(), u.workLine(), u.dutiesTh(), u.dutiesEn(),
				String.valueOf(u.authorisedStrength()), String.valueOf(u.actualStrength()), String.valueOf(unit.place()),
				unit.version());
	}

	/** Only for a form without errors: the names are then present and the numbers numbers. */
	UnitDetails toDetails() {
		return new UnitDetails(nameTh.strip(), nameEn.strip(), workLine, strip(dutiesTh), strip(dutiesEn),
				Integer.parseInt(authorisedStrength.strip()), Integer.parseInt(actualStrength.strip()));
	}

	/** The place asked for, or null to keep it; only for a form without errors. */
	@Nullable Integer placeAskedFor() {
		return number(place);
	}

	static @Nullable Integer number(@Nullable String place) {
		return place == null || place.isBlank() ? null : Integer.valueOf(place.strip());
	}

	private static String strip(@Nullable String text) {
		return text == null ? "" : text.strip();
	}
}
