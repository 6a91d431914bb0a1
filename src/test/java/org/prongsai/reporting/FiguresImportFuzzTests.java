package org.prongsai.reporting;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.Fuzzing;
import org.prongsai.platform.files.HostileFiles;

/**
 * The crime and checkpoint figure imports, fed a few hundred malformed, truncated and mutated CSV
 * and Excel files from a fixed seed (and bombs): each is read and checked to its figures or to
 * the problems that refuse it, never another exception, within an allocation bound.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FiguresImportFuzzTests {

	private static final long SEED = 20261207L;

	private static final int CASES = 300;

	private static final FiscalYear FY2567 = FiscalYear.of(2567);

	@Test
	void everyCrimeFiguresFileEndsWithItsFiguresOrItsProblems() {
		String[][] rows = { CrimeStatistics.HEADER.toArray(String[]::new), { "2024-02", "3.1", "12", "8", "9" },
				{ "2024-02", "4.1", "21", "21", "25" } };
		assertEachImportedOrRefused("crime figures", rows,
				(name, bytes) -> CrimeStatistics.figures(FiguresFile.read(name, new ByteArrayInputStream(bytes),
						CrimeStatistics.HEADER), FY2567).problems());
	}

	@Test
	void everyCheckpointFiguresFileEndsWithItsFiguresOrItsProblems() {
		List<String> header = CheckpointStatistics.HEADER;
		String[] first = new String[header.size()];
		String[] second = new String[header.size()];
		first[0] = "2024-01";
		second[0] = "2024-02";
		for (int c = 1; c < header.size(); c++) {
			first[c] = String.valueOf(c);
			second[c] = String.valueOf(10 * c);
		}
		assertEachImportedOrRefused("checkpoint figures", new String[][] { header.toArray(String[]::new), first, second },
				(name, bytes) -> CheckpointStatistics.figures(FiguresFile.read(name, new ByteArrayInputStream(bytes), header),
						FY2567).problems());
	}

	private static void assertEachImportedOrRefused(String importer, String[][] rows, Import importing) {
		StringBuilder csv = new StringBuilder();
		for (String[] row : rows) {
			csv.append(String.join(",", row)).append("\r\n");
		}
		List<byte[]> csvSeeds = List.of(csv.toString().getBytes(StandardCharsets.UTF_8),
				("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8),
				(csv + "2024-03,\"ลักทรัพย์, \"\"ในบ้าน\"\"\",1,1,1\r\n").getBytes(Charset.forName("x-windows-874")));
		List<byte[]> csvInputs = Fuzzing.mutations(SEED, CASES, csvSeeds);
		csvInputs.add((csv + "2024-02,\"" + "x".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
		csvInputs.add((csv + ",".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
		csvInputs.add(("a\n".repeat(200_000)).getBytes(StandardCharsets.US_ASCII));
		csvInputs.add(new byte[6 * 1024 * 1024]);
		csvInputs.add(new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE });
		Fuzzing.assertEachEndsWithAResultOrARefusal(importer + " as CSV", csvInputs, bytes -> refuseOnProblems(
				importing.problems("figures.csv", bytes)), Refused.class);

		byte[] workbook = HostileFiles.xlsx(rows);
		List<byte[]> workbookInputs = Fuzzing.mutations(SEED, CASES, List.of(workbook));
		long megabyte = 1024 * 1024;
		byte[] ratio = HostileFiles.withZeros(workbook, "xl/media/image1.bin", 100 * megabyte);
		workbookInputs.addAll(List.of(ratio, HostileFiles.withEntries(workbook, 5000),
				HostileFiles.withDeclaredSize(ratio, "xl/media/image1.bin", 10), HostileFiles.nested(workbook, ratio),
				HostileFiles.withZeros(workbook, "xl/sharedStrings2.xml", 50 * megabyte),
				HostileFiles.withDeclaredSize(workbook, "xl/worksheets/sheet1.xml", 3), HostileFiles.docx()));
		Fuzzing.assertEachEndsWithAResultOrARefusal(importer + " as Excel", workbookInputs, bytes -> refuseOnProblems(
				importing.problems("figures.xlsx", bytes)), Refused.class);
	}

	private static void refuseOnProblems(List<FiguresFile.Problem> problems) {
		if (!problems.isEmpty()) {
			throw new Refused();
		}
	}

	/** An import of a named file's bytes, to the problems that refuse it (none when it imports). */
	@FunctionalInterface
	private interface Import {

		List<FiguresFile.Problem> problems(String fileName, byte[] content);
	}

	/** The file is refused with problems, as the screen shows them. */
	private static final class Refused extends RuntimeException {

		Refused() {
			super("refused with problems", null, false, false);
		}
	}
}
