package org.prongsai.platform.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the shared layout needs on every page, put in the model as {@code site}.
 * @param stylesheetUrl the one stylesheet
 * @param language the page's language tag, {@code th} or {@code en}
 * @param otherLanguage the tag of the language the switch offers
 * @param switchLanguageUrl this page in the other language
 * @param signedInAs the signed-in person's display name, null for the public
 * @param adminLinks the console entries this person may use (empty for the public)
 */
public record SiteModel(String stylesheetUrl, String language, String otherLanguage, String switchLanguageUrl,
		@Nullable String signedInAs, List<AdminLink> adminLinks) {

	public boolean signedIn() {
		return signedInAs != null;
	}
}
