package org.prongsai.platform.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;

/**
 * Removes what a file says about who made it, where and on what, before it is kept for someone
 * who must stay unknown (a complaint's evidence): a photo's EXIF (with its GPS position), XMP,
 * IPTC and comments; a PNG's or WebP's text and EXIF; a PDF's document information and XMP; an
 * Office file's author, company and other properties. The picture or the document itself is kept
 * byte for byte where the format allows, so nothing the reader sees changes.
 */
public final class Metadata {

	/** JPEG segments that carry metadata: APP1 (EXIF, XMP), APP13 (IPTC) and comments. */
	private static final Set<Integer> JPEG_METADATA = Set.of(0xE1, 0xED, 0xFE);

	/** PNG chunks that carry metadata: text, compressed text, international text, EXIF and time. */
	private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private Metadata() {
	}

	/**
	 * The file without its metadata.
	 * @param contentType the type detected from the file's bytes
	 * @throws IllegalArgumentException for a file that is not well formed as its type
	 */
	public static byte[] removed(String contentType, byte[] file) {
		try {
			return switch (contentType) {
				case "image/jpeg" -> jpeg(file);
				case "image/png" -> png(file);
				case "image/webp" -> webp(file);
				case "application/pdf" -> pdf(file);
				case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> office(file);
				default -> throw new IllegalArgumentException("no metadata removal for " + contentType);
			};
		}
		catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException ex) {
			throw new IllegalArgumentException("the file is cut short or malformed", ex);
		}
	}

	/** Copies every segment but the metadata ones; the scan after SOS is copied as it is. */
	private static byte[] jpeg(byte[] file) {
		if ((file[0] & 0xFF) != 0xFF || (file[1] & 0xFF) != 0xD8) {
			throw new IllegalArgumentException("not a JPEG");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
		out.write(file, 0, 2);
		int at = 2;
		while (at < file.length) {
			if ((file[at] & 0xFF) != 0xFF) {
				throw new IllegalArgumentException("a JPEG segment does not start with a marker");
			}
			int marker = file[at + 1] & 0xFF;
			if (marker == 0xD9) {
				out.write(file, at, 2);
				break;
			}
			int length = ((file[at + 2] & 0xFF) << 8) | (file[at + 3] & 0xFF);
			if (marker == 0xDA) {
				// Start of scan: the compressed picture and everything after it, to the end.
				out.write(file, at, file.length - at);
				break;
			}
			if (!JPEG_METADATA.contains(marker)) {
				out.write(file, at, 2 + length);
			}
			at += 2 + length;
		}
		return out.toByteArray();
	}

	private static byte[] png(byte[] file) {
		for (int i = 0; i < PNG_SIGNATURE.length; i++) {
			if (file[i] != PNG_SIGNATURE[i]) {
				throw new IllegalArgumentException("not a PNG");
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
		out.write(file, 0, PNG_SIGNATURE.length);
		ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.BIG_ENDIAN);
		int at = PNG_SIGNATURE.length;
		while (at < file.length) {
			int length = in.getInt(at);
			String type = new String(file, at + 4, 4, StandardCharsets.US_ASCII);
			int whole = 12 + length;
			if (!PNG_METADATA.contains(type)) {
				out.write(file, at, whole);
			}
			at += whole;
			if (type.equals("IEND")) {
				break;
			}
		}
		return out.toByteArray();
	}

	/** Drops the EXIF and XMP chunks of a RIFF WebP, and clears their flags in VP8X. */
	private static byte[] webp(byte[] file) {
		ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
		if (!new String(file, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
				|| !new String(file, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
			throw new IllegalArgumentException("not a WebP");
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream(file.length);
		int at = 12;
		while (at + 8 <= file.length) {
			String type = new String(file, at, 4, StandardCharsets.US_ASCII);
			int length = in.getInt(at + 4);
			int whole = 8 + length + (length & 1);
			if (type.equals("VP8X")) {
				byte[] chunk = java.util.Arrays.copyOfRange(file, at, at + whole);
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

	private static byte[] pdf(byte[] file) {
		try (PDDocument document = Loader.loadPDF(file)) {
			document.setDocumentInformation(new PDDocumentInformation());
			document.getDocumentCatalog().setMetadata(null);
			ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("not a readable PDF", ex);
		}
	}

	/** Blanks the core, extended and custom properties of a Word or Excel file. */
	private static byte[] office(byte[] file) {
		try (OPCPackage pack = OPCPackage.open(new ByteArrayInputStream(file))) {
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
			ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
			pack.save(out);
			return out.toByteArray();
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.apache.xmlbeans.XmlException ex) {
			throw new IllegalArgumentException("not a readable Office file", ex);
		}
	}
}
