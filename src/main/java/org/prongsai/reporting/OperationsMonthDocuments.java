package org.prongsai.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.prongsai.platform.calendar.ThaiDateFormat;
import org.prongsai.platform.documents.DocumentInfo;
import org.prongsai.platform.documents.DocumentPicture;
import org.prongsai.platform.documents.PdfDocuments;
import org.prongsai.platform.documents.WordDocument;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.files.StoredFileView;
import org.prongsai.station.StationView;

/**
 * The monthly operations report (O7) as a PDF and a Word file, from the month's activities: each
 * with its dates, responsible unit, details and photo. Both are read back and must name every
 * activity before they are handed out.
 */
@Component
class OperationsMonthDocuments {

	static final String KIND = "operations-report";

	private static final Locale THAI = Locale.forLanguageTag("th");

	private static final ThaiDateFormat DATES = ThaiDateFormat.of(THAI);

	private final PdfDocuments pdfs;

	private final Files files;

	private final MessageSource messages;

	OperationsMonthDocuments(PdfDocuments pdfs, Files files, MessageSource messages) {
		this.pdfs = pdfs;
		this.files = files;
		this.messages = messages;
	}

	Pair generate(StationView station, YearMonth month, List<Activity> activities) {
		DocumentInfo info = new DocumentInfo(message("reporting.document.operations.title", DATES.longMonthYear(month)),
				station.profile().nameTh(), message("reporting.document.operations.subject"), month.atEndOfMonth());
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < activities.size(); i++) {
			Activity a = activities.get(i);
			entries.add(new Entry(i + 1, a, period(a), photo(station, a).orElse(null)));
		}
		byte[] pdf = pdfs.pdf("reporting/operations-month", Map.of("station", station, "entries", entries), info);
		WordDocument word = WordDocument.of(info).heading(info.title()).paragraph(station.profile().nameTh(), false);
		if (entries.isEmpty()) {
			word.paragraph(message("reporting.document.operations.none"), false);
		}
		for (Entry e : entries) {
			word.paragraph(e.sequence() + ". " + e.activity().title(), true)
				.paragraph(e.period(), false)
				.paragraph(message("reporting.document.operations.unit", e.activity().unit().th()), false)
				.paragraph(e.activity().details(), false);
			if (e.photo() != null) {
				word.picture(e.photo().bytes(), "activity-" + e.sequence() + "." + e.photo().extension(), 12);
			}
		}
		word.paragraph(message("reporting.document.as-of", DATES.longDate(info.dated())), false);
		byte[] docx = word.bytes();
		checkAgreement(pdf, docx, activities);
		return new Pair(pdf, docx, info);
	}

	private String period(Activity a) {
		return a.startedOn().equals(a.endedOn()) ? message("reporting.document.operations.on", DATES.longDate(a.startedOn()))
				: message("reporting.document.operations.between", DATES.longDate(a.startedOn()), DATES.longDate(a.endedOn()));
	}

	/**
	 * The activity's photo, if it has one the PDF can show (PNG or JPEG), fitted to print: a photo
	 * is read at a bounded size whatever its own, so no upload can exhaust the memory of a report.
	 */
	private Optional<Photo> photo(StationView station, Activity a) {
		if (a.photoFileId() == null) {
			return Optional.empty();
		}
		return files.find(station.id(), a.photoFileId())
			.filter(f -> "image/png".equals(f.contentType()) || "image/jpeg".equals(f.contentType()))
			.flatMap(this::fitted)
			.map(png -> new Photo(png, "image/png"));
	}

	private Optional<byte[]> fitted(StoredFileView file) {
		try (InputStream in = files.open(file)) {
			return DocumentPicture.fitted(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void checkAgreement(byte[] pdf, byte[] docx, List<Activity> activities) {
		try (PDDocument document = Loader.loadPDF(pdf);
				XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			String paragraphs = String.join("\n", word.getParagraphs().stream().map(XWPFParagraph::getText).toList());
			for (Activity a : activities) {
				if (!text.contains(a.title().replaceAll("\\s+", "")) || !paragraphs.contains(a.title())) {
					throw new IllegalStateException("the generated report does not show the activity " + a.id());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, THAI);
	}

	/** An activity as the report shows it. */
	record Entry(int sequence, Activity activity, String period, @Nullable Photo photo) {
	}

	/** A photo's bytes, and what the PDF template needs to show it. */
	record Photo(byte[] bytes, String contentType) {

		public String dataUri() {
			return "data:" + contentType + ";base64," + Base64.getEncoder().encodeToString(bytes);
		}

		String extension() {
			return "image/png".equals(contentType) ? "png" : "jpg";
		}
	}

	/** The month's two files and what they say about themselves. */
	record Pair(byte[] pdf, byte[] docx, DocumentInfo info) {
	}
}
