package org.prongsai.platform.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;

/**
 * Tells a file's kind from its bytes alone: the name and the browser's claim can both lie.
 * Tika's core detector sees Word and Excel files only as zip archives, so those are opened to
 * look at the parts inside; none is unpacked, and an Office file whose central directory says it
 * would unpack past the {@link OfficeArchive} bounds is refused here already.
 */
final class ContentTypeDetector {

	private static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-tika-ooxml");

	private final Tika tika = new Tika();

	/**
	 * @throws FileRejectedException for an Office file that would unpack past the bounds
	 */
	String detect(Path file) throws IOException {
		String detected;
		try (InputStream in = new BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
			detected = tika.detect(in);
		}
		return ZIP_TYPES.contains(detected) ? officeType(file, detected) : detected;
	}

	/**
	 * @throws FileRejectedException for an Office file that would unpack past the bounds
	 */
	private static String officeType(Path file, String detected) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.getEntry("[Content_Types].xml") == null) {
				return detected;
			}
			OfficeArchive.checkDeclared(zip);
			if (zip.getEntry("word/document.xml") != null) {
				// Macros are code: a document with them is refused like any other program.
				return zip.getEntry("word/vbaProject.bin") == null ? FileType.DOCX.contentType : FileType.DOCM;
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return zip.getEntry("xl/vbaProject.bin") == null ? FileType.XLSX.contentType : FileType.XLSM;
			}
			return detected;
		}
		catch (IOException ex) {
			// Not a readable archive after all: it stays what the magic bytes said, which is not accepted.
			return detected;
		}
	}
}
