package org.prongsai.station;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** An organisation unit of a station (งาน / กลุ่มงาน) with its staffing. */
class OrgUnit {

	@Id
	private final UUID id;
	private final UUID stationId;
	private int position;
	private String nameTh;
	private String nameEn;
	private @Nullable WorkLine workLine;
	private String dutiesTh;
	private String dutiesEn;
	private int authorisedStrength;
	private int actualStrength;
	@Version
	private int version;

	@PersistenceCreator
	OrgUnit(UUID id, UUID stationId, int position, String nameTh, String nameEn, @Nullable WorkLine workLine,
			String dutiesTh, String dutiesEn, int authorisedStrength, int actualStrength, int version) {
		this.id = id;
		this.stationId = stationId;
		this.position = position;
		this.nameTh = nameTh;
		this.nameEn = nameEn;
		this.workLine = workLine;
		this.dutiesTh = dutiesTh;
		this.dutiesEn = dutiesEn;
		this.authorisedStrength = authorisedStrength;
		this.actualStrength = actualStrength;
		this.version = version;
	}

	static OrgUnit create(UUID stationId, int position, String nameTh, String nameEn, @Nullable WorkLine workLine,
			String dutiesTh, String dutiesEn, int authorised, int actual) {
		return create(stationId, position, new UnitDetails(nameTh, nameEn, workLine, dutiesTh, dutiesEn, authorised,
				actual));
	}

	static OrgUnit create(UUID stationId, int position, UnitDetails details) {
		OrgUnit unit = new OrgUnit(UUID.randomUUID(), stationId, position, "", "", null, "", "", 0, 0, 0);
		unit.update(details);
		return unit;
	}

	/** Replaces what an administrator edits; the station and the place in the list stay. */
	void update(UnitDetails details) {
		this.nameTh = details.nameTh();
		this.nameEn = details.nameEn();
		this.workLine = details.workLine();
		this.dutiesTh = details.dutiesTh();
		this.dutiesEn = details.dutiesEn();
		this.authorisedStrength = details.authorisedStrength();
		this.actualStrength = details.actualStrength();
	}

	UnitDetails details() {
		return new UnitDetails(nameTh, nameEn, workLine, dutiesTh, dutiesEn, authorisedStrength, actualStrength);
	}

	UUID getId() {
		return id;
	}

	UUID getStationId() {
		return stationId;
	}

	int getPosition() {
		return position;
	}

	int getVersion() {
		return version;
	}

	UnitView view() {
		return new UnitView(id, stationId, position, nameTh, nameEn, workLine, dutiesTh, dutiesEn, authorisedStrength,
				actualStrength);
	}
}
