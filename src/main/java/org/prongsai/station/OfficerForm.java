package org.prongsai.station;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The officer form: what the screen posts, validated before it reaches the aggregate. The limits
 * are the columns' sizes.
 * @param unitId empty for an officer above the units, such as the commander
 * @param executive null when the box is not ticked: a browser then sends nothing
 * @param place where the officer stands in the list, 1 for first; empty keeps them where they are (last when new)
 */
record OfficerForm(
		@Nullable UUID unitId,
		@NotBlank @Size(max = 100) String rankTh,
		@NotBlank @Size(max = 100) String rankEn,
		@NotBlank @Size(max = 200) String nameTh,
		@NotBlank @Size(max = 200) String nameEn,
		@NotBlank @Size(max = 200) String titleTh,
		@NotBlank @Size(max = 200) String titleEn,
		@Pattern(regexp = "([0-9 +()-]{6,40})?") @Nullable String officialPhone,
		@Nullable Boolean executive,
		@Pattern(regexp = UnitForm.PLACE) @Nullable String place,
		int version) {

	static OfficerForm empty() {
		return new OfficerForm(null, "", "", "", "", "", "", "", false, "", 0);
	}

	static OfficerForm of(Editable<OfficerView> officer) {
		OfficerView o = officer.view();
		return new OfficerForm(o.unitId(), o.rankTh(), o.rankEn(), o.nameTh(), o.nameEn(), o.titleTh(), o.titleEn(),
				o.officialPhone(), o.executive(), String.valueOf(officer.place()), officer.version());
	}

	/** Only for a form without errors: the rank, names and titles are then present. */
	OfficerDetails toDetails() {
		String phone = officialPhone == null || officialPhone.isBlank() ? null : officialPhone.strip();
		return new OfficerDetails(unitId, rankTh.strip(), rankEn.strip(), nameTh.strip(), nameEn.strip(),
				titleTh.strip(), titleEn.strip(), phone, Boolean.TRUE.equals(executive));
	}

	/** The place asked for, or null to keep it; only for a form without errors. */
	@Nullable Integer placeAskedFor() {
		return UnitForm.number(place);
	}
}
