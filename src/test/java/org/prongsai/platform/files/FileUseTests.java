package org.prongsai.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FileUseTests {

	@Test
	void documentsAreOfficeFormatsAndPdfUpTo20Megabytes() {
		assertThat(FileUse.DOCUMENT.contentTypes()).containsExactly("application/pdf",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(FileUse.DOCUMENT.maxBytes()).isEqualTo(20L * 1024 * 1024);
		assertThat(FileUse.DOCUMENT.displayNames()).isEqualTo("PDF, Word (DOCX), Excel (XLSX)");
	}

	@Test
	void photosAreImagesUpTo10Megabytes() {
		assertThat(FileUse.PHOTO.contentTypes()).containsExactly("image/jpeg", "image/png", "image/webp");
		assertThat(FileUse.PHOTO.maxMegabytes()).isEqualTo(10);
		assertThat(FileUse.PHOTO.allows("application/pdf")).isFalse();
	}

	@Test
	void publicationsTakeBoth() {
		assertThat(FileUse.PUBLICATION.contentTypes()).containsAll(FileUse.DOCUMENT.contentTypes())
			.containsAll(FileUse.PHOTO.contentTypes());
		assertThat(FileUse.PUBLICATION.maxMegabytes()).isEqualTo(20);
	}

	@Test
	void acceptAttributeListsExtensionsAndTypes() {
		assertThat(FileUse.PHOTO.accept()).isEqualTo(".jpg,image/jpeg,.png,image/png,.webp,image/webp");
	}

	@Test
	void thaiAndEnglishMessagesHaveTheSameKeys() throws IOException {
		assertThat(keys("i18n/files_en.properties")).isEqualTo(keys("i18n/files.properties"))
			.contains(FileRejectedException.TYPE, FileRejectedException.SIZE, FileRejectedException.EMPTY);
	}

	private static Set<Object> keys(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FileUseTests.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(in);
		}
		return properties.keySet();
	}
}
