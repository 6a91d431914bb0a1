package org.prongsai.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The outside reader of Thai typesetting: {@code src/test/python/thai-typeset-check.py} reads the
 * glyphs a PDF draws (pdfminer.six) with the outlines of the font inside it (fontTools) and reports
 * floating tone marks, marks that collide or drift off their consonant, and lines broken inside a
 * cluster. Each checked PDF is kept under {@code target/typeset/}, with its first page as a PNG
 * ({@code pdftoppm}) for a person to look at.
 */
public final class ThaiTypesetCheck {

	/** Where the checked files and their pictures are left. */
	public static final Path FOLDER = Path.of("target", "typeset");

	private static final Path CHECKER = Path.of("src", "test", "python", "thai-typeset-check.py");

	private static final boolean CI = System.getenv("CI") != null;

	private ThaiTypesetCheck() {
	}

	/**
	 * Skips the calling test when python3 with fontTools and pdfminer.six, or pdftoppm, is missing;
	 * with {@code CI} set the test runs, and fails, instead. {@code PRONGSAI_PYTHON} names another
	 * python than the one on the path.
	 */
	public static void assumeReaders() {
		assumeTrue(CI || pythonReads(), "python3 with fontTools and pdfminer.six is not installed"
				+ " (Debian: apt-get install python3-fonttools python3-pdfminer)");
		assumeTrue(CI || Files.isExecutable(Path.of("/usr/bin/pdftoppm")), "pdftoppm (poppler-utils) is not installed");
	}

	/**
	 * Checks a PDF, keeping it as {@code name.pdf} and its first page as {@code name.png}, and asserts
	 * that the checker found Thai marks and nothing wrong with any of them.
	 * @return the checker's last line, its counts
	 */
	public static String assertTypesetWell(String name, byte[] pdf) {
		try {
			Files.createDirectories(FOLDER);
			Path file = FOLDER.resolve(name + ".pdf");
			Files.write(file, pdf);
			Run check = run(List.of(python(), CHECKER.toString(), file.toString(), "--max-report", "20"));
			Run picture = run(List.of("pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", file.toString(),
					FOLDER.resolve(name).toString()));
			assertThat(picture.exit()).as("pdftoppm: " + picture.output()).isZero();
			assertThat(check.exit()).as(name + ": " + check.output()).isZero();
			String[] lines = check.output().strip().split("\n");
			return lines[lines.length - 1];
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static boolean pythonReads() {
		try {
			return run(List.of(python(), "-c", "import fontTools, pdfminer")).exit() == 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String python() {
		String python = System.getenv("PRONGSAI_PYTHON");
		return python == null || python.isBlank() ? "python3" : python;
	}

	private static Run run(List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException(command.get(0) + " did not finish");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
		return new Run(process.exitValue(), output);
	}

	private record Run(int exit, String output) {
	}
}
