package org.prongsai.platform.documents;

/**
 * Thai shaping by presentation forms. The PDF renderer draws each character with the glyph the
 * font's character map gives it and applies none of the font's OpenType rules, so a tone mark is
 * drawn at the height it takes above an upper vowel even where there is none. Laksaman also maps
 * the Thai presentation forms that Windows and Mac fonts share (U+F700 to U+F71A, private use) to
 * its lowered, left-shifted and cut glyphs; rewriting the text to those forms, one character for
 * one character, places the marks as the font's own rules would:
 * <ul>
 * <li>a tone mark or thanthakhat on a consonant without an upper vowel is lowered onto it, except
 * before SARA AM, whose nikhahit takes that place: there the mark keeps its high glyph and both
 * take the font's SARA AM forms (below);</li>
 * <li>over the tall consonants ป ฝ ฟ ฬ the upper vowels and marks move left, clear of the stem;</li>
 * <li>a lower vowel under ฎ ฏ moves down, clear of the tail, and ญ ฐ lose their tail above one.</li>
 * </ul>
 * The text keeps its length and every position keeps its meaning, so line breaking and the PDF's
 * text layer can map each form back to its character ({@link #plain}).
 * <p>
 * The SARA AM forms (U+F730 on, added to the bundled Laksaman) draw exactly the mark's and the
 * AM's own glyphs. They exist for the text layer ({@link #text}): the mark's copy names no text
 * and the AM's copy names both characters, as LibreOffice names its shaped "น้ำ", so that a reader
 * of the PDF judging each mark by its consonant does not take the high mark over the nikhahit for
 * one floating over the consonant.
 */
final class ThaiForms {

	/** The first presentation form used; the last is {@link #LAST}. */
	private static final char FIRST = '\uF700';

	private static final char LAST = '\uF71A';

	/** The character each form stands for, from U+F700 on. */
	private static final String PLAIN = "\u0E10\u0E34\u0E35\u0E36\u0E37" // ฐ without its tail; ิ ี ึ ื shifted left
			+ "\u0E48\u0E49\u0E4A\u0E4B\u0E4C" // tone marks lowered and shifted left
			+ "\u0E48\u0E49\u0E4A\u0E4B\u0E4C" // tone marks lowered
			+ "\u0E0D\u0E31\u0E4D\u0E47" // ญ without its tail; ั ํ ็ shifted left
			+ "\u0E48\u0E49\u0E4A\u0E4B\u0E4C" // tone marks shifted left
			+ "\u0E38\u0E39\u0E3A"; // lower vowels lowered

	private static final int TONE_LOW_LEFT = 0xF705;

	private static final int TONE_LOW = 0xF70A;

	private static final int TONE_LEFT = 0xF713;

	private static final int LOWER_LOW = 0xF718;

	private static final char SARA_AM = '\u0E33';

	/** The high tone mark or thanthakhat over SARA AM's nikhahit, from U+0E48 on; it names no text. */
	private static final char TONE_OVER_AM = '\uF730';

	/** SARA AM after a tone mark or thanthakhat, from U+0E48 on; it names the mark and the AM. */
	private static final char AM_UNDER_TONE = '\uF735';

	private static final char LAST_AM_FORM = '\uF739';

	private ThaiForms() {
	}

	/** The text with its Thai clusters in presentation forms, as long as the text. */
	static String shape(String text) {
		char[] shaped = null;
		int length = text.length();
		int i = 0;
		while (i < length) {
			char base = text.charAt(i);
			int end = i + 1;
			while (end < length && mark(text.charAt(end))) {
				end++;
			}
			if (end > i + 1 && consonant(base)) {
				if (shaped == null) {
					shaped = text.toCharArray();
				}
				cluster(text, i, end, shaped);
			}
			i = end;
		}
		return shaped == null ? text : new String(shaped);
	}

	/** The text with every presentation form back to the character it stands for. */
	static String plain(String text) {
		char[] chars = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (plain(c) != c) {
				if (chars == null) {
					chars = text.toCharArray();
				}
				chars[i] = plain(c);
			}
		}
		return chars == null ? text : new String(chars);
	}

	/** The character a presentation form stands for; any other character is itself. */
	static char plain(char c) {
		if (c >= FIRST && c <= LAST) {
			return PLAIN.charAt(c - FIRST);
		}
		if (c >= TONE_OVER_AM && c <= LAST_AM_FORM) {
			return c < AM_UNDER_TONE ? (char) (c - TONE_OVER_AM + '\u0E48') : SARA_AM;
		}
		return c;
	}

	/**
	 * The text a character's glyph names in the PDF's text layer: a presentation form's character,
	 * but nothing for a mark over SARA AM and the mark with the AM for the AM under it, so that the
	 * text still reads in its order, consonant, mark, AM.
	 */
	static String text(char c) {
		if (c >= TONE_OVER_AM && c < AM_UNDER_TONE) {
			return "";
		}
		if (c >= AM_UNDER_TONE && c <= LAST_AM_FORM) {
			return new String(new char[] { (char) (c - AM_UNDER_TONE + '\u0E48'), SARA_AM });
		}
		return String.valueOf(plain(c));
	}

	/** Shapes the marks after the consonant at {@code base}, up to {@code end}. */
	private static void cluster(String text, int base, int end, char[] shaped) {
		char consonant = text.charAt(base);
		boolean tall = consonant == 'ป' || consonant == 'ฝ' || consonant == 'ฟ' || consonant == 'ฬ';
		boolean upper = false;
		boolean lower = false;
		for (int i = base + 1; i < end; i++) {
			upper |= upperVowel(text.charAt(i));
			lower |= lowerVowel(text.charAt(i));
		}
		boolean beforeAm = end < text.length() && text.charAt(end) == SARA_AM;
		for (int i = base + 1; i < end; i++) {
			char mark = text.charAt(i);
			if (tone(mark) && beforeAm && !upper && i == end - 1) {
				// SARA AM's nikhahit sits where a lowered tone mark would: the tone stays above it.
				shaped[i] = (char) (TONE_OVER_AM + mark - '\u0E48');
				shaped[end] = (char) (AM_UNDER_TONE + mark - '\u0E48');
			}
			else if (tone(mark)) {
				int offset = mark - '\u0E48';
				shaped[i] = (char) (upper || beforeAm ? (tall ? TONE_LEFT + offset : mark) : (tall ? TONE_LOW_LEFT : TONE_LOW) + offset);
			}
			else if (tall && upperVowel(mark)) {
				shaped[i] = leftUpperVowel(mark);
			}
			else if (lowerVowel(mark) && (consonant == 'ฎ' || consonant == 'ฏ')) {
				shaped[i] = (char) (LOWER_LOW + mark - '\u0E38');
			}
		}
		if (lower && consonant == 'ญ') {
			shaped[base] = '\uF70F';
		}
		else if (lower && consonant == 'ฐ') {
			shaped[base] = '\uF700';
		}
	}

	private static char leftUpperVowel(char mark) {
		return switch (mark) {
			case '\u0E31' -> '\uF710';
			case '\u0E4D' -> '\uF711';
			case '\u0E47' -> '\uF712';
			default -> (char) ('\uF701' + mark - '\u0E34'); // ิ ี ึ ื
		};
	}

	private static boolean consonant(char c) {
		return c >= '\u0E01' && c <= '\u0E2E';
	}

	/** A mark drawn over or under the character before it. */
	private static boolean mark(char c) {
		return c == '\u0E31' || c >= '\u0E34' && c <= '\u0E3A' || c >= '\u0E47' && c <= '\u0E4E';
	}

	private static boolean upperVowel(char c) {
		return c == '\u0E31' || c >= '\u0E34' && c <= '\u0E37' || c == '\u0E47' || c == '\u0E4D';
	}

	private static boolean lowerVowel(char c) {
		return c >= '\u0E38' && c <= '\u0E3A';
	}

	/** The four tone marks and the thanthakhat. */
	private static boolean tone(char c) {
		return c >= '\u0E48' && c <= '\u0E4C';
	}
}
