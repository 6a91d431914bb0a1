package org.prongsai.integrity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTests {

	@Test
	void aNationalIdNumberIsMaskedOnlyWhenItsCheckDigitIsRight() {
		assertThat(PersonalData.validNationalId("1101400100108")).isTrue();
		assertThat(PersonalData.validNationalId("1101400100109")).isFalse();
		PersonalData.Masked masked = PersonalData.mask("บัตร 1-1014-00100-10-8 และ 3500100200303 แต่เลขคดี 1101400100109 ไม่ใช่");
		assertThat(masked.text()).isEqualTo("บัตร x-xxxx-xxxxx-xx-x และ xxxxxxxxxxxxx แต่เลขคดี 1101400100109 ไม่ใช่");
		assertThat(masked.findings()).extracting(PersonalData.Finding::kind)
			.containsExactly(PersonalData.Kind.NATIONAL_ID, PersonalData.Kind.NATIONAL_ID);
	}

	@Test
	void phoneNumbersAreMaskedButHotlinesAreNot() {
		assertThat(PersonalData.mask("โทร 081-234-5678, 02 123 4567 หรือ +66 81 234 5678 ด่วนโทร 191 หรือ 1599").text())
			.isEqualTo("โทร xxx-xxx-xxxx, xx xxx xxxx หรือ +xx xx xxx xxxx ด่วนโทร 191 หรือ 1599");
	}

	@Test
	void anEmailAddressIsMaskedWholeKeepingItsShape() {
		PersonalData.Masked masked = PersonalData.mask("ส่งมาที่ somchai.k99@example.co.th ด้วย");
		assertThat(masked.text()).isEqualTo("ส่งมาที่ xxxxxxx.xxx@xxxxxxx.xx.xx ด้วย");
		assertThat(masked.findings()).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo(PersonalData.Kind.EMAIL);
			assertThat(masked.text().substring(f.start(), f.end())).isEqualTo(f.masked());
		});
	}

	@Test
	void aLicencePlateIsMaskedButOrdinaryThaiWordsWithNumbersAreNot() {
		assertThat(PersonalData.mask("รถทะเบียน กข 1234 ภูเก็ต ชนกับ 1กข-234").text())
			.isEqualTo("รถทะเบียน xx xxxx ภูเก็ต ชนกับ xxx-xxx");
		String ordinary = "คดีอาญาที่ 123/2567 ข้อ 1 ปี 2567 ซอย 5 หมู่ 3";
		PersonalData.Masked untouched = PersonalData.mask(ordinary);
		assertThat(untouched.text()).isEqualTo(ordinary);
		assertThat(untouched.changed()).isFalse();
	}

	@Test
	void numbersWrittenInThaiDigitsAreMaskedToo() {
		PersonalData.Masked masked = PersonalData.mask("บัตร ๑-๑๐๑๔-๐๐๑๐๐-๑๐-๘ โทร ๐๘๑-๒๓๔-๕๖๗๘ รถ กข ๑๒๓๔ แต่เลขคดี ๑๑๐๑๔๐๐๑๐๐๑๐๙ ไม่ใช่");
		assertThat(masked.text()).isEqualTo("บัตร x-xxxx-xxxxx-xx-x โทร xxx-xxx-xxxx รถ xx xxxx แต่เลขคดี ๑๑๐๑๔๐๐๑๐๐๑๐๙ ไม่ใช่");
		assertThat(masked.findings()).extracting(PersonalData.Finding::kind).containsExactly(PersonalData.Kind.NATIONAL_ID,
				PersonalData.Kind.PHONE, PersonalData.Kind.LICENCE_PLATE);
	}

	@Test
	void invisibleCharactersBetweenDigitsDoNotHideANumberFromTheMask() {
		for (String invisible : new String[] { "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD" }) {
			String phone = String.join(invisible, "0", "8", "1", "2", "3", "4", "5", "6", "7", "8");
			String id = String.join(invisible, "1101400100108".split(""));
			PersonalData.Masked masked = PersonalData.mask("โทร " + phone + " บัตร " + id);
			assertThat(masked.text()).as("U+%04X", (int) invisible.charAt(0))
				.isEqualTo("โทร " + phone.replaceAll("\\d", "x") + " บัตร " + id.replaceAll("\\d", "x"));
			assertThat(masked.findings()).extracting(PersonalData.Finding::kind)
				.containsExactly(PersonalData.Kind.PHONE, PersonalData.Kind.NATIONAL_ID);
		}
		assertThat(PersonalData.mask("โทร ๐\u200B๘\u200B๑ ๒๓๔\u2060๕๖๗๘").text()).isEqualTo("โทร x\u200Bx\u200Bx xxx\u2060xxxx");
	}

	@Test
	void otherSpacesAndDashesBetweenGroupsAreReadAsTheUsualOnes() {
		assertThat(PersonalData.mask("โทร 081\u2013234\u00A05678 หรือ 02\u2009123\u20094567").text())
			.isEqualTo("โทร xxx\u2013xxx\u00A0xxxx หรือ xx\u2009xxx\u2009xxxx");
	}
}
