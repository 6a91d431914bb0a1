package org.prongsai.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseNumberTests {

	@Test
	void theWaysPeopleWriteACaseNumberAllReadAsOne() {
		for (String typed : new String[] { "คดีอาญาที่ 123/2567", "คดีอาญาที่ ๑๒๓/๒๕๖๗", "  คดีอาญา ที่ 123 / 2567 ",
				"อาญา 123/2567", "คดีอาญาที่123/2567", "Criminal case 123/2567", "criminal case no. 123/2567",
				"CRIMINAL 123/2567", "คดีอาญาที่ 0123/2567" }) {
			assertThat(CaseNumber.parse(typed)).as(typed).hasValueSatisfying(n -> {
				assertThat(n.stored()).isEqualTo("คดีอาญาที่ 123/2567");
				assertThat(n.type()).isEqualTo(CaseNumber.Type.CRIMINAL);
			});
		}
	}

	@Test
	void eachTypeHasItsThaiAndEnglishForm() {
		CaseNumber traffic = CaseNumber.parse("คดีจราจรที่ ๕/๒๕๖๘").orElseThrow();
		assertThat(traffic.stored()).isEqualTo("คดีจราจรที่ 5/2568");
		assertThat(traffic.display("en")).isEqualTo("Traffic case 5/2568");
		assertThat(traffic.display("th")).isEqualTo("คดีจราจรที่ 5/2568");
		assertThat(traffic.ascii()).isEqualTo("traffic 5/2568");
		assertThat(CaseNumber.parse(traffic.ascii())).hasValue(traffic);
		assertThat(CaseNumber.parse("คดีชันสูตรพลิกศพที่ 7/2569")).hasValueSatisfying(
				n -> assertThat(n.display("en")).isEqualTo("Inquest 7/2569"));
	}

	@Test
	void aNumberInAnotherFormIsRefused() {
		for (String typed : new String[] { "", "123/2567", "คดีอาญาที่ 123", "คดีอาญาที่ 123/67", "คดีอาญาที่ 123/2024",
				"คดีแพ่งที่ 123/2567", "คดีอาญาที่ 0/2567", "คดีอาญาที่ 1234567/2567", "คดีอาญาที่ -5/2567",
				"คดีอาญาที่ 12/2567; drop table", "คดีอาญาที่ 12/25678" }) {
			assertThat(CaseNumber.parse(typed)).as(typed).isEmpty();
		}
	}
}
