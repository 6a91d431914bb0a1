package org.prongsai.disclosure;

/**
 * Where a module makes a kind of document from its own records, such as the complaint statistics
 * of O17. Readiness sends the station there, rather than to the item's upload form, when such a
 * document is missing or out of date; disclosure needn't know the module.
 * @param documentKind the kind as the criteria name it
 * @param screen the admin screen that makes it; it takes the fiscal year as {@code ?year=}
 */
public record DocumentSource(String documentKind, String screen) {

	public DocumentSource {
		if (!screen.startsWith("/admin/")) {
			throw new IllegalArgumentException("a document is made on an admin screen: " + screen);
		}
	}
}
