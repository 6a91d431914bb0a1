package org.prongsai.eservice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case number as a station writes it: a type of case, a running number and the Buddhist-Era
 * year, for example {@code คดีอาญาที่ 123/2567}. People type it in many ways (Thai or Arabic digits,
 * with or without "คดี" and "ที่", in English from the slip), so it is read into its parts and
 * always stored and compared in one form, the Thai one with Arabic digits.
 */
record CaseNumber(Type type, int number, int year) {

	/** Years a case registered today can carry: B.E. 2500 (1957) to 2700. */
	private static final int FIRST_YEAR = 2500;
	private static final int LAST_YEAR = 2700;

	/** [คดี]<type>[ที่] <number>/<year>, or <type> [case] [no.] <number>/<year>. */
	private static final Pattern FORM = Pattern.compile(
			"(?:คดี)?\\s*([\\p{L}\\p{M}]+?)\\s*(?:ที่|case)?\\s*(?:no\\.?|number)?\\s*([0-9]{1,6})\\s*/\\s*([0-9]{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The kinds of case a station registers. */
	enum Type {
		CRIMINAL("อาญา", "criminal", "Criminal case"),
		TRAFFIC("จราจร", "traffic", "Traffic case"),
		INQUEST("ชันสูตรพลิกศพ", "inquest", "Inquest");

		final String thai;
		final String word;
		final String english;

		Type(String thai, String word, String english) {
			this.thai = thai;
			this.word = word;
			this.english = english;
		}

		/** The type's name in the language ({@code en}, or Thai for anything else). */
		public String label(String language) {
			return "en".equals(language) ? english : "คดี" + thai;
		}

		static Optional<Type> named(String word) {
			String lower = word.toLowerCase(Locale.ROOT);
			return Arrays.stream(values()).filter(t -> t.thai.equals(word) || t.word.equals(lower)).findFirst();
		}
	}

	/** The number as typed, or empty when it is not in the form of a case number. */
	static Optional<CaseNumber> parse(String typed) {
		String text = arabicDigits(typed).strip().replaceAll("\\s+", " ");
		if (text.length() > 80) {
			return Optional.empty();
		}
		Matcher matcher = FORM.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int number = Integer.parseInt(matcher.group(2));
		int year = Integer.parseInt(matcher.group(3));
		if (number < 1 || year < FIRST_YEAR || year > LAST_YEAR) {
			return Optional.empty();
		}
		return Type.named(matcher.group(1)).map(type -> new CaseNumber(type, number, year));
	}

	/** The one form stored and looked up: คดีอาญาที่ 123/2567. */
	public String stored() {
		return "คดี" + type.thai + "ที่ " + number + "/" + year;
	}

	/** As shown in the language: คดีอาญาที่ 123/2567 or Criminal case 123/2567. */
	public String display(String language) {
		return "en".equals(language) ? type.english + " " + number + "/" + year : stored();
	}

	/** A form with ASCII letters only, for addresses: criminal 123/2567. */
	public String ascii() {
		return type.word + " " + number + "/" + year;
	}

	/** Thai digits (๐–๙) read as 0–9. */
	private static String arabicDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
		}
		return out.toString();
	}
}
