package org.prongsai.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * A Word document of real paragraphs and tables (never pictures of text, only photos as photos), so it can be edited,
 * searched and read aloud. Text is set in TH Sarabun New, the government's font, which offices
 * have; its font table names Laksaman, the free font of the same measure that the PDFs embed, as
 * the one to use where it is missing, and says the font is Thai, so that Word and LibreOffice
 * substitute a Thai font at worst. Runs are marked Thai, for Thai proofing and line breaking.
 */
public final class WordDocument {

	/** The government's document font, as Word names it. */
	static final String FONT = "TH Sarabun New";

	/** What the font table says of it: the free font of its measure, the Thai character set, sans serif. */
	private static final String FONT_TABLE = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
			<w:font w:name="%s"><w:altName w:val="%s"/><w:charset w:val="DE"/><w:family w:val="swiss"/>\
			<w:pitch w:val="variable"/></w:font></w:fonts>""".formatted(FONT, PdfDocuments.FONT);

	private final DocumentInfo info;

	private final XWPFDocument document = new XWPFDocument();

	private WordDocument(DocumentInfo info) {
		this.info = info;
	}

	public static WordDocument of(DocumentInfo info) {
		return new WordDocument(info);
	}

	/** A centred heading. */
	public WordDocument heading(String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		run(paragraph, text, 20, true);
		return this;
	}

	/** A paragraph of body text; {@code bold} for a sub-heading. */
	public WordDocument paragraph(String text, boolean bold) {
		run(document.createParagraph(), text, 16, bold);
		return this;
	}

	/** A table with a header row, repeated on every page. */
	public WordDocument table(List<String> headers, List<? extends List<?>> rows) {
		XWPFTable table = document.createTable(rows.size() + 1, headers.size());
		table.setWidth("100%");
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		for (int c = 0; c < headers.size(); c++) {
			cell(head, c, headers.get(c), true);
		}
		for (int r = 0; r < rows.size(); r++) {
			List<?> values = rows.get(r);
			for (int c = 0; c < headers.size(); c++) {
				Object value = c < values.size() ? values.get(c) : null;
				cell(table.getRow(r + 1), c, value == null ? "" : value.toString(), false);
			}
		}
		document.createParagraph();
		return this;
	}

	/**
	 * A picture (PNG or JPEG) on its own line, scaled to the width and keeping its proportions.
	 * @throws IllegalArgumentException for bytes that are not a PNG or JPEG picture
	 */
	public WordDocument picture(byte[] image, String name, double widthCm) {
		try {
			java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image));
			if (read == null) {
				throw new IllegalArgumentException("not a picture: " + name);
			}
			int type = image.length > 3 && (image[0] & 0xFF) == 0x89 ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG;
			int width = Units.toEMU(widthCm / 2.54 * 72);
			int height = (int) ((long) width * read.getHeight() / read.getWidth());
			document.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(image), type, name, width, height);
			return this;
		}
		catch (IOException | InvalidFormatException ex) {
			throw new IllegalArgumentException("could not place the picture " + name, ex);
		}
	}

	/** The document's bytes; the same content and info give the same bytes. */
	public byte[] bytes() {
		var properties = document.getProperties().getCoreProperties();
		properties.setTitle(info.title());
		properties.setCreator(info.issuer());
		properties.setSubjectProperty(info.subject());
		properties.setCreated(Optional.of(Date.from(info.timestamp())));
		properties.setModified(Optional.of(Date.from(info.timestamp())));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			addFontTable();
			document.write(out);
			document.close();
			return OfficePackages.dated(out.toByteArray(), info.timestamp());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write a Word document", ex);
		}
	}

	/** The part Word reads to find a document's fonts, or others in their place. */
	private void addFontTable() throws IOException {
		try {
			PackagePart fonts = document.getPackage().createPart(
					PackagingURIHelper.createPartName(XWPFRelation.FONT_TABLE.getDefaultFileName()),
					XWPFRelation.FONT_TABLE.getContentType());
			try (OutputStream table = fonts.getOutputStream()) {
				table.write(FONT_TABLE.getBytes(StandardCharsets.UTF_8));
			}
			document.getPackagePart().addRelationship(fonts.getPartName(), TargetMode.INTERNAL,
					XWPFRelation.FONT_TABLE.getRelation());
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException("the font table's part name is malformed", ex);
		}
	}

	private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
		XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
		run(paragraph, text, 14, bold);
	}

	private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
		String[] lines = text.split("\\R", -1);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		// Word sizes and emboldens Thai by the complex-script properties, not the Latin ones.
		CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		properties.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
		if (bold) {
			properties.addNewBCs();
		}
		properties.addNewLang().setBidi("th-TH");
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}
}
