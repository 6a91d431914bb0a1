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
import java.util.zip.CRC32;

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
		ByteArrayOutputStream tagged = new ByteArrayOutputStream();
		tagged.write(plain, 0, 2);
		tagged.write(segment(0xE1, exifWithGps()));
		tagged.write(segment(0xFE, "taken at home, 7.8912N 98.2981E".getBytes(StandardCharsets.US_ASCII)));
		tagged.write(plain, 2, plain.length - 2);
		byte[] photo = tagged.toByteArray();
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
		tagged.write(chunk("tEXt", "Author\0Somchai Jaidee".getBytes(StandardCharsets.ISO_8859_1)));
		tagged.write(chunk("eXIf", exifWithGps()));
		tagged.write(plain, iend, 12);
		byte[] removed = Metadata.removed("image/png", tagged.toByteArray());
		assertThat(removed).isEqualTo(plain);
	}

	@Test
	void aWebPsExifAndXmpChunksAndTheirFlagsAreRemoved() {
		byte[] vp8x = new byte[10];
		vp8x[0] = 0x0C | 0x10;
		byte[] image = { 1, 2, 3, 4, 5 };
		byte[] webp = riff(chunk32("VP8X", vp8x), chunk32("VP8L", image), chunk32("EXIF", exifWithGps()),
				chunk32("XMP ", "<x:xmpmeta>Somchai</x:xmpmeta>".getBytes(StandardCharsets.US_ASCII)));
		byte[] removed = Metadata.removed("image/webp", webp);
		vp8x[0] = 0x10;
		assertThat(removed).isEqualTo(riff(chunk32("VP8X", vp8x), chunk32("VP8L", image)));
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
			byte[] webp = riff(chunk32("VP8L", image), chunk32("EXIF", exifWithGps()));
			ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN).putInt(16, length);
			assertRefused("image/webp", webp);
		}
		byte[] riffTooLong = riff(chunk32("VP8L", image));
		ByteBuffer.wrap(riffTooLong).order(ByteOrder.LITTLE_ENDIAN).putInt(4, -4);
		assertRefused("image/webp", riffTooLong);
		assertRefused("image/webp", riff(chunk32("VP8X", new byte[2]), chunk32("VP8L", image)));
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
		long before = allocated();

		assertThatThrownBy(() -> Metadata.removed("application/pdf", bomb,
				ReadingBudget.start(Duration.ofSeconds(60), 64L * 1024 * 1024)))
			.isInstanceOfSatisfying(FileRejectedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo(FileRejectedException.COMPLEX));
		assertThat(allocated() - before).as("bytes allocated").isLessThan(200L * 1024 * 1024);
	}

	private static long allocated() {
		return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
			.getCurrentThreadAllocatedBytes();
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

	/** EXIF in a TIFF structure whose first directory points to a GPS directory with a latitude reference. */
	private static byte[] exifWithGps() {
		ByteBuffer tiff = ByteBuffer.allocate(6 + 8 + 18 + 18 + 8).order(ByteOrder.BIG_ENDIAN);
		tiff.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		// IFD0: one entry, GPSInfo (0x8825), LONG, pointing at the GPS directory.
		tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
		// GPS IFD: GPSLatitudeRef "N".
		tiff.putShort((short) 1).putShort((short) 1).putShort((short) 2).putInt(2).put("N\0\0\0".getBytes(StandardCharsets.US_ASCII))
			.putInt(0);
		tiff.put("GPS\0\0\0\0\0".getBytes(StandardCharsets.US_ASCII));
		return tiff.array();
	}

	private static byte[] segment(int marker, byte[] content) {
		return ByteBuffer.allocate(4 + content.length).put((byte) 0xFF).put((byte) marker)
			.putShort((short) (content.length + 2)).put(content).array();
	}

	private static byte[] chunk(String type, byte[] data) {
		CRC32 crc = new CRC32();
		crc.update(type.getBytes(StandardCharsets.US_ASCII));
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data)
			.putInt((int) crc.getValue()).array();
	}

	private static byte[] chunk32(String type, byte[] data) {
		int padded = data.length + (data.length & 1);
		return ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN).put(type.getBytes(StandardCharsets.US_ASCII))
			.putInt(data.length).put(data).array();
	}

	private static byte[] riff(byte[]... chunks) {
		int size = 4;
		for (byte[] c : chunks) {
			size += c.length;
		}
		ByteBuffer riff = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN).put("RIFF".getBytes(StandardCharsets.US_ASCII))
			.putInt(size).put("WEBP".getBytes(StandardCharsets.US_ASCII));
		for (byte[] c : chunks) {
			riff.put(c);
		}
		return riff.array();
	}
}
