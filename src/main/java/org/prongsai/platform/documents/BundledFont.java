package org.prongsai.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A TrueType font inside the application, embedded in each PDF as the subset of glyphs that PDF
 * draws. The PDF's text layer (its ToUnicode map) names the character each glyph stands for, so
 * the text can be searched and copied: PDFBox takes it from the font's character map, which names
 * a Thai presentation form ({@link ThaiForms}) by its private-use code; here every glyph names the
 * Thai character instead.
 */
final class BundledFont {

	/** A ToUnicode CMap of two-byte codes, as PDF 32000 (9.10.3) and PDFBox write them. */
	private static final String HEADER = """
			/CIDInit /ProcSet findresource begin
			12 dict begin
			begincmap
			/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
			/CMapName /Adobe-Identity-UCS def
			/CMapType 2 def
			1 begincodespacerange
			<0000> <FFFF>
			endcodespacerange
			""";

	private static final String FOOTER = """
			endcmap
			CMapName currentdict /CMap defineresource pop
			end
			end
			""";

	private final byte[] program;

	/** The text each glyph stands for, by glyph id; null for a glyph that names no text. */
	private final String[] textOfGlyph;

	private BundledFont(byte[] program, String[] textOfGlyph) {
		this.program = program;
		this.textOfGlyph = textOfGlyph;
	}

	/** Reads a font under {@code fonts/} in the application. */
	static BundledFont of(String path) {
		try (InputStream in = BundledFont.class.getResourceAsStream("/fonts/" + path)) {
			if (in == null) {
				throw new IllegalStateException("the bundled font " + path + " is missing from the application");
			}
			byte[] program = in.readAllBytes();
			try (TrueTypeFont font = parse(program)) {
				CmapLookup characters = font.getUnicodeCmapLookup();
				String[] text = new String[font.getNumberOfGlyphs()];
				for (int glyph = 0; glyph < text.length; glyph++) {
					// The first character, as PDFBox takes it, with a presentation form read as its Thai text;
					// a mark over SARA AM names none (its AM names both).
					List<Integer> codes = characters.getCharCodes(glyph);
					if (codes != null && !codes.isEmpty()) {
						int code = codes.get(0);
						String named = code <= Character.MAX_VALUE ? ThaiForms.text((char) code) : Character.toString(code);
						text[glyph] = named.isEmpty() ? null : named;
					}
				}
				return new BundledFont(program, text);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the bundled font " + path, ex);
		}
	}

	/**
	 * The font for one document, to be subset with {@link #subset} before the document is written.
	 * It is read without its glyph substitution table: the renderer applies none of it for Thai
	 * ({@link ThaiForms} does), and PDFBox would otherwise run the table's Latin ligature rules, by
	 * regular expression, over every line of text: most of the time of a long document.
	 */
	PDType0Font embedIn(PDDocument pdf) {
		try {
			TrueTypeFont font = parse(program);
			font.setEnableGsub(false);
			return PDType0Font.load(pdf, font, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read a bundled font", ex);
		}
	}

	/**
	 * Cuts the font down to the glyphs the document drew, as PDFBox does when it saves a document,
	 * and replaces the text layer PDFBox made with one naming each glyph's Thai character.
	 * Writing the document with {@code PDDocument.save} afterwards would subset it again.
	 * @param font what {@link #embedIn} gave for the document
	 */
	void subset(PDType0Font font) throws IOException {
		font.subset();
		COSDictionary type0 = font.getCOSObject();
		COSDictionary descendant = (COSDictionary) ((COSArray) type0.getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0);
		// The content streams hold the original glyph ids as character ids; this maps them to the subset's.
		// A font whose licence forbids subsetting is embedded whole, with the identity map.
		byte[] glyphs = null;
		if (descendant.getDictionaryObject(COSName.CID_TO_GID_MAP) instanceof COSStream map) {
			try (InputStream in = map.createInputStream()) {
				glyphs = in.readAllBytes();
			}
		}
		StringBuilder cmap = new StringBuilder(HEADER);
		StringBuilder block = new StringBuilder();
		int entries = 0;
		int last = glyphs == null ? textOfGlyph.length : Math.min(glyphs.length / 2, textOfGlyph.length);
		for (int cid = 1; cid < last; cid++) {
			boolean drawn = glyphs == null || glyphs[2 * cid] != 0 || glyphs[2 * cid + 1] != 0;
			if (drawn && textOfGlyph[cid] != null) {
				block.append(String.format(Locale.ROOT, "<%04X> <%s>\n", cid, hex(textOfGlyph[cid])));
				if (++entries == 100) {
					cmap.append(entries).append(" beginbfchar\n").append(block).append("endbfchar\n");
					block.setLength(0);
					entries = 0;
				}
			}
		}
		if (entries > 0) {
			cmap.append(entries).append(" beginbfchar\n").append(block).append("endbfchar\n");
		}
		cmap.append(FOOTER);
		COSStream text = new COSStream();
		try (OutputStream out = text.createOutputStream(COSName.FLATE_DECODE)) {
			out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
		}
		type0.setItem(COSName.TO_UNICODE, text);
	}

	private static String hex(String text) {
		StringBuilder hex = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			hex.append(String.format(Locale.ROOT, "%04X", (int) text.charAt(i)));
		}
		return hex.toString();
	}

	private static TrueTypeFont parse(byte[] program) throws IOException {
		return new TTFParser().parse(new RandomAccessReadBuffer(program));
	}
}
