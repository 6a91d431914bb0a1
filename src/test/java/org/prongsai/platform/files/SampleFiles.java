package org.prongsai.platform.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Small real files of each kind, made in memory. */
final class SampleFiles {

	private SampleFiles() {
	}

	static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] png() {
		return image("png");
	}

	static byte[] jpeg() {
		return image("jpg");
	}

	static byte[] webp() {
		// RIFF container, "WEBP" form, a lossless (VP8L) chunk header: enough for magic-byte detection.
		byte[] bytes = new byte[40];
		System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
		bytes[4] = 32;
		System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 8);
		return bytes;
	}

	static byte[] docx() {
		return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
	}

	static byte[] docm() {
		return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/vbaProject.bin");
	}

	static byte[] xlsx() {
		return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
	}

	/** Word's parts, but not listed first: Tika then sees only a zip. */
	static byte[] docxWithContentTypesLast() {
		return zip("word/document.xml", "_rels/.rels", "[Content_Types].xml");
	}

	static byte[] plainZip() {
		return zip("readme.txt", "photos/one.txt");
	}

	static byte[] text() {
		return "Hello, this is only text pretending to be a PDF.\n".getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] exe() {
		byte[] bytes = new byte[256];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x3c] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0xff8800);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] zip(String... entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write(("<x name=\"" + entry + "\"/>").getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** EXIF in a TIFF structure whose first directory points to a GPS directory with a latitude reference. */
	static byte[] exifWithGps() {
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

	static byte[] segment(int marker, byte[] content) {
		return ByteBuffer.allocate(4 + content.length).put((byte) 0xFF).put((byte) marker)
			.putShort((short) (content.length + 2)).put(content).array();
	}

	static byte[] chunk(String type, byte[] data) {
		CRC32 crc = new CRC32();
		crc.update(type.getBytes(StandardCharsets.US_ASCII));
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data)
			.putInt((int) crc.getValue()).array();
	}

	static byte[] chunk32(String type, byte[] data) {
		int padded = data.length + (data.length & 1);
		return ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN).put(type.getBytes(StandardCharsets.US_ASCII))
			.putInt(data.length).put(data).array();
	}

	static byte[] riff(byte[]... chunks) {
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

	/** The JPEG with EXIF (a GPS position) and a comment after its start marker, as cameras write them. */
	static byte[] jpegWithMetadata(byte[] plain, String comment) {
		ByteArrayOutputStream tagged = new ByteArrayOutputStream();
		tagged.write(plain, 0, 2);
		tagged.writeBytes(segment(0xE1, exifWithGps()));
		tagged.writeBytes(segment(0xFE, comment.getBytes(StandardCharsets.US_ASCII)));
		tagged.write(plain, 2, plain.length - 2);
		return tagged.toByteArray();
	}
}
