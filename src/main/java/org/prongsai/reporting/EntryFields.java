package org.prongsai.reporting;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.prongsai.platform.calendar.TypedDates;

/**
 * The fields officers type into the report forms, read the same way on every form: text is
 * stripped and limited in length, amounts are baht as Thai forms write them ({@code 12,500.50}),
 * dates are ISO days. Each refusal is a {@link ReportingRejected} naming its message.
 */
final class EntryFields {

	/** The largest amount a {@code numeric(14, 2)} column holds. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	private EntryFields() {
	}

	/** Text that must be there, stripped; refused with {@code missingKey} when blank. */
	static String required(@Nullable String text, int max, String missingKey) {
		if (text == null || text.isBlank()) {
			throw new ReportingRejected(missingKey);
		}
		return limited(text.strip(), max);
	}

	/** Text of at most {@code max} characters. */
	static String limited(String text, int max) {
		if (text.length() > max) {
			throw new ReportingRejected("reporting.procurement.reject.too-long", max);
		}
		return text;
	}

	/**
	 * An amount in baht as written, with or without thousands separators; never negative, at most two decimals.
	 * @param missingKey the refusal when nothing was written
	 */
	static BigDecimal amount(String text, String missingKey) {
		String plain = text.strip().replace(",", "");
		if (plain.isEmpty()) {
			throw new ReportingRejected(missingKey);
		}
		BigDecimal value;
		try {
			value = new BigDecimal(plain);
		}
		catch (NumberFormatException ex) {
			throw new ReportingRejected("reporting.procurement.reject.amount", text.strip());
		}
		if (value.signum() < 0 || value.scale() > 2 || value.compareTo(MAX_AMOUNT) > 0) {
			throw new ReportingRejected("reporting.procurement.reject.amount", text.strip());
		}
		return value.setScale(2);
	}

	/** An ISO day ({@code 2024-03-05}), as a date input sends it. */
	static LocalDate date(String text, String missingKey) {
		if (text.isBlank()) {
			throw new ReportingRejected(missingKey);
		}
		try {
			return TypedDates.day(text);
		}
		catch (DateTimeParseException ex) {
			throw new ReportingRejected("reporting.procurement.reject.date");
		}
	}

	/** An amount as Thai forms write it: 12,500.00. */
	static String baht(BigDecimal amount) {
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
	}
}
