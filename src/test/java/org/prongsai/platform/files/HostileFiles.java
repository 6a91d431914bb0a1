package org.prongsai.platform.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files an attacker would send: the reproductions from the hardening issue, and the classic zip
 * and PDF bombs, made in memory (small to send, huge or endless to read).
 */
public final class HostileFiles {

	private HostileFiles() {
	}

	/** The 16 bytes that held a core: a PNG signature, then a chunk of length -12 cut short. */
	public static byte[] pngWithNegativeLength() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
				(byte) 0xF4, 'I', 'H', 'D', 'R' };
	}

	/** A WebP whose first chunk has a length of -8, followed by enough bytes for the walk to go on. */
	public static byte[] webpWithNegativeLength() {
		ByteBuffer riff = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
		riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32).put("WEBP".getBytes(StandardCharsets.US_ASCII));
		riff.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(-8);
		return riff.array();
	}

	/** A real Word file, with a title and an author. */
	public static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("เจ้าหน้าที่เรียกรับเงิน");
			document.getProperties().getCoreProperties().setCreator("Somchai Jaidee");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A real workbook whose first sheet holds the rows, every cell text. */
	public static byte[] xlsx(String[]... rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("figures");
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The package with one more entry of {@code zeros} zero bytes: a megabyte of zeros deflates to about a kilobyte. */
	public static byte[] withZeros(byte[] pkg, String entry, long zeros) {
		return withEntry(pkg, entry, out -> {
			byte[] block = new byte[64 * 1024];
			for (long left = zeros; left > 0; left -= block.length) {
				out.write(block, 0, (int) Math.min(block.length, left));
			}
		});
	}

	/** The package with {@code count} more tiny entries. */
	public static byte[] withEntries(byte[] pkg, int count) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			copy(pkg, zip);
			for (int i = 0; i < count; i++) {
				zip.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
				zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The package with another package inside it, as Word keeps an embedded file (its type declared). */
	public static byte[] nested(byte[] outer, byte[] inner) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out);
				ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(outer))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("[Content_Types].xml")) {
					content = new String(content, StandardCharsets.UTF_8).replaceFirst("<Default ",
							"<Default Extension=\"docx\" ContentType=\"" + FileType.DOCX.contentType + "\"/><Default ")
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.write(content);
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("word/embeddings/inner.docx"));
			zip.write(inner);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The package with its central directory saying that the entry unpacks to {@code size} bytes: a directory can lie. */
	public static byte[] withDeclaredSize(byte[] pkg, String entry, long size) {
		byte[] patched = pkg.clone();
		ByteBuffer zip = ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN);
		byte[] name = entry.getBytes(StandardCharsets.UTF_8);
		for (int at = 0; at + 46 + name.length <= patched.length; at++) {
			if (zip.getInt(at) == 0x02014b50 && (zip.getShort(at + 28) & 0xFFFF) == name.length
					&& java.util.Arrays.equals(patched, at + 46, at + 46 + name.length, name, 0, name.length)) {
				zip.putInt(at + 24, (int) size);
			}
		}
		return patched;
	}

	/** A PDF whose only object is {@code depth} arrays, each inside the one before. */
	public static byte[] pdfNestedArrays(int depth) {
		return pdf("1 0 obj\n" + "[".repeat(depth) + "]".repeat(depth) + "\nendobj\n");
	}

	/**
	 * A PDF whose objects are in an object stream that unpacks to {@code zeros} bytes, with no
	 * cross-reference table, so that the reader searches the whole file and unpacks every stream.
	 */
	public static byte[] pdfObjectStreamBomb(long zeros) {
		ByteArrayOutputStream deflated = new ByteArrayOutputStream();
		try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
			out.write("2 0 ".getBytes(StandardCharsets.US_ASCII));
			byte[] block = new byte[64 * 1024];
			java.util.Arrays.fill(block, (byte) ' ');
			for (long left = zeros; left > 0; left -= block.length) {
				out.write(block, 0, (int) Math.min(block.length, left));
			}
			out.write("<< /Type /Catalog /Pages 3 0 R >>".getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] stream = deflated.toByteArray();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		pdf.writeBytes(("%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + stream.length
				+ " >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
		pdf.writeBytes(stream);
		pdf.writeBytes(("\nendstream\nendobj\n3 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
				+ "trailer\n<< /Root 2 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
		return pdf.toByteArray();
	}

	private static byte[] pdf(String objects) {
		return ("%PDF-1.4\n" + objects + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] withEntry(byte[] pkg, String name, Content content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			copy(pkg, zip);
			zip.putNextEntry(new ZipEntry(name));
			content.write(zip);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void copy(byte[] pkg, ZipOutputStream zip) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pkg))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				in.transferTo(zip);
				zip.closeEntry();
			}
		}
	}

	@FunctionalInterface
	private interface Content {

		void write(OutputStream out) throws IOException;
	}
}
