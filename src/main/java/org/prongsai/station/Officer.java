package org.prongsai.station;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** An officer as the public sees them: rank, name, title, official phone and photo; nothing personal beyond that. */
class Officer {

	@Id
	private final UUID id;
	private final UUID stationId;
	private @Nullable UUID unitId;
	private int position;
	private String rankTh;
	private String rankEn;
	private String nameTh;
	private String nameEn;
	private String titleTh;
	private String titleEn;
	private @Nullable String officialPhone;
	private boolean executive;
	private @Nullable UUID photoFileId;
	@Version
	private int version;

	@PersistenceCreator
	Officer(UUID id, UUID stationId, @Nullable UUID unitId, int position, String rankTh, String rankEn, String nameTh,
			String nameEn, String titleTh, String titleEn, @Nullable String officialPhone, boolean executive,
			@Nullable UUID photoFileId, int version) {
		this.id = id;
		this.stationId = stationId;
		this.unitId = unitId;
		this.position = position;
		this.rankTh = rankTh;
		this.rankEn = rankEn;
		this.nameTh = nameTh;
		this.nameEn = nameEn;
		this.titleTh = titleTh;
		this.titleEn = titleEn;
		this.officialPhone = officialPhone;
		this.executive = executive;
		this.photoFileId = photoFileId;
		this.version = version;
	}

	static Officer create(UUID stationId, @Nullable UUID unitId, int position, String rankTh, String rankEn,
			String nameTh, String nameEn, String titleTh, String titleEn, @Nullable String phone, boolean executive) {
		return create(stationId, position,
				new OfficerDetails(unitId, rankTh, rankEn, nameTh, nameEn, titleTh, titleEn, phone, executive));
	}

	static Officer create(UUID stationId, int position, OfficerDetails details) {
		Officer officer = new Officer(UUID.randomUUID(), stationId, null, position, "", "", "", "", "", "", null,
				false, null, 0);
		officer.update(details);
		return officer;
	}

	/** Replaces what an administrator edits; the station, the photo and the place in the list stay. */
	void update(OfficerDetails details) {
		this.unitId = details.unitId();
		this.rankTh = details.rankTh();
		this.rankEn = details.rankEn();
		this.nameTh = details.nameTh();
		this.nameEn = details.nameEn();
		this.titleTh = details.titleTh();
		this.titleEn = details.titleEn();
		this.officialPhone = details.officialPhone();
		this.executive = details.executive();
	}

	OfficerDetails details() {
		return new OfficerDetails(unitId, rankTh, rankEn, nameTh, nameEn, titleTh, titleEn, officialPhone, executive);
	}

	/** Shows this stored photo beside the officer's name on the public pages. */
	void showPhoto(UUID fileId) {
		this.photoFileId = fileId;
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

	OfficerView view() {
		return new OfficerView(id, stationId, unitId, position, rankTh, rankEn, nameTh, nameEn, titleTh, titleEn,
				officialPhone, executive, photoFileId);
	}
}
