package org.prongsai.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiDigitsTests {

	@Test
	void replacesEveryAsciiDigitAndKeepsTheRest() {
		assertThat(ThaiDigits.of("0123456789")).isEqualTo("๐๑๒๓๔๕๖๗๘๙");
		assertThat(ThaiDigits.of("พ.ศ. 2567, 14:05 น.")).isEqualTo("พ.ศ. ๒๕๖๗, ๑๔:๐๕ น.");
		assertThat(ThaiDigits.of("")).isEmpty();
	}
}
