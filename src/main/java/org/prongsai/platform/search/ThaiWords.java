package org.prongsai.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits text into the words a search matches, as Lucene's Thai analyzer does: Thai, which is
 * written without spaces between words, by its dictionary; other scripts at spaces and
 * punctuation; all lower-cased and without stop words.
 */
public final class ThaiWords {

	private static final Analyzer ANALYZER = new ThaiAnalyzer();

	private ThaiWords() {
	}

	/** The analyzer itself, for an index that must split text the same way. */
	public static Analyzer analyzer() {
		return ANALYZER;
	}

	/** The words of a text, in order. */
	public static List<String> of(String text) {
		List<String> words = new ArrayList<>();
		try (TokenStream tokens = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}
}
