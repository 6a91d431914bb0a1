package org.prongsai.platform.files;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file that loops or balloons fails here by the time-out rather than hanging the build. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MetadataTests {

	@Test
	void aPhotosExifWithItsGpsPositionAndCommentsAreRemovedAndThePictureKeptByteForByte() throws Exception {
		byte[] plain = picture("jpg");
		byte[] photo = SampleFiles.jpegWithMetadata(plain, "taken at home, 7.8912N 98.2981E");
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif", "GPS", "taken at home");

		byte[] removed = Metadata.removed("image/jpeg", photo);
		assertThat(removed).as("exactly the picture without its metadata").isEqualTo(plain);
		assertThat(new String(removed, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPS", "taken at home");
		assertThat(ImageIO.read(new ByteArrayInputStream(removed)).getWidth()).isEqualTo(32);
	}

	@Test
	void aPngsTextAndExifChunksAreRemoved() throws Exception {
		byte[] plain = picture("png");
		int iend = plain.length - 12;
		ByteArrayOutputStream tagged = new ByteArrayOutputStream();
		tagged.write(plain, 0, iend);
		tagged.write(SampleFiles.chunk("tEXt", "Author\0Somchai Jaidee".getBytes(StandardCharsets.ISO_8859_1)));
		tagged.write(SampleFiles.chunk("eXIf", SampleFiles.exifWithGps()));
		tagged.write(plain, iend, 12);
		byte[] removed = Metadata.removed("image/png", tagged.toByteArray());
		assertThat(removed).isEqualTo(plain);
	}

	@Test
	void aWebPsExifAndXmpChunksAndTheirFlagsAreRemoved() {
		byte[] vp8x = new byte[10];
		vp8x[0] = 0x0C | 0x10;
		byte[] image = { 1, 2, 3, 4, 5 };
		byte[] webp = SampleFiles.riff(SampleFiles.chunk32("VP8X", vp8x), SampleFiles.chunk32("VP8L", image), SampleFiles.chunk32("EXIF", SampleFiles.exifWithGps()),
				SampleFiles.chunk32("XMP ", "<x:xmpmeta>Somchai</x:xmpmeta>".getBytes(StandardCharsets.US_ASCII)));
		byte[] removed = Metadata.removed("image/webp", webp);
		vp8x[0] = 0x10;
		assertThat(removed).isEqualTo(SampleFiles.riff(SampleFiles.chunk32("VP8X", vp8x), SampleFiles.chunk32("VP8L", image)));
	}

	@Test
	void aPdfsDocumentInformationAndXmpAreRemovedAndItsPagesKept() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.addPage(new PDPage());
			document.getDocumentInformation().setAuthor("Somchai Jaidee");
			document.getDocumentInformation().setCreator("Scanner of Somchai's office");
			PDMetadata xmp = new PDMetadata(document);
			xmp.importXMPMetadata("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">Somchai</x:xmpmeta>".getBytes(StandardCharsets.UTF_8));
			document.getDocumentCatalog().setMetadata(xmp);
			document.save(out);
		}
		byte[] removed = Metadata.removed("application/pdf", out.toByteArray());
		try (PDDocument document = Loader.loadPDF(removed)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertThat(document.getDocumentInformation().getAuthor()).isNull();
			assertThat(document.getDocumentInformation().getCreator()).isNull();
			assertThat(document.getDocumentCatalog().getMetadata()).isNull();
		}
	}

	@Test
	void anOfficeFilesAuthorAndCompanyAreRemovedAndItsTextKept() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("เจ้าหน้าที่เรียกรับเงิน");
			document.getProperties().getCoreProperties().setCreator("Somchai Jaidee");
			document.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("Somchai Trading");
			document.getProperties().getCustomProperties().addProperty("home", "Kamala");
			document.write(out);
		}
		byte[] removed = Metadata.removed("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				out.toByteArray());
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(removed))) {
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("เจ้าหน้าที่เรียกรับเงิน");
			assertThat(document.getProperties().getCoreProperties().getCreator()).isNullOrEmpty();
			assertThat(document.getProperties().getExtendedProperties().getUnderlyingProperties().getCompany()).isNullOrEmpty();
			assertThat(document.getProperties().getCustomProperties().contains("home")).isFalse();
		}
	}

	@Test
	void aFileThatIsNotWhatItsTypeSaysIsRefused() {
		assertThatThrownBy(() -> Metadata.removed("image/jpeg", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Metadata.removed("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0 }))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Metadata.removed("application/x-msdownload", new byte[] { 'M', 'Z' }))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aPngChunkLengthBelowZeroIsRefusedWithoutLooping() throws Exception {
		// The 16 bytes that held a core at 100 %: a signature, then a chunk of length -12 cut short.
		byte[] reported = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
				(byte) 0xF4, 'I', 'H', 'D', 'R' };
		assertRefused("image/png", reported);
		byte[] plain = picture("png");
		// The same length on a whole chunk, where twelve bytes of header are there to read.
		byte[] negative = plain.clone();
		ByteBuffer.wrap(negative).putInt(8, -12);
		assertRefused("image/png", negative);
		assertRefused("image/png", Arrays.copyOf(reported, 20));
	}

	@Test
	void aPngChunkLongerThanTheFileIsRefused() throws Exception {
		byte[] plain = picture("png");
		for (int length : new int[] { Integer.MAX_VALUE, Integer.MAX_VALUE - 11, plain.length }) {
			byte[] huge = plain.clone();
			ByteBuffer.wrap(huge).putInt(8, length);
			assertRefused("image/png", huge);
		}
		assertThatThrownBy(() -> Metadata.removed("image/png", Arrays.copyOf(plain, plain.length - 12)))
			.as("no IEND").isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aWebPChunkLengthOfMinusEightIsRefusedWithoutLooping() {
		byte[] image = { 1, 2, 3, 4, 5 };
		for (int length : new int[] { -8, -1, Integer.MAX_VALUE, 1000 }) {
			byte[] webp = SampleFiles.riff(SampleFiles.chunk32("VP8L", image), SampleFiles.chunk32("EXIF", SampleFiles.exifWithGps()));
			ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN).putInt(16, length);
			assertRefused("image/webp", webp);
		}
		byte[] riffTooLong = SampleFiles.riff(SampleFiles.chunk32("VP8L", image));
		ByteBuffer.wrap(riffTooLong).order(ByteOrder.LITTLE_ENDIAN).putInt(4, -4);
		assertRefused("image/webp", riffTooLong);
		assertRefused("image/webp", SampleFiles.riff(SampleFiles.chunk32("VP8X", new byte[2]), SampleFiles.chunk32("VP8L", image)));
		assertRefused("image/webp", "RIFF\0\0\0\0WEB".getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void aJpegSegmentWhoseLengthDoesNotFitIsRefused() throws Exception {
		byte[] plain = picture("jpg");
		for (int length : new int[] { 0, 1, 0xFFFF }) {
			byte[] photo = new byte[plain.length + 4];
			System.arraycopy(plain, 0, photo, 0, 2);
			photo[2] = (byte) 0xFF;
			photo[3] = (byte) 0xE1;
			photo[4] = (byte) (length >> 8);
			photo[5] = (byte) length;
			System.arraycopy(plain, 2, photo, 6, plain.length - 2);
			if (length == 0xFFFF) {
				photo = Arrays.copyOf(photo, 200);
			}
			assertRefused("image/jpeg", photo);
		}
		assertRefused("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8 });
	}

	@Test
	void fillBytesBeforeAJpegMarkerAreSkipped() throws Exception {
		byte[] plain = picture("jpg");
		byte[] filled = new byte[plain.length + 2];
		System.arraycopy(plain, 0, filled, 0, 2);
		filled[2] = (byte) 0xFF;
		filled[3] = (byte) 0xFF;
		System.arraycopy(plain, 2, filled, 4, plain.length - 2);
		assertThat(Metadata.removed("image/jpeg", filled)).isEqualTo(plain);
	}

	@Test
	void aPdfNestedDeeperThanTheStackIsRefusedLikeABrokenOne() {
		assertRefused("application/pdf", HostileFiles.pdfNestedArrays(500_000));
	}

	@Test
	void aPdfStreamThatUnpacksPastTheReadingBudgetIsRefusedAsTooComplex(@TempDir Path dir) throws Exception {
		Path bomb = dir.resolve("bomb.pdf");
		java.nio.file.Files.write(bomb, HostileFiles.pdfObjectStreamBomb(400L * 1024 * 1024));
		long before = Fuzzing.allocated();

		assertThatThrownBy(() -> Metadata.removed("application/pdf", bomb,
				ReadingBudget.start(Duration.ofSeconds(60), 64L * 1024 * 1024)))
			.isInstanceOfSatisfying(FileRejectedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo(FileRejectedException.COMPLEX));
		assertThat(Fuzzing.allocated() - before).as("bytes allocated").isLessThan(200L * 1024 * 1024);
	}

	private static void assertRefused(String contentType, byte[] file) {
		assertThatThrownBy(() -> Metadata.removed(contentType, file)).isInstanceOf(IllegalArgumentException.class);
	}

	private static byte[] picture(String format) throws Exception {
		BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(4, 4, 20, 12);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}
}
