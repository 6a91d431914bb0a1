package org.prongsai.station;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A station as other modules and templates read it.
 * @param id never null
 * @param code the station's part of every public address, for example {@code kamala}
 * @param demo true for a fictional demonstration station
 * @param profile names, area and contact details
 * @param photoFileId the stored photo of the station shown on its home page, or null
 */
public record StationView(UUID id, String code, boolean demo, StationProfile profile, @Nullable UUID photoFileId) {

	/** The full name in the given language ({@code th} or {@code en}). */
	public String name(String language) {
		return english(language) ? profile.nameEn() : profile.nameTh();
	}

	/** The short name, for example สภ.กมลา or Kamala Police Station. */
	public String shortName(String language) {
		return english(language) ? profile.shortNameEn() : profile.shortNameTh();
	}

	public String province(String language) {
		return english(language) ? profile.provinceEn() : profile.provinceTh();
	}

	public String address(String language) {
		return english(language) ? profile.addressEn() : profile.addressTh();
	}

	/** A map link for the station's coordinates, or null when they are not set. */
	public @Nullable String mapUrl() {
		if (profile.latitude() == null || profile.longitude() == null) {
			return null;
		}
		String lat = profile.latitude().toPlainString();
		String lon = profile.longitude().toPlainString();
		return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
	}

	/** The social channels that are set, in a fixed order: name and address. */
	public List<Channel> channels() {
		List<Channel> channels = new ArrayList<>();
		add(channels, "Facebook", profile.facebookUrl());
		add(channels, "LINE", profile.lineUrl());
		add(channels, "X", profile.xUrl());
		add(channels, "TikTok", profile.tiktokUrl());
		add(channels, "Instagram", profile.instagramUrl());
		add(channels, "YouTube", profile.youtubeUrl());
		return channels;
	}

	private static void add(List<Channel> channels, String name, @Nullable String url) {
		if (url != null && !url.isBlank()) {
			channels.add(new Channel(name, url));
		}
	}

	private static boolean english(String language) {
		return Locale.ENGLISH.getLanguage().equals(language);
	}

	/** A social channel: its brand name (not translated) and address. */
	public record Channel(String name, String url) {
	}
}
