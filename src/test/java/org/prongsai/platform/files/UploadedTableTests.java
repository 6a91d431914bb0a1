package org.prongsai.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class UploadedTableTests {

	@Test
	void csvIsReadFromUtf8OrThaiWindowsTextAndAnythingElseIsRefused() {
		String text = "offence,note\r\n3.1,\"ลักทรัพย์, \"\"ในบ้าน\"\"\"\n\n4.1,ยาเสพติด";
		List<List<String>> expected = List.of(List.of("offence", "note"), List.of("3.1", "ลักทรัพย์, \"ในบ้าน\""),
				List.of("4.1", "ยาเสพติด"));
		assertThat(csv(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
		assertThat(csv(text.getBytes(Charset.forName("x-windows-874")))).isEqualTo(expected);
		assertThatIllegalArgumentException().isThrownBy(() -> csv(text.getBytes(StandardCharsets.UTF_16)));
	}

	@Test
	void aCsvFileOutOfBoundsIsRefusedWithTheBoundInsteadOfBeingHeld() {
		assertRefused(() -> csv(("a\n".repeat(UploadedTable.MAX_ROWS + 1)).getBytes(StandardCharsets.US_ASCII)),
				FileRejectedException.ROWS, UploadedTable.MAX_ROWS);
		assertRefused(() -> csv((",".repeat(UploadedTable.MAX_COLUMNS) + "\n").getBytes(StandardCharsets.US_ASCII)),
				FileRejectedException.COLUMNS, UploadedTable.MAX_COLUMNS);
		// A quote never closed makes the rest of the file one cell.
		assertRefused(() -> csv(("month,\"" + "x".repeat(4000)).getBytes(StandardCharsets.US_ASCII)),
				FileRejectedException.CELL, UploadedTable.MAX_CELL_LENGTH);
		assertRefused(() -> csv(new byte[UploadedTable.MAX_MEGABYTES * 1024 * 1024 + 1]), FileRejectedException.SIZE,
				UploadedTable.MAX_MEGABYTES);
		assertRefused(() -> csv(new byte[0]), FileRejectedException.EMPTY);
	}

	@Test
	void aWorkbooksFirstSheetIsReadAsTheSheetShowsItWithFormulasNeverEvaluated() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("figures");
			Row head = sheet.createRow(0);
			head.createCell(0).setCellValue("month");
			head.createCell(1).setCellValue("reported");
			head.createCell(2).setCellValue("note");
			Row row = sheet.createRow(2);
			row.createCell(0).setCellValue("2024-02");
			row.createCell(1).setCellFormula("2+2");
			row.createCell(2).setCellValue("ลักทรัพย์");
			Row numbers = sheet.createRow(3);
			numbers.createCell(0).setCellValue("2024-03");
			numbers.createCell(1).setCellValue(12);
			numbers.createCell(3).setCellValue(true);
			workbook.createSheet("other").createRow(0).createCell(0).setCellValue("not read");
			workbook.write(out);
		}

		assertThat(UploadedTable.workbook(new ByteArrayInputStream(out.toByteArray()))).containsExactly(
				List.of("month", "reported", "note"), List.of("2024-02", "=2+2", "ลักทรัพย์"),
				List.of("2024-03", "12", "", "TRUE"));
	}

	@Test
	void aWorkbookOutOfBoundsIsRefusedWithTheBound() {
		String[][] many = new String[UploadedTable.MAX_ROWS + 1][];
		java.util.Arrays.fill(many, new String[] { "a" });
		assertRefused(() -> UploadedTable.workbook(new ByteArrayInputStream(HostileFiles.xlsx(many))),
				FileRejectedException.ROWS, UploadedTable.MAX_ROWS);
		assertRefused(() -> UploadedTable.workbook(new ByteArrayInputStream(HostileFiles.xlsx(new String[] { "x".repeat(2000) }))),
				FileRejectedException.CELL, UploadedTable.MAX_CELL_LENGTH);
		String[] wide = new String[UploadedTable.MAX_COLUMNS + 1];
		java.util.Arrays.fill(wide, "1");
		assertRefused(() -> UploadedTable.workbook(new ByteArrayInputStream(HostileFiles.xlsx(wide))),
				FileRejectedException.COLUMNS, UploadedTable.MAX_COLUMNS);
		byte[] bomb = HostileFiles.withZeros(HostileFiles.xlsx(new String[] { "month" }), "xl/media/image1.bin",
				60L * 1024 * 1024);
		assertRefused(() -> UploadedTable.workbook(new ByteArrayInputStream(bomb)), FileRejectedException.UNPACKED);
		assertRefused(() -> UploadedTable.workbook(new ByteArrayInputStream(HostileFiles.docx())),
				FileRejectedException.UNREADABLE);
		assertRefused(() -> UploadedTable.workbook(new ByteArrayInputStream("month,reported".getBytes(StandardCharsets.US_ASCII))),
				FileRejectedException.UNREADABLE);
	}

	private static List<List<String>> csv(byte[] bytes) {
		return UploadedTable.csv(new ByteArrayInputStream(bytes));
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable reading, String key,
			Object... arguments) {
		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(reading).satisfies(ex -> {
			assertThat(ex.messageKey()).isEqualTo(key);
			if (arguments.length > 0) {
				assertThat(ex.arguments()).containsExactly(arguments);
			}
		});
	}
}
