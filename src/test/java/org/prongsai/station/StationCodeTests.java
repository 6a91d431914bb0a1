package org.prongsai.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class StationCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "kamala", "thung-thong", "ab", "a1", "patong-2", "abcdefghijklmnopqrstuvwxyz012345" })
	void acceptsShortLowerCaseCodes(String code) {
		assertThat(StationCode.validate(code)).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "k", "Kamala", "Kamala!", "1kamala", "-kamala", "kamala phuket", "kamala_1",
			"กมลา", "kamala/", "abcdefghijklmnopqrstuvwxyz0123456" })
	void refusesMalformedCodes(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> StationCode.validate(code))
			.withMessageEndingWith(": " + code);
	}

	@ParameterizedTest
	@FieldSource("org.prongsai.station.StationCode#RESERVED")
	void refusesEveryReservedWordThoughItIsWellFormed(String word) {
		assertThat(StationCode.PATTERN.matcher(word).matches()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> StationCode.validate(word)).withMessageContaining(word);
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "login", "logout", "assets", "actuator", "error", "files", "api", "stations",
			"static", "webjars", "favicon", "robots" })
	void reservesTheFirstPathSegmentsThePortalUses(String word) {
		assertThat(StationCode.RESERVED).contains(word);
	}
}
