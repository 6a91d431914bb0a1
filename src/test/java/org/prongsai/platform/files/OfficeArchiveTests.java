package org.prongsai.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Office files are zips that can unpack to gigabytes: their bounds are checked before POI reads a part. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OfficeArchiveTests {

	private static final String DOCX = FileType.DOCX.contentType;

	private static final long MEGABYTE = 1024 * 1024;

	@TempDir
	Path dir;

	@Test
	void aWordFileWhosePartUnpacksAThousandTimesItsSizeIsRefusedFromItsDirectoryAlone() throws IOException {
		// 60 KB that would unpack to 60 MB.
		byte[] bomb = HostileFiles.withZeros(HostileFiles.docx(), "word/media/image1.bin", 60 * MEGABYTE);
		assertThat(bomb.length).isLessThan(200_000);

		assertUnpacked(() -> new ContentTypeDetector().detect(write(bomb)));
		assertUnpacked(() -> Metadata.removed(DOCX, bomb));
	}

	@Test
	void aPackageOfMoreThanAThousandEntriesIsRefused() throws IOException {
		byte[] many = HostileFiles.withEntries(HostileFiles.docx(), OfficeArchive.MAX_ENTRIES);

		assertUnpacked(() -> new ContentTypeDetector().detect(write(many)));
		assertUnpacked(() -> Metadata.removed(DOCX, many));
	}

	@Test
	void aDirectoryThatUnderstatesAPartsSizeIsCaughtWhenThePartIsInflatedBeforePoiOpensIt() throws IOException {
		byte[] lying = HostileFiles.withDeclaredSize(
				HostileFiles.withZeros(HostileFiles.docx(), "word/media/image1.bin", 60 * MEGABYTE), "word/media/image1.bin",
				1000);

		assertThat(new ContentTypeDetector().detect(write(lying))).as("the directory alone looks harmless").isEqualTo(DOCX);
		assertUnpacked(() -> Metadata.removed(DOCX, lying));
	}

	@Test
	void aPartPoiReadsWholeIsBoundedTighterThanOthers() {
		byte[] bloatedProperties = HostileFiles.withZeros(HostileFiles.docx(), "docProps/custom.xml",
				OfficeArchive.MAX_WHOLE_PART_BYTES + 1);

		assertUnpacked(() -> Metadata.removed(DOCX, bloatedProperties));
	}

	@Test
	void aPackageInsideAPackageIsKeptAsItIsAndNeverOpened() throws IOException {
		byte[] inner = HostileFiles.withZeros(HostileFiles.docx(), "word/media/image1.bin", 60 * MEGABYTE);
		byte[] outer = HostileFiles.nested(HostileFiles.docx(), inner);

		byte[] removed = Metadata.removed(DOCX, outer);

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(removed))) {
			assertThat(document.getProperties().getCoreProperties().getCreator()).isNullOrEmpty();
		}
		assertThat(entry(removed, "word/embeddings/inner.docx")).isEqualTo(inner);
	}

	private Path write(byte[] content) throws IOException {
		Path file = java.nio.file.Files.createTempFile(dir, "office-", ".bin");
		java.nio.file.Files.write(file, content);
		return file;
	}

	private static void assertUnpacked(org.assertj.core.api.ThrowableAssert.ThrowingCallable reading) {
		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(reading)
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(FileRejectedException.UNPACKED));
	}

	private static byte[] entry(byte[] zip, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (entry.getName().equals(name)) {
					return in.readAllBytes();
				}
			}
		}
		throw new AssertionError("no entry " + name);
	}
}
