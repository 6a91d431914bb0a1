package org.prongsai.platform.documents;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Where the PDF renderer may break a line. Thai has no spaces between words, so ICU's Thai
 * dictionary says where words end (the JDK's dictionary breaks "ถึงกันยายน" as "ถึงกัน|ยาย|น" and
 * "สภ." as "ส|ภ."). The text is read with its presentation forms back as Thai ({@link ThaiForms}),
 * which keeps every position. One instance serves one rendering, as the renderer asks it about
 * one piece of text at a time.
 */
final class ThaiTextBreaker implements FSTextBreaker {

	private static final ULocale THAI = new ULocale("th");

	private final BreakIterator breaks;

	private final boolean words;

	private String text = "";

	private ThaiTextBreaker(BreakIterator breaks, boolean words) {
		this.breaks = breaks;
		this.words = words;
	}

	/**
	 * Breaks between words, and at spaces in other scripts, but never inside an abbreviation
	 * ("สภ.กมลา", "(ต.ค.–ธ.ค.)") or a range ("1–2"), nor before MAI YAMOK (ๆ), which ends the word
	 * before it.
	 */
	static ThaiTextBreaker betweenWords() {
		return new ThaiTextBreaker(BreakIterator.getLineInstance(THAI), true);
	}

	/**
	 * Breaks anywhere a word too long for its line may be broken (CSS {@code word-wrap: break-word}):
	 * between clusters, a leading vowel staying with the consonant after it and a following vowel
	 * (ะ า ำ ๅ) with the syllable before it.
	 */
	static ThaiTextBreaker betweenClusters() {
		return new ThaiTextBreaker(BreakIterator.getCharacterInstance(THAI), false);
	}

	@Override
	public void setText(String text) {
		this.text = ThaiForms.plain(text);
		breaks.setText(this.text);
	}

	@Override
	public int next() {
		int at = breaks.next();
		while (at != BreakIterator.DONE && at < text.length() && !(words ? betweenWords(at) : betweenClusters(at))) {
			at = breaks.next();
		}
		return at;
	}

	private boolean betweenWords(int at) {
		char before = text.charAt(at - 1);
		char after = text.charAt(at);
		if (after == 'ๆ') {
			return false;
		}
		boolean joined = at >= 2 && !Character.isWhitespace(text.charAt(at - 2)) && !Character.isWhitespace(after);
		if (before == '.' && joined) {
			return !(thai(text.charAt(at - 2)) && thai(after));
		}
		return !(joined && (before == '–' || before == '-'));
	}

	private boolean betweenClusters(int at) {
		char before = text.charAt(at - 1);
		char after = text.charAt(at);
		return !(before >= 'เ' && before <= 'ไ' || after == 'ะ' || after == 'า' || after == 'ำ' || after == 'ๅ');
	}

	private static boolean thai(char c) {
		return c >= '\u0E01' && c <= '\u0E5B';
	}
}
