package org.prongsai.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

	@Test
	void keepsThaiNames() {
		assertThat(FileNames.sanitise("รายงานผลการดำเนินงาน รอบ 6 เดือน.pdf"))
			.isEqualTo("รายงานผลการดำเนินงาน รอบ 6 เดือน.pdf");
	}

	@Test
	void dropsPathsFromEitherSeparator() {
		assertThat(FileNames.sanitise("C:\\Users\\somchai\\Desktop\\plan.docx")).isEqualTo("plan.docx");
		assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
	}

	@Test
	void dropsControlAndDirectionCharacters() {
		assertThat(FileNames.sanitise("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(FileNames.sanitise("a\r\nb\t\"c\".pdf")).isEqualTo("ab\tc.pdf".replace("\t", ""));
	}

	@Test
	void emptyOrDotsBecomeFile() {
		assertThat(FileNames.sanitise(null)).isEqualTo("file");
		assertThat(FileNames.sanitise("   ")).isEqualTo("file");
		assertThat(FileNames.sanitise("..")).isEqualTo("file");
		assertThat(FileNames.sanitise("dir/")).isEqualTo("file");
	}

	@Test
	void longNamesKeepTheirExtension() {
		String name = FileNames.sanitise("ก".repeat(300) + ".xlsx");
		assertThat(name).hasSize(255).endsWith("ก.xlsx");
		String emoji = FileNames.sanitise("a" + "😀".repeat(200) + ".pdf");
		assertThat(emoji.length()).isLessThanOrEqualTo(255);
		assertThat(emoji).endsWith("😀.pdf");
	}
}
