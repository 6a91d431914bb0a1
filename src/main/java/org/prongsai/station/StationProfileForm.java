package org.prongsai.station;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The station profile form: what the screen posts, validated before it reaches the aggregate. */
record StationProfileForm(
		@NotBlank @Size(max = 200) String nameTh,
		@NotBlank @Size(max = 200) String nameEn,
		@NotBlank @Size(max = 100) String shortNameTh,
		@NotBlank @Size(max = 100) String shortNameEn,
		@NotBlank @Size(max = 100) String provinceTh,
		@NotBlank @Size(max = 100) String provinceEn,
		@NotNull @Min(1) @Max(9) @Nullable Integer policeRegion,
		@NotBlank @Size(max = 500) String addressTh,
		@NotBlank @Size(max = 500) String addressEn,
		@NotBlank @Pattern(regexp = "[0-9 +()-]{6,40}") String phone,
		@NotBlank @Email @Size(max = 200) String email,
		@DecimalMin("-90") @DecimalMax("90") @Nullable BigDecimal latitude,
		@DecimalMin("-180") @DecimalMax("180") @Nullable BigDecimal longitude,
		@Pattern(regexp = URL) @Size(max = 500) @Nullable String facebookUrl,
		@Pattern(regexp = URL) @Size(max = 500) @Nullable String lineUrl,
		@Pattern(regexp = URL) @Size(max = 500) @Nullable String xUrl,
		@Pattern(regexp = URL) @Size(max = 500) @Nullable String tiktokUrl,
		@Pattern(regexp = URL) @Size(max = 500) @Nullable String instagramUrl,
		@Pattern(regexp = URL) @Size(max = 500) @Nullable String youtubeUrl,
		int version) {

	/** Only secure web addresses, or nothing. */
	static final String URL = "(https://[^\\s<>\"]+)?";

	static StationProfileForm of(StationProfile p, int version) {
		return new StationProfileForm(p.nameTh(), p.nameEn(), p.shortNameTh(), p.shortNameEn(), p.provinceTh(),
				p.provinceEn(), p.policeRegion(), p.addressTh(), p.addressEn(), p.phone(), p.email(), p.latitude(),
				p.longitude(), p.facebookUrl(), p.lineUrl(), p.xUrl(), p.tiktokUrl(), p.instagramUrl(),
				p.youtubeUrl(), version);
	}

	StationProfile toProfile() {
		return new StationProfile(nameTh.strip(), nameEn.strip(), shortNameTh.strip(), shortNameEn.strip(),
				provinceTh.strip(), provinceEn.strip(), policeRegion == null ? 0 : policeRegion, addressTh.strip(),
				addressEn.strip(), phone.strip(), email.strip(), latitude, longitude, blankToNull(facebookUrl),
				blankToNull(lineUrl), blankToNull(xUrl), blankToNull(tiktokUrl), blankToNull(instagramUrl),
				blankToNull(youtubeUrl));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
