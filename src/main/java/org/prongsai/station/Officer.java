package org.prongsai.station;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** An officer as the public sees them: rank, name, title and official phone; nothing personal beyond that. */
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
	@Version
	private int version;

	@PersistenceCreator
	Officer(UUID id, UUID stationId, @Nullable UUID unitId, int position, String rankTh, String rankEn, String nameTh,
			String nameEn, String titleTh, String titleEn, @Nullable String officialPhone, boolean executive,
			int version) {
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
		this.version = version;
	}

	static Officer create(UUID stationId, @Nullable UUID unitId, int position, String rankTh, String rankEn,
			String nameTh, String nameEn, String titleTh, String titleEn, @Nullable String phone, boolean executive) {
		return new Officer(UUID.randomUUID(), stationId, unitId, position, rankTh, rankEn, nameTh, nameEn, titleTh,
				titleEn, phone, executive, 0);
	}

	OfficerView view() {
		return new OfficerView(id, stationId, unitId, rankTh, rankEn, nameTh, nameEn, titleTh, titleEn, officialPhone,
				executive);
	}
}
