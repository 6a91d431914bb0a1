package org.prongsai.integrity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and masks the personal data people type into what the station publishes (a question, an
 * answer, a comment): Thai national ID numbers (only those whose check digit is right, so a case
 * or document number of thirteen digits stays), phone numbers, e-mail addresses and Thai licence
 * plates. A mask keeps the shape (separators, the {@code @}) and hides every letter and digit, so
 * a reader sees that something was there and nothing of what it was. Numbers are found however
 * they are written: in Thai (or any other) digits, with any kind of space or dash between groups,
 * and with invisible characters (zero-width spaces and joiners, soft hyphens) slipped between digits.
 */
final class PersonalData {

	/** An e-mail address; found first, as its local part may hold digits. */
	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

	/** Thirteen digits, bare or grouped 1-4-5-2-1 with spaces or dashes, not inside a longer number. */
	private static final Pattern NATIONAL_ID = Pattern.compile(
			"(?<![\\d-])\\d[ -]?\\d{4}[ -]?\\d{5}[ -]?\\d{2}[ -]?\\d(?![\\d-])");

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
		find(EMAIL, Kind.EMAIL, masked, findings, found -> true);
		find(NATIONAL_ID, Kind.NATIONAL_ID, masked, findings, found -> validNationalId(found.replaceAll("[ -]", "")));
		find(PHONE, Kind.PHONE, masked, findings, found -> true);
		find(PLATE, Kind.LICENCE_PLATE, masked, findings, found -> true);
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

	/**
	 * Hides what the pattern finds in the text as {@link Folded folded}, where the accepted
	 * match came from in the text itself: the invisible characters inside a span stay, hidden by nothing.
	 */
	private static void find(Pattern pattern, Kind kind, StringBuilder text, List<Finding> findings,
			Predicate<String> accepted) {
		Folded folded = Folded.of(text);
		Matcher matcher = pattern.matcher(folded.text());
		while (matcher.find()) {
			if (accepted.test(matcher.group())) {
				hide(text, folded.origin(matcher.start()), folded.origin(matcher.end() - 1) + 1, kind, findings);
			}
		}
	}

	/**
	 * The text as the patterns read it: every decimal digit as its ASCII digit, every space as a
	 * space and every dash as a hyphen, the invisible formatting characters left out; and, for each
	 * character of it, where it stands in the text.
	 */
	private record Folded(String text, int[] origins) {

		static Folded of(CharSequence original) {
			StringBuilder text = new StringBuilder(original.length());
			int[] origins = new int[original.length()];
			for (int i = 0; i < original.length(); ) {
				int cp = Character.codePointAt(original, i);
				int type = Character.getType(cp);
				if (type != Character.FORMAT) {
					origins[text.length()] = i;
					if (type == Character.DECIMAL_DIGIT_NUMBER) {
						text.append((char) ('0' + Character.digit(cp, 10)));
					}
					else if (type == Character.SPACE_SEPARATOR) {
						text.append(' ');
					}
					else if (type == Character.DASH_PUNCTUATION || cp == '\u2212') {
						text.append('-');
					}
					else {
						// A character outside the Basic Multilingual Plane is read as its first half and stands for both.
						text.append(original.charAt(i));
						if (Character.charCount(cp) == 2) {
							origins[text.length()] = i + 1;
							text.append(original.charAt(i + 1));
						}
					}
				}
				i += Character.charCount(cp);
			}
			return new Folded(text.toString(), origins);
		}

		/** Where the folded text's character at this index stands in the original. */
		int origin(int index) {
			return origins[index];
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
