package org.prongsai.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * Renders a document template (XHTML under {@code documents/}) to an A4 PDF with the Laksaman
 * font embedded. Laksaman is TLWG's free counterpart of the government's TH Sarabun and places
 * Thai vowels and tone marks itself, which the renderer needs as it does no shaping; its text
 * extracts back exactly. The PDF's dates and file identifier come from the document's own date
 * and content, so the same content gives the same bytes.
 */
@Component
public class PdfDocuments {

	/** The font family name templates use. */
	public static final String FONT = "Laksaman";

	private static final Locale THAI = Locale.forLanguageTag("th");

	private static final byte[] REGULAR = bundled("Laksaman.ttf");

	private static final byte[] BOLD = bundled("Laksaman-Bold.ttf");

	private final DocumentTemplates templates;

	PdfDocuments(DocumentTemplates templates) {
		this.templates = templates;
	}

	/**
	 * Renders the template in Thai.
	 * @param template its path under {@code documents/} without {@code .xhtml}, for example {@code reporting/procurement-month}
	 * @param variables what the template reads; {@code info} is added
	 */
	public byte[] pdf(String template, Map<String, ?> variables, DocumentInfo info) {
		Map<String, Object> model = new HashMap<>(variables);
		model.put("info", info);
		Locale previous = LocaleContextHolder.getLocale();
		String xhtml;
		try {
			LocaleContextHolder.setLocale(THAI);
			xhtml = templates.render(template, model, THAI);
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
		return render(xhtml, info);
	}

	private static byte[] render(String xhtml, DocumentInfo info) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PDDocument pdf = new PDDocument();
		PdfRendererBuilder builder = new PdfRendererBuilder()
			.useFastMode()
			.usePDDocument(pdf)
			.withHtmlContent(xhtml, "classpath:/documents/")
			.useFont(new PDFontSupplier(font(pdf, REGULAR)), FONT, 400, FontStyle.NORMAL, true)
			.useFont(new PDFontSupplier(font(pdf, BOLD)), FONT, 700, FontStyle.NORMAL, true)
			.withProducer("Prongsai")
			// Thai has no spaces between words: break lines where the JDK's Thai dictionary finds words.
			.useUnicodeLineBreaker(new ThaiLineBreaker())
			.toStream(out);
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.createPDFWithoutClosing();
			PDDocumentInformation information = pdf.getDocumentInformation();
			Calendar dated = GregorianCalendar.from(info.dated().atStartOfDay(FiscalYear.BANGKOK));
			dated.setTimeZone(TimeZone.getTimeZone(FiscalYear.BANGKOK));
			information.setCreationDate(dated);
			information.setModificationDate(dated);
			information.setTitle(info.title());
			information.setAuthor(info.issuer());
			information.setSubject(info.subject());
			// Without an identifier PDFBox makes one from the clock; one from the content keeps the bytes stable.
			byte[] id = identifier(xhtml, info);
			COSArray ids = new COSArray();
			ids.add(new COSString(id));
			ids.add(new COSString(id));
			pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
			pdf.save(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not render a PDF", ex);
		}
		return out.toByteArray();
	}

	private static byte[] identifier(String xhtml, DocumentInfo info) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(xhtml.getBytes(StandardCharsets.UTF_8));
			digest.update(info.toString().getBytes(StandardCharsets.UTF_8));
			byte[] id = new byte[16];
			System.arraycopy(digest.digest(), 0, id, 0, 16);
			return id;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Line breaks from the JDK's dictionary-based Thai break iterator, which also breaks Latin text at spaces. */
	private static final class ThaiLineBreaker implements FSTextBreaker {

		private final BreakIterator breaks = BreakIterator.getLineInstance(THAI);

		@Override
		public int next() {
			return breaks.next();
		}

		@Override
		public void setText(String text) {
			breaks.setText(text);
		}
	}

	/**
	 * The font for one document, without its glyph substitution table. Laksaman needs none for Thai
	 * (it places its own marks), and PDFBox would otherwise run the table's Latin ligature rules,
	 * by regular expression, over every line of text: most of the time of a long document.
	 */
	private static PDFont font(PDDocument pdf, byte[] ttf) {
		try {
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
			font.setEnableGsub(false);
			return PDType0Font.load(pdf, font, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the bundled font", ex);
		}
	}

	private static byte[] bundled(String file) {
		try (InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/laksaman/" + file)) {
			if (in == null) {
				throw new IllegalStateException("the bundled font " + file + " is missing from the application");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
