package org.prongsai.platform.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Every parser of untrusted bytes, fed a few hundred malformed, truncated and mutated files from
 * a fixed seed (and the reproductions and the classic bombs beside them): each case ends
 * with a result or the clear refusal, never another exception, and allocates within a bound. The
 * time-out only guards the build against a parser that loops.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class UntrustedFilesFuzzTests {

	private static final long SEED = 20261207L;

	private static final int CASES = 300;

	private static final String DOCX = FileType.DOCX.contentType;

	private static final String XLSX = FileType.XLSX.contentType;

	@TempDir
	Path dir;

	@Test
	void jpegMetadataRemovalEndsEveryCaseWithAResultOrARefusal() throws Exception {
		byte[] jpeg = jpegWithMetadata();
		List<byte[]> inputs = Fuzzing.mutations(SEED, CASES, List.of(jpeg), jpegLengths(jpeg));
		inputs.add(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, (byte) 0xFF, (byte) 0xFF });
		assertEachCleanedOrRefused("JPEG", "image/jpeg", inputs);
	}

	@Test
	void pngMetadataRemovalEndsEveryCaseWithAResultOrARefusal() throws Exception {
		byte[] png = pngWithMetadata();
		List<byte[]> inputs = Fuzzing.mutations(SEED, CASES, List.of(png, HostileFiles.pngWithNegativeLength()), pngLengths(png));
		inputs.add(HostileFiles.pngWithNegativeLength());
		inputs.add(Fuzzing.withInt(png, 8, -12, ByteOrder.BIG_ENDIAN));
		inputs.add(Fuzzing.withInt(png, 8, Integer.MAX_VALUE, ByteOrder.BIG_ENDIAN));
		assertEachCleanedOrRefused("PNG", "image/png", inputs);
	}

	@Test
	void webpMetadataRemovalEndsEveryCaseWithAResultOrARefusal() {
		byte[] webp = webpWithMetadata();
		List<byte[]> inputs = Fuzzing.mutations(SEED, CASES, List.of(webp, HostileFiles.webpWithNegativeLength()),
				webpLengths(webp));
		inputs.add(HostileFiles.webpWithNegativeLength());
		inputs.add(Fuzzing.withInt(webp, 4, -1, ByteOrder.LITTLE_ENDIAN));
		assertEachCleanedOrRefused("WebP", "image/webp", inputs);
	}

	@Test
	void pdfMetadataRemovalEndsEveryCaseWithAResultOrARefusal() throws Exception {
		List<byte[]> inputs = Fuzzing.mutations(SEED, CASES, List.of(pdfWithMetadata(), SampleFiles.pdf()));
		inputs.add(HostileFiles.pdfNestedArrays(500_000));
		inputs.add(HostileFiles.pdfObjectStreamBomb(600L * 1024 * 1024));
		inputs.add("%PDF-1.7\ntrailer << /Root 1 0 R /Size 2147483647 >>\nstartxref\n-8\n%%EOF".getBytes(StandardCharsets.US_ASCII));
		assertEachCleanedOrRefused("PDF", "application/pdf", inputs);
	}

	@Test
	void wordMetadataRemovalEndsEveryCaseWithAResultOrARefusal() {
		List<byte[]> inputs = Fuzzing.mutations(SEED, CASES, List.of(HostileFiles.docx()));
		inputs.addAll(bombs(HostileFiles.docx()));
		assertEachCleanedOrRefused("DOCX", DOCX, inputs);
	}

	@Test
	void excelMetadataRemovalEndsEveryCaseWithAResultOrARefusal() {
		byte[] xlsx = HostileFiles.xlsx(new String[] { "month", "reported" }, new String[] { "2024-02", "12" });
		List<byte[]> inputs = Fuzzing.mutations(SEED, CASES, List.of(xlsx));
		inputs.addAll(bombs(xlsx));
		assertEachCleanedOrRefused("XLSX", XLSX, inputs);
	}

	@Test
	void typeDetectionEndsEveryCaseWithATypeOrARefusal() throws Exception {
		List<byte[]> seeds = List.of(jpegWithMetadata(), pngWithMetadata(), webpWithMetadata(), pdfWithMetadata(),
				HostileFiles.docx(), HostileFiles.xlsx(new String[] { "a" }), SampleFiles.docm(), SampleFiles.plainZip(),
				SampleFiles.exe());
		List<byte[]> inputs = Fuzzing.mutations(SEED, CASES, seeds);
		inputs.addAll(bombs(HostileFiles.docx()));
		ContentTypeDetector detector = new ContentTypeDetector();
		Path file = dir.resolve("upload.bin");
		Fuzzing.assertEachEndsWithAResultOrARefusal("type detection", inputs, input -> {
			java.nio.file.Files.write(file, input);
			detector.detect(file);
		}, FileRejectedException.class);
	}

	@Test
	void cleaningAnAttachmentEndsEveryCaseWithItsCleanContentOrAClearRefusal() throws Exception {
		Files files = new Files(new LocalDiskFileStore(dir.resolve("store")), new StoredFileTable(JdbcClient.create(
				new DriverManagerDataSource("jdbc:h2:mem:fuzz;DB_CLOSE_DELAY=-1", "sa", ""))), Clock.systemUTC(),
				new ReadingSlots(1, Duration.ofSeconds(1)));
		List<byte[]> seeds = List.of(jpegWithMetadata(), pngWithMetadata(), webpWithMetadata(), pdfWithMetadata(),
				HostileFiles.docx(), HostileFiles.xlsx(new String[] { "a" }));
		List<byte[]> inputs = Fuzzing.mutations(SEED, CASES, seeds);
		inputs.add(HostileFiles.pngWithNegativeLength());
		inputs.add(HostileFiles.webpWithNegativeLength());
		// Only the clear refusal may come out: the way every upload form meets these files.
		Fuzzing.assertEachEndsWithAResultOrARefusal("attachments", inputs,
				input -> files.clean(FileUse.ATTACHMENT, new ByteArrayInputStream(input)), FileRejectedException.class);
	}

	private void assertEachCleanedOrRefused(String parser, String contentType, List<byte[]> inputs) {
		Fuzzing.assertEachEndsWithAResultOrARefusal(parser + " metadata removal", inputs,
				input -> Metadata.removed(contentType, input), IllegalArgumentException.class, FileRejectedException.class);
	}

	/** Zip bombs of the package: by ratio, by entries, by a directory that lies, nested, and a bloated part POI reads whole. */
	private static List<byte[]> bombs(byte[] pkg) {
		long megabyte = 1024 * 1024;
		byte[] ratio = HostileFiles.withZeros(pkg, "xl/media/image1.bin", 100 * megabyte);
		return new ArrayList<>(List.of(ratio, HostileFiles.withEntries(pkg, 5000),
				HostileFiles.withDeclaredSize(ratio, "xl/media/image1.bin", 10), HostileFiles.nested(pkg, ratio),
				HostileFiles.nested(pkg, HostileFiles.nested(pkg, ratio)),
				HostileFiles.withZeros(pkg, "docProps/extra.xml", 50 * megabyte),
				HostileFiles.withDeclaredSize(pkg, "[Content_Types].xml", -1)));
	}

	private static byte[] picture(String format) throws Exception {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		image.setRGB(10, 10, 0xff8800);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	private static byte[] jpegWithMetadata() throws Exception {
		return SampleFiles.jpegWithMetadata(picture("jpg"), "taken at home");
	}

	private static byte[] pngWithMetadata() throws Exception {
		byte[] plain = picture("png");
		ByteArrayOutputStream tagged = new ByteArrayOutputStream();
		tagged.write(plain, 0, plain.length - 12);
		tagged.write(SampleFiles.chunk("tEXt", "Author\0Somchai".getBytes(StandardCharsets.ISO_8859_1)));
		tagged.write(SampleFiles.chunk("eXIf", SampleFiles.exifWithGps()));
		tagged.write(plain, plain.length - 12, 12);
		return tagged.toByteArray();
	}

	private static byte[] webpWithMetadata() {
		byte[] vp8x = new byte[10];
		vp8x[0] = 0x0C;
		return SampleFiles.riff(SampleFiles.chunk32("VP8X", vp8x), SampleFiles.chunk32("VP8L", new byte[] { 1, 2, 3, 4, 5 }),
				SampleFiles.chunk32("EXIF", SampleFiles.exifWithGps()),
				SampleFiles.chunk32("XMP ", "<x:xmpmeta>Somchai</x:xmpmeta>".getBytes(StandardCharsets.US_ASCII)));
	}

	private static byte[] pdfWithMetadata() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			for (int p = 0; p < 3; p++) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
					content.newLineAtOffset(50, 700);
					content.showText("Page " + p + ": the officer asked for money.");
					content.endText();
				}
			}
			document.getDocumentInformation().setAuthor("Somchai Jaidee");
			PDMetadata xmp = new PDMetadata(document);
			xmp.importXMPMetadata("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">Somchai</x:xmpmeta>".getBytes(StandardCharsets.UTF_8));
			document.getDocumentCatalog().setMetadata(xmp);
			document.save(out);
		}
		return out.toByteArray();
	}

	/** Where a JPEG keeps its segment lengths: two bytes after each marker before the scan. */
	private static int[] jpegLengths(byte[] jpeg) {
		List<Integer> at = new ArrayList<>();
		int i = 2;
		while (i + 4 <= jpeg.length && (jpeg[i + 1] & 0xFF) != 0xDA) {
			at.add(i + 2);
			i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
		}
		// A JPEG length is 16 bits: the four bytes written there also overwrite the next marker.
		return at.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Where a PNG keeps its chunk lengths. */
	private static int[] pngLengths(byte[] png) {
		List<Integer> at = new ArrayList<>();
		for (int i = 8; i + 12 <= png.length; i += 12 + ByteBuffer.wrap(png).getInt(i)) {
			at.add(i);
		}
		return at.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Where a WebP keeps its RIFF size and its chunk lengths. */
	private static int[] webpLengths(byte[] webp) {
		List<Integer> at = new ArrayList<>(List.of(4));
		ByteBuffer riff = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 12; i + 8 <= webp.length; i += 8 + riff.getInt(i + 4) + (riff.getInt(i + 4) & 1)) {
			at.add(i + 4);
		}
		return Stream.of(at.toArray(Integer[]::new)).mapToInt(Integer::intValue).toArray();
	}
}
