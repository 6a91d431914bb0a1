package org.prongsai.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.xmlbeans.XmlException;

/**
 * Removes what a file says about who made it, where and on what, before it is kept for someone
 * who must stay unknown (a complaint's evidence): a photo's EXIF (with its GPS position), XMP,
 * IPTC and comments; a PNG's or WebP's text and EXIF; a PDF's document information and XMP; an
 * Office file's author, company and other properties. The picture or the document itself is kept
 * byte for byte where the format allows, so nothing the reader sees changes.
 */
final class Metadata {

	/** JPEG segments that carry metadata: APP1 (EXIF, XMP), APP13 (IPTC) and comments. */
	private static final Set<Integer> JPEG_METADATA = Set.of(0xE1, 0xED, 0xFE);

	/** PNG chunks that carry metadata: text, compressed text, international text, EXIF and time. */
	private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/** PDFBox keeps the streams it decodes in temporary files, up to this much, never in memory. */
	private static final MemoryUsageSetting PDF_SCRATCH = MemoryUsageSetting.setupTempFileOnly(256L * 1024 * 1024);

	private Metadata() {
	}

	/**
	 * The file without its metadata.
	 * @param contentType the type detected from the file's bytes
	 * @throws IllegalArgumentException for a file that is not well formed as its type
	 * @throws FileRejectedException for an Office file that unpacks past the bounds, or a file too complex to read in time
	 */
	static byte[] removed(String contentType, byte[] file) {
		return switch (contentType) {
			case "image/jpeg" -> jpeg(file);
			case "image/png" -> png(file);
			case "image/webp" -> webp(file);
			default -> staged(contentType, file);
		};
	}

	/**
	 * The file without its metadata: PDF and Office files are read from the file, pictures (small
	 * enough by their use's limit) in memory.
	 * @param contentType the type detected from the file's bytes
	 * @throws IllegalArgumentException for a file that is not well formed as its type
	 * @throws FileRejectedException for an Office file that unpacks past the bounds, or a file too complex to read in time
	 */
	static byte[] removed(String contentType, Path file) throws IOException {
		return removed(contentType, file, ReadingBudget.start());
	}

	/** {@link #removed(String, Path)} within the budget given, which PDFs are read within. */
	static byte[] removed(String contentType, Path file, ReadingBudget budget) throws IOException {
		return switch (contentType) {
			case "image/jpeg", "image/png", "image/webp" -> removed(contentType, java.nio.file.Files.readAllBytes(file));
			case "application/pdf" -> pdf(file, budget);
			case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> office(file);
			default -> throw new IllegalArgumentException("no metadata removal for " + contentType);
		};
	}

	private static byte[] staged(String contentType, byte[] file) {
		try {
			Path staged = java.nio.file.Files.createTempFile("prongsai-", ".metadata");
			try {
				java.nio.file.Files.write(staged, file);
				return removed(contentType, staged);
			}
			finally {
				java.nio.file.Files.deleteIfExists(staged);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not stage a file to remove its metadata", ex);
		}
	}

	/**
	 * Copies every segment but the metadata ones; the scan after SOS is copied as it is. Every
	 * step moves forward by at least two bytes, and a segment must fit in what is left.
	 */
	private static byte[] jpeg(byte[] file) {
		if (file.length < 4 || (file[0] & 0xFF) != 0xFF || (file[1] & 0xFF) != 0xD8) {
			throw new IllegalArgumentException("not a JPEG");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
		out.write(file, 0, 2);
		int at = 2;
		while (true) {
			if (file.length - at < 2 || (file[at] & 0xFF) != 0xFF) {
				throw new IllegalArgumentException("a JPEG segment is cut short or does not start with a marker");
			}
			int marker = file[at + 1] & 0xFF;
			if (marker == 0xFF) {
				// A fill byte before a marker.
				at += 1;
				continue;
			}
			if (marker == 0xD9) {
				out.write(file, at, 2);
				return out.toByteArray();
			}
			if (file.length - at < 4) {
				throw new IllegalArgumentException("a JPEG segment is cut short");
			}
			int length = ((file[at + 2] & 0xFF) << 8) | (file[at + 3] & 0xFF);
			if (length < 2 || length > file.length - at - 2) {
				throw new IllegalArgumentException("a JPEG segment's length does not fit the file");
			}
			if (marker == 0xDA) {
				// Start of scan: the compressed picture and everything after it, to the end.
				out.write(file, at, file.length - at);
				return out.toByteArray();
			}
			if (!JPEG_METADATA.contains(marker)) {
				out.write(file, at, 2 + length);
			}
			at += 2 + length;
		}
	}

	/**
	 * Copies every chunk but the metadata ones, up to IEND. A chunk's length is unsigned and at
	 * most 2^31 - 1 by the format, so one that reads as negative is refused, as is one that runs
	 * past the end: every step moves forward by at least twelve bytes.
	 */
	private static byte[] png(byte[] file) {
		if (file.length < PNG_SIGNATURE.length || !Arrays.equals(file, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0,
				PNG_SIGNATURE.length)) {
			throw new IllegalArgumentException("not a PNG");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
		out.write(file, 0, PNG_SIGNATURE.length);
		ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.BIG_ENDIAN);
		int at = PNG_SIGNATURE.length;
		while (true) {
			if (file.length - at < 12) {
				throw new IllegalArgumentException("a PNG chunk is cut short, or the file has no IEND");
			}
			int length = in.getInt(at);
			if (length < 0 || length > file.length - at - 12) {
				throw new IllegalArgumentException("a PNG chunk's length does not fit the file");
			}
			String type = new String(file, at + 4, 4, StandardCharsets.US_ASCII);
			int whole = 12 + length;
			if (!PNG_METADATA.contains(type)) {
				out.write(file, at, whole);
			}
			at += whole;
			if (type.equals("IEND")) {
				return out.toByteArray();
			}
		}
	}

	/**
	 * Drops the EXIF and XMP chunks of a RIFF WebP, and clears their flags in VP8X. Chunk lengths
	 * are unsigned 32-bit numbers, read as such; a chunk must fit in the RIFF container and the
	 * container in the file, so every step moves forward by at least eight bytes.
	 */
	private static byte[] webp(byte[] file) {
		if (file.length < 12 || !new String(file, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
				|| !new String(file, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
			throw new IllegalArgumentException("not a WebP");
		}
		ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
		long riff = Integer.toUnsignedLong(in.getInt(4));
		if (riff < 4 || riff > file.length - 8) {
			throw new IllegalArgumentException("the WebP's RIFF size does not fit the file");
		}
		// Anything after the RIFF container is not part of the picture, and is left out.
		int end = (int) (8 + riff);
		ByteArrayOutputStream body = new ByteArrayOutputStream(end);
		int at = 12;
		while (at < end) {
			if (end - at < 8) {
				throw new IllegalArgumentException("a WebP chunk is cut short");
			}
			String type = new String(file, at, 4, StandardCharsets.US_ASCII);
			long length = Integer.toUnsignedLong(in.getInt(at + 4));
			if (length > end - at - 8) {
				throw new IllegalArgumentException("a WebP chunk's length does not fit the file");
			}
			// The padding byte after an odd length, where the writer left it.
			int whole = (int) Math.min(8 + length + (length & 1), end - at);
			if (type.equals("VP8X")) {
				if (length < 10) {
					throw new IllegalArgumentException("a WebP's VP8X chunk is too short");
				}
				byte[] chunk = Arrays.copyOfRange(file, at, at + whole);
				// Flags: bit 3 EXIF, bit 2 XMP.
				chunk[8] = (byte) (chunk[8] & ~0x0C);
				body.write(chunk, 0, chunk.length);
			}
			else if (!type.equals("EXIF") && !type.equals("XMP ")) {
				body.write(file, at, whole);
			}
			at += whole;
		}
		byte[] chunks = body.toByteArray();
		return ByteBuffer.allocate(12 + chunks.length).order(ByteOrder.LITTLE_ENDIAN).put("RIFF".getBytes(StandardCharsets.US_ASCII))
			.putInt(4 + chunks.length).put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(chunks).array();
	}

	/**
	 * Loads with PDFBox from the file, its streams cached in temporary files rather than memory,
	 * within a reading budget; a structure nested past the stack is refused like a broken one.
	 */
	private static byte[] pdf(Path file, ReadingBudget budget) throws IOException {
		try (BudgetedPdfSource source = new BudgetedPdfSource(file, budget);
				PDDocument document = Loader.loadPDF(source, "", null, null, PDF_SCRATCH.streamCache)) {
			document.setDocumentInformation(new PDDocumentInformation());
			document.getDocumentCatalog().setMetadata(null);
			ByteArrayOutputStream out = new ByteArrayOutputStream((int) java.nio.file.Files.size(file));
			document.save(out);
			if (budget.spent()) {
				throw FileRejectedException.complex();
			}
			return out.toByteArray();
		}
		catch (ReadingBudget.Spent ex) {
			throw FileRejectedException.complex();
		}
		catch (StackOverflowError ex) {
			throw new IllegalArgumentException("a PDF nested deeper than the stack", ex);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof FileRejectedException refused) {
				throw refused;
			}
			// PDFBox reports a hostile file with whatever exception it meets on the way.
			throw new IllegalArgumentException("not a readable PDF", ex);
		}
	}

	/**
	 * Blanks the core, extended and custom properties of a Word or Excel file. The package is
	 * checked within bounds before POI opens it, from the file, and copied part by part.
	 */
	private static byte[] office(Path file) throws IOException {
		try {
			OfficeArchive.checkInflated(file);
		}
		catch (IOException ex) {
			// A directory or an entry that cannot be read: damaged, not a zip, cut short.
			throw new IllegalArgumentException("not a readable zip", ex);
		}
		OPCPackage pack;
		try {
			pack = OPCPackage.open(file.toFile(), PackageAccess.READ_WRITE);
		}
		catch (InvalidFormatException | RuntimeException ex) {
			throw new IllegalArgumentException("not a readable Office file", ex);
		}
		try {
			POIXMLProperties properties = new POIXMLProperties(pack);
			POIXMLProperties.CoreProperties core = properties.getCoreProperties();
			core.setCreator("");
			core.setLastModifiedByUser("");
			core.setTitle("");
			core.setSubjectProperty("");
			core.setDescription("");
			core.setKeywords("");
			core.setCategory("");
			core.setContentStatus("");
			core.setRevision("1");
			var extended = properties.getExtendedProperties().getUnderlyingProperties();
			extended.setCompany("");
			extended.setManager("");
			extended.setApplication("");
			if (extended.isSetHyperlinkBase()) {
				extended.unsetHyperlinkBase();
			}
			var custom = properties.getCustomProperties().getUnderlyingProperties();
			while (custom.sizeOfPropertyArray() > 0) {
				custom.removeProperty(0);
			}
			properties.commit();
			ByteArrayOutputStream out = new ByteArrayOutputStream((int) java.nio.file.Files.size(file));
			pack.save(out);
			return out.toByteArray();
		}
		catch (IOException | OpenXML4JException | XmlException | RuntimeException ex) {
			if (ex instanceof FileRejectedException refused) {
				throw refused;
			}
			// POI reports a hostile package with whatever exception it meets on the way.
			throw new IllegalArgumentException("not a readable Office file", ex);
		}
		finally {
			// Closes without writing anything back to the file.
			pack.revert();
		}
	}
}
