package org.prongsai.station;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a station publishes about itself: names, area, and the five contact elements of item O5
 * (name, address, phone, e-mail, map) with its social channels.
 */
public record StationProfile(String nameTh, String nameEn, String shortNameTh, String shortNameEn, String provinceTh,
		String provinceEn, int policeRegion, String addressTh, String addressEn, String phone, String email,
		@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable String facebookUrl,
		@Nullable String lineUrl, @Nullable String xUrl, @Nullable String tiktokUrl, @Nullable String instagramUrl,
		@Nullable String youtubeUrl) {

	/** A one-line summary for the audit trail. */
	String summary() {
		return "name=" + nameTh + " / " + nameEn + "; short=" + shortNameTh + " / " + shortNameEn + "; province="
				+ provinceTh + " / " + provinceEn + "; region=" + policeRegion + "; address=" + addressTh + " / "
				+ addressEn + "; phone=" + phone + "; email=" + email + "; map=" + latitude + "," + longitude
				+ "; channels=" + String.join(" ", java.util.stream.Stream.of(facebookUrl, lineUrl, xUrl, tiktokUrl,
						instagramUrl, youtubeUrl).filter(java.util.Objects::nonNull).toList());
	}
}
