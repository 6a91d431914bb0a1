package org.prongsai.station;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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

	/** The station's social channels that are set, in the order the seed lists them; brand names are not translated. */
	public List<Channel> channels() {
		List<Channel> channels = new ArrayList<>();
		add(channels, "Facebook", facebookUrl);
		add(channels, "LINE", lineUrl);
		add(channels, "X", xUrl);
		add(channels, "TikTok", tiktokUrl);
		add(channels, "Instagram", instagramUrl);
		add(channels, "YouTube", youtubeUrl);
		return channels;
	}

	private static void add(List<Channel> channels, String name, @Nullable String url) {
		if (url != null && !url.isBlank()) {
			channels.add(new Channel(name, url));
		}
	}

	/** A social channel: its brand name and the station's address on it. */
	public record Channel(String name, String url) {
	}

	/** A one-line summary for the audit trail. */
	String summary() {
		return "name=" + nameTh + " / " + nameEn + "; short=" + shortNameTh + " / " + shortNameEn + "; province="
				+ provinceTh + " / " + provinceEn + "; region=" + policeRegion + "; address=" + addressTh + " / "
				+ addressEn + "; phone=" + phone + "; email=" + email + "; map=" + latitude + "," + longitude
				+ "; channels=" + String.join(" ", java.util.stream.Stream.of(facebookUrl, lineUrl, xUrl, tiktokUrl,
						instagramUrl, youtubeUrl).filter(java.util.Objects::nonNull).toList());
	}
}
