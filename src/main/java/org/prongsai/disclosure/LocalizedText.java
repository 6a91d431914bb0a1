package org.prongsai.disclosure;

/** A text in Thai and English; both are required. */
public record LocalizedText(String th, String en) {

	public LocalizedText {
		if (th.isBlank() || en.isBlank()) {
			throw new IllegalArgumentException("a text needs both Thai and English");
		}
	}

	/** The text in the page's language ({@code en} or Thai for anything else). */
	public String in(String language) {
		return "en".equals(language) ? en : th;
	}
}
