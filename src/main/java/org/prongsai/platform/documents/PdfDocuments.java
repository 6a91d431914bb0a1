package org.prongsai.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * Renders a document template (XHTML under {@code documents/}) to an A4 PDF with the Laksaman
 * font embedded. Laksaman is TLWG's free counterpart of the government's TH Sarabun. The renderer
 * applies none of the font's OpenType rules, so the Thai text is shaped before it is laid out
 * ({@link ThaiForms}: tone marks on their consonants, marks clear of tall stems and tails), lines
 * break where ICU's Thai dictionary ends a word ({@link ThaiTextBreaker}), and the text extracts
 * back exactly ({@link BundledFont}). The PDF's dates and file identifier come from the document's
 * own date and content, so the same content gives the same bytes.
 */
@Component
public class PdfDocuments {

	/** The font family name templates use. */
	public static final String FONT = "Laksaman";

	private static final Locale THAI = Locale.forLanguageTag("th");

	private static final BundledFont REGULAR = BundledFont.of("laksaman/Laksaman.ttf");

	private static final BundledFont BOLD = BundledFont.of("laksaman/Laksaman-Bold.ttf");

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
		PDType0Font regular = REGULAR.embedIn(pdf);
		PDType0Font bold = BOLD.embedIn(pdf);
		PdfRendererBuilder builder = new PdfRendererBuilder()
			.useFastMode()
			.usePDDocument(pdf)
			.withHtmlContent(ThaiForms.shape(xhtml), "classpath:/documents/")
			.useFont(new PDFontSupplier(regular), FONT, 400, FontStyle.NORMAL, true)
			.useFont(new PDFontSupplier(bold), FONT, 700, FontStyle.NORMAL, true)
			.withProducer("Prongsai")
			.useUnicodeLineBreaker(ThaiTextBreaker.betweenWords())
			.useUnicodeCharacterBreaker(ThaiTextBreaker.betweenClusters())
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
			REGULAR.subset(regular);
			BOLD.subset(bold);
			// What PDDocument.save does, without subsetting the fonts again.
			pdf.getDocument().setIsXRefStream(true);
			new COSWriter(out, CompressParameters.DEFAULT_COMPRESSION).write(pdf);
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
}
