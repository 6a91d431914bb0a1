package org.prongsai.disclosure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Small but real files for the demo content, made without any library: a one-page A4 PDF, a Word
 * document of paragraphs, an Excel workbook of one sheet and PNG pictures. Each opens in ordinary
 * readers and office programs, and the portal tells its kind from its bytes.
 */
final class DemoFiles {

	private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	private static final String SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	private static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

	private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

	private static final LocalDateTime PACKAGED = LocalDateTime.of(2024, 1, 1, 0, 0);

	private DemoFiles() {
	}

	/**
	 * A PDF of one A4 page showing the lines in Helvetica. The standard fonts have no Thai letters,
	 * so the lines must be printable ASCII.
	 * @throws IllegalArgumentException for a line with other characters
	 */
	static byte[] pdf(List<String> lines) {
		StringBuilder text = new StringBuilder("BT\n/F1 14 Tf\n18 TL\n56 770 Td\n");
		for (String line : lines) {
			if (!line.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
				throw new IllegalArgumentException("a demo PDF line must be printable ASCII: " + line);
			}
			text.append('(').append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")).append(") Tj T*\n");
		}
		text.append("ET");
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
				"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length()); // one byte per character: the text is ASCII
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** A Word document (DOCX) of paragraphs; the first is set bold, as a heading. */
	static byte[] docx(List<String> paragraphs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < paragraphs.size(); i++) {
			body.append("<w:p><w:r>").append(i == 0 ? "<w:rPr><w:b/></w:rPr>" : "")
				.append("<w:t xml:space=\"preserve\">").append(escape(paragraphs.get(i))).append("</w:t></w:r></w:p>");
		}
		return zip(List.of(
				entry("[Content_Types].xml", types("<Override PartName=\"/word/document.xml\" ContentType=\"" + WORD_MAIN + "\"/>")),
				entry("_rels/.rels", relationships("<Relationship Id=\"rId1\" Type=\"" + OFFICE_DOCUMENT
						+ "\" Target=\"word/document.xml\"/>")),
				entry("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
						+ "<w:body>" + body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>")));
	}

	/**
	 * An Excel workbook (XLSX) of one sheet: a header row, then the rows, where numbers become number
	 * cells and anything else text.
	 */
	static byte[] xlsx(String sheetName, List<String> header, List<List<?>> rows) {
		StringBuilder data = new StringBuilder();
		List<List<?>> all = new ArrayList<>();
		all.add(header);
		all.addAll(rows);
		for (int r = 0; r < all.size(); r++) {
			data.append("<row r=\"").append(r + 1).append("\">");
			List<?> row = all.get(r);
			for (int c = 0; c < row.size(); c++) {
				String ref = column(c) + (r + 1);
				Object value = row.get(c);
				if (value instanceof Number number) {
					data.append("<c r=\"").append(ref).append("\"><v>").append(number).append("</v></c>");
				}
				else {
					data.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(String.valueOf(value)))
						.append("</t></is></c>");
				}
			}
			data.append("</row>");
		}
		String relationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
		return zip(List.of(
				entry("[Content_Types].xml", types("<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + SHEET_MAIN + "\"/>"
						+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + WORKSHEET + "\"/>")),
				entry("_rels/.rels", relationships("<Relationship Id=\"rId1\" Type=\"" + OFFICE_DOCUMENT
						+ "\" Target=\"xl/workbook.xml\"/>")),
				entry("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
						+ " xmlns:r=\"" + relationshipsNs + "\"><sheets><sheet name=\"" + escape(sheetName)
						+ "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
				entry("xl/_rels/workbook.xml.rels", relationships("<Relationship Id=\"rId1\" Type=\"" + relationshipsNs
						+ "/worksheet\" Target=\"worksheets/sheet1.xml\"/>")),
				entry("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
						+ "<sheetData>" + data + "</sheetData></worksheet>")));
	}

	/** What a PNG picture shows. */
	enum Picture {
		/** Boxes of an organisation chart: the commander above the units. */
		ORG_CHART,
		/** A poster: a gift crossed out. */
		NO_GIFT,
		/** A scene: a counter with people, as in an activity photo. */
		ACTIVITY,
		/** A head and shoulders, as in a portrait photo. */
		PORTRAIT
	}

	/** A PNG picture of 800 × 500 pixels in the colour, drawn with shapes only (no fonts are needed). */
	static byte[] png(Picture picture, Color colour) {
		BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(new Color(0xF4F1EA));
			g.fillRect(0, 0, 800, 500);
			g.setStroke(new BasicStroke(4));
			switch (picture) {
				case ORG_CHART -> orgChart(g, colour);
				case NO_GIFT -> noGift(g, colour);
				case ACTIVITY -> activity(g, colour);
				case PORTRAIT -> portrait(g, colour);
			}
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void orgChart(Graphics2D g, Color colour) {
		g.setColor(colour);
		g.fillRoundRect(310, 50, 180, 80, 16, 16);
		g.drawLine(400, 130, 400, 210);
		g.drawLine(90, 210, 710, 210);
		for (int unit = 0; unit < 5; unit++) {
			int x = 30 + unit * 155;
			g.drawLine(x + 60, 210, x + 60, 280);
			g.fillRoundRect(x, 280, 120, 70, 12, 12);
		}
	}

	private static void noGift(Graphics2D g, Color colour) {
		g.setColor(colour);
		g.fillRect(320, 190, 160, 140);
		g.fillRect(305, 160, 190, 40);
		g.setColor(Color.WHITE);
		g.fillRect(390, 160, 20, 170);
		g.setColor(new Color(0xC62828));
		g.setStroke(new BasicStroke(24));
		g.drawOval(230, 80, 340, 340);
		g.drawLine(290, 140, 510, 360);
	}

	private static void portrait(Graphics2D g, Color colour) {
		g.setColor(new Color(0x8D6E63));
		g.fillOval(320, 90, 160, 190);
		g.setColor(colour);
		g.fillRoundRect(210, 300, 380, 260, 160, 160);
	}

	private static void activity(Graphics2D g, Color colour) {
		g.setColor(new Color(0xCFD8DC));
		g.fillRect(0, 330, 800, 170);
		g.setColor(colour);
		g.fillRect(80, 260, 640, 90);
		for (int person = 0; person < 4; person++) {
			int x = 150 + person * 150;
			g.setColor(new Color(0x5D4037));
			g.fillOval(x, 120, 60, 60);
			g.setColor(person % 2 == 0 ? new Color(0x6D4C41) : new Color(0x1565C0));
			g.fillRoundRect(x - 15, 185, 90, 90, 30, 30);
		}
	}

	private static String types(String overrides) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" + overrides + "</Types>";
	}

	private static String relationships(String relationships) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relationships
				+ "</Relationships>";
	}

	private record Entry(String name, String xml) {
	}

	private static Entry entry(String name, String xml) {
		return new Entry(name, xml.startsWith("<?xml") ? xml
				: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
	}

	private static byte[] zip(List<Entry> entries) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Entry entry : entries) {
				ZipEntry part = new ZipEntry(entry.name());
				part.setTimeLocal(PACKAGED); // the same content always gives the same bytes
				zip.putNextEntry(part);
				zip.write(entry.xml().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The spreadsheet column of a zero-based index: A … Z, AA … */
	private static String column(int index) {
		String name = "";
		for (int i = index; i >= 0; i = i / 26 - 1) {
			name = (char) ('A' + i % 26) + name;
		}
		return name;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
