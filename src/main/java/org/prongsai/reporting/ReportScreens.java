package org.prongsai.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.disclosure.PublishingRejected;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.web.NotFoundException;

/** What the monthly report screens share: the month they show, their downloads, the outcome of publishing. */
final class ReportScreens {

	private ReportScreens() {
	}

	/** The month named ({@code 2024-03}), or this month in Bangkok without one; anything unreadable is a 404. */
	static YearMonth month(@Nullable String text, Clock clock) {
		if (text == null || text.isBlank()) {
			return YearMonth.now(clock.withZone(FiscalYear.BANGKOK));
		}
		try {
			YearMonth month = YearMonth.parse(text.strip());
			FiscalYear.containing(month.atDay(1));
			return month;
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw new NotFoundException("month " + text);
		}
	}

	/** A generated file to download, named for the station and month. */
	static ResponseEntity<byte[]> download(byte[] body, String contentType, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	/** The report's PDF or workbook, as the address's format ({@code pdf} or {@code xlsx}) asks. */
	static ResponseEntity<byte[]> download(GeneratedFiles.PdfAndWorkbook files, String format, String baseName) {
		boolean pdf = "pdf".equals(format);
		return download(pdf ? files.pdf() : files.xlsx(), pdf ? MediaType.APPLICATION_PDF_VALUE
				: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", baseName + "." + format);
	}

	/**
	 * Publishes and says how it went: published, unchanged, or refused with the reason.
	 * @param publish publishes and gives how many files were new
	 */
	static void publish(RedirectAttributes redirect, IntSupplier publish, String publishedKey, String unchangedKey) {
		try {
			redirect.addFlashAttribute("saved", publish.getAsInt() == 0 ? unchangedKey : publishedKey);
		}
		catch (PublishingRejected ex) {
			redirect.addFlashAttribute("failed", ex.messageKey());
			redirect.addFlashAttribute("failedArgs", ex.arguments());
		}
	}
}
