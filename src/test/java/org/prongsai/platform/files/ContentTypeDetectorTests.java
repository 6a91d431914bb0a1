package org.prongsai.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentTypeDetectorTests {

	private final ContentTypeDetector detector = new ContentTypeDetector();

	@TempDir
	Path dir;

	@Test
	void imagesAndPdfByMagicBytes() throws IOException {
		assertThat(detect("a.bin", SampleFiles.pdf())).isEqualTo("application/pdf");
		assertThat(detect("a.bin", SampleFiles.png())).isEqualTo("image/png");
		assertThat(detect("a.bin", SampleFiles.jpeg())).isEqualTo("image/jpeg");
		assertThat(detect("a.bin", SampleFiles.webp())).isEqualTo("image/webp");
	}

	@Test
	void wordAndExcelToldApartByTheirParts() throws IOException {
		assertThat(detect("report.xlsx", SampleFiles.docx())).isEqualTo(FileType.DOCX.contentType);
		assertThat(detect("report.docx", SampleFiles.xlsx())).isEqualTo(FileType.XLSX.contentType);
		assertThat(detect("x.zip", SampleFiles.docxWithContentTypesLast())).isEqualTo(FileType.DOCX.contentType);
	}

	@Test
	void macroDocumentIsNotDocx() throws IOException {
		assertThat(detect("report.docx", SampleFiles.docm())).isEqualTo(FileType.DOCM);
	}

	@Test
	void nameDoesNotMatter() throws IOException {
		assertThat(detect("report.pdf", SampleFiles.text())).isEqualTo("text/plain");
		assertThat(detect("report.docx", SampleFiles.plainZip())).isEqualTo("application/zip");
		assertThat(detect("photo.pdf", SampleFiles.png())).isEqualTo("image/png");
		assertThat(detect("setup.pdf", SampleFiles.exe())).isNotIn(FileUse.PUBLICATION.contentTypes());
	}

	private String detect(String name, byte[] content) throws IOException {
		Path file = dir.resolve(name);
		java.nio.file.Files.write(file, content);
		return detector.detect(file);
	}
}
