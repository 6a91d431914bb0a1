package org.prongsai.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.calendar.TypedDates;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.platform.web.Refusal;

/** What the report screens share: the month or year they show, their downloads, the outcome of publishing. */
final class ReportScreens {

	private ReportScreens() {
	}

	/** The month named ({@code 2024-03}), or this month in Bangkok without one; anything unreadable is a 404. */
	static YearMonth month(@Nullable String text, Clock clock) {
		if (text == null || text.isBlank()) {
			return YearMonth.now(clock.withZone(FiscalYear.BANGKOK));
		}
		try {
			YearMonth month = TypedDates.month(text);
			FiscalYear.containing(month.atDay(1));
			return month;
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw new NotFoundException("month " + text);
		}
	}

	/** The fiscal year named ({@code 2567}), or this one in Bangkok without one; anything unreadable is a 404. */
	static FiscalYear year(@Nullable String text, Clock clock) {
		if (text == null || text.isBlank()) {
			return FiscalYear.current(clock);
		}
		try {
			return FiscalYear.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("fiscal year " + text);
		}
	}

	/** A generated file to download, named for the station and month. */
	static ResponseEntity<byte[]> download(byte[] body, String contentType, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	/** The media type of a generated file's format: pdf, xlsx or docx. */
	static String contentType(String format) {
		return switch (format) {
			case "pdf" -> "application/pdf";
			case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
			case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			default -> throw new NotFoundException("format " + format);
		};
	}

	/** The report's PDF or workbook, as the address's format ({@code pdf} or {@code xlsx}) asks. */
	static ResponseEntity<byte[]> download(GeneratedFiles.PdfAndWorkbook files, String format, String baseName) {
		boolean pdf = "pdf".equals(format);
		return download(pdf ? files.pdf() : files.xlsx(), contentType(format), baseName + "." + format);
	}

	/**
	 * Makes a change from a button (a deletion) and says how it went: done, refused with the
	 * reason, or refused because the record changed since the page was shown.
	 */
	static void change(RedirectAttributes redirect, Runnable change, String doneKey) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", doneKey);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("failed", "reporting.procurement.conflict");
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("failed", ex.messageKey());
			redirect.addFlashAttribute("failedArgs", ex.arguments());
		}
	}

	/**
	 * Publishes and says how it went: published, unchanged, or refused with the reason (by the
	 * criteria, or by the report's own rules).
	 * @param publish publishes and gives how many files were new
	 */
	static void publish(RedirectAttributes redirect, IntSupplier publish, String publishedKey, String unchangedKey) {
		try {
			redirect.addFlashAttribute("saved", publish.getAsInt() == 0 ? unchangedKey : publishedKey);
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("failed", ex.messageKey());
			redirect.addFlashAttribute("failedArgs", ex.arguments());
		}
	}
}
