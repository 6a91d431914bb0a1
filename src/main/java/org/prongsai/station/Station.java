package org.prongsai.station;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A police station: the tenant every record belongs to. */
class Station {

	@Id
	private final UUID id;
	private final String code;
	private String nameTh;
	private String nameEn;
	private String shortNameTh;
	private String shortNameEn;
	private String provinceTh;
	private String provinceEn;
	private int policeRegion;
	private String addressTh;
	private String addressEn;
	private String phone;
	private String email;
	private @Nullable BigDecimal latitude;
	private @Nullable BigDecimal longitude;
	private @Nullable String facebookUrl;
	private @Nullable String lineUrl;
	private @Nullable String xUrl;
	private @Nullable String tiktokUrl;
	private @Nullable String instagramUrl;
	private @Nullable String youtubeUrl;
	private final boolean demo;
	private @Nullable UUID photoFileId;
	@Version
	private int version;
	private final Instant createdAt;

	@PersistenceCreator
	Station(UUID id, String code, String nameTh, String nameEn, String shortNameTh, String shortNameEn,
			String provinceTh, String provinceEn, int policeRegion, String addressTh, String addressEn, String phone,
			String email, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable String facebookUrl,
			@Nullable String lineUrl, @Nullable String xUrl, @Nullable String tiktokUrl,
			@Nullable String instagramUrl, @Nullable String youtubeUrl, boolean demo, @Nullable UUID photoFileId,
			int version, Instant createdAt) {
		this.id = id;
		this.code = StationCode.validate(code);
		this.nameTh = nameTh;
		this.nameEn = nameEn;
		this.shortNameTh = shortNameTh;
		this.shortNameEn = shortNameEn;
		this.provinceTh = provinceTh;
		this.provinceEn = provinceEn;
		this.policeRegion = policeRegion;
		this.addressTh = addressTh;
		this.addressEn = addressEn;
		this.phone = phone;
		this.email = email;
		this.latitude = latitude;
		this.longitude = longitude;
		this.facebookUrl = facebookUrl;
		this.lineUrl = lineUrl;
		this.xUrl = xUrl;
		this.tiktokUrl = tiktokUrl;
		this.instagramUrl = instagramUrl;
		this.youtubeUrl = youtubeUrl;
		this.demo = demo;
		this.photoFileId = photoFileId;
		this.version = version;
		this.createdAt = createdAt;
	}

	static Station create(String code, StationProfile profile, boolean demo, Instant now) {
		Station station = new Station(UUID.randomUUID(), code, "", "", "", "", "", "", 1, "", "", "", "", null, null,
				null, null, null, null, null, null, demo, null, 0, now);
		station.update(profile);
		return station;
	}

	/** Replaces the editable profile; the code (part of every public address) never changes. */
	void update(StationProfile p) {
		this.nameTh = p.nameTh();
		this.nameEn = p.nameEn();
		this.shortNameTh = p.shortNameTh();
		this.shortNameEn = p.shortNameEn();
		this.provinceTh = p.provinceTh();
		this.provinceEn = p.provinceEn();
		this.policeRegion = p.policeRegion();
		this.addressTh = p.addressTh();
		this.addressEn = p.addressEn();
		this.phone = p.phone();
		this.email = p.email();
		this.latitude = p.latitude();
		this.longitude = p.longitude();
		this.facebookUrl = p.facebookUrl();
		this.lineUrl = p.lineUrl();
		this.xUrl = p.xUrl();
		this.tiktokUrl = p.tiktokUrl();
		this.instagramUrl = p.instagramUrl();
		this.youtubeUrl = p.youtubeUrl();
	}

	StationProfile profile() {
		return new StationProfile(nameTh, nameEn, shortNameTh, shortNameEn, provinceTh, provinceEn, policeRegion,
				addressTh, addressEn, phone, email, latitude, longitude, facebookUrl, lineUrl, xUrl, tiktokUrl,
				instagramUrl, youtubeUrl);
	}

	StationView view() {
		return new StationView(id, code, demo, profile(), photoFileId);
	}

	/** Shows this stored photo on the station's home page. */
	void showPhoto(UUID fileId) {
		this.photoFileId = fileId;
	}

	UUID getId() {
		return id;
	}

	int getVersion() {
		return version;
	}

	void setVersion(int version) {
		this.version = version;
	}
}
