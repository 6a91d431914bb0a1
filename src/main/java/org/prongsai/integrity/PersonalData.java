package org.prongsai.integrity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and masks the personal data people type into what the station publishes (a question, an
 * answer, a comment): Thai national ID numbers (only those whose check digit is right, so a case
 * or document number of thirteen digits stays), phone numbers, e-mail addresses and Thai licence
 * plates. A mask keeps the shape (separators, the {@code @}) and hides every letter and digit, so
 * a reader sees that something was there and nothing of what it was.
 */
final class PersonalData {

	/** An e-mail address; found first, as its local part may hold digits. */
	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

	/** Thirteen digits, bare or grouped 1-4-5-2-1 with spaces or dashes, not inside a longer number. */
	private static final Pattern NATIONAL_ID = Pattern.compile(
			"(?<![\\d-])(\\d[ -]?\\d{4}[ -]?\\d{5}[ -]?\\d{2}[ -]?\\d)(?![\\d-])");

	/**
	 * A Thai phone number: a mobile (06, 08, 09 and eight digits), a fixed line (02 to 07 and
	 * seven digits), or either after +66 without its 0; dashes and spaces allowed between groups.
	 * Short hotlines such as 191 and 1599 are not personal and are left alone.
	 */
	private static final Pattern PHONE = Pattern.compile(
			"(?<![\\d+])(?:\\+66[ -]?|0)(?:[689](?:[ -]?\\d){8}|[2-7](?:[ -]?\\d){7})(?![\\d])");

	/**
	 * A Thai licence plate: an optional leading digit, one or two consonants starting a word, and up
	 * to four digits, as in กข 1234 or 1กข-234. A word with vowels (ข้อ 1, ปี 2567) is not a plate.
	 */
	private static final Pattern PLATE = Pattern.compile(
			"(?<![\\p{IsThai}\\p{L}\\d])[1-9]?[ก-ฮ]{1,2}[ -]?\\d{1,4}(?![\\d\\p{IsThai}])");

	private PersonalData() {
	}

	/** The text with its personal data masked, and what was found. */
	static Masked mask(String text) {
		List<Finding> findings = new ArrayList<>();
		StringBuilder masked = new StringBuilder(text);
		find(EMAIL, Kind.EMAIL, masked, findings);
		Matcher id = NATIONAL_ID.matcher(masked);
		while (id.find()) {
			if (validNationalId(id.group(1).replaceAll("[ -]", ""))) {
				hide(masked, id.start(1), id.end(1), Kind.NATIONAL_ID, findings);
			}
		}
		find(PHONE, Kind.PHONE, masked, findings);
		find(PLATE, Kind.LICENCE_PLATE, masked, findings);
		findings.sort(Comparator.comparingInt(Finding::start));
		return new Masked(masked.toString(), List.copyOf(findings));
	}

	/** Whether thirteen digits carry a right check digit: 11 minus the weighted sum mod 11, mod 10. */
	static boolean validNationalId(String digits) {
		if (!digits.matches("\\d{13}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (digits.charAt(i) - '0') * (13 - i);
		}
		return (11 - sum % 11) % 10 == digits.charAt(12) - '0';
	}

	private static void find(Pattern pattern, Kind kind, StringBuilder text, List<Finding> findings) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			hide(text, matcher.start(), matcher.end(), kind, findings);
		}
	}

	/** Hides the letters and digits of a span in place; the text keeps its length, so later matches keep their places. */
	private static void hide(StringBuilder text, int start, int end, Kind kind, List<Finding> findings) {
		for (int i = start; i < end; i++) {
			if (Character.isLetterOrDigit(text.charAt(i))) {
				text.setCharAt(i, 'x');
			}
		}
		findings.add(new Finding(kind, start, end, text.substring(start, end)));
	}

	/** What kind of personal data was found. */
	enum Kind {
		NATIONAL_ID, PHONE, EMAIL, LICENCE_PLATE
	}

	/**
	 * Personal data found in a text.
	 * @param start where it starts in the text (the masked text has the same length)
	 * @param masked how it reads now
	 */
	record Finding(Kind kind, int start, int end, String masked) {
	}

	/** A text with its personal data masked, and the findings, for the moderator to see. */
	record Masked(String text, List<Finding> findings) {

		boolean changed() {
			return !findings.isEmpty();
		}
	}
}
