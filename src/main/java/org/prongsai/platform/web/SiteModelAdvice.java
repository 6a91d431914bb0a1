package org.prongsai.platform.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import org.prongsai.platform.security.CurrentUser;
import org.prongsai.platform.security.ProngsaiUser;

/** Puts the {@link SiteModel} in every page's model, so templates never read the request. */
@ControllerAdvice
class SiteModelAdvice {

	private final Stylesheet stylesheet;

	private final AdminLinks adminLinks;

	SiteModelAdvice(Stylesheet stylesheet, AdminLinks adminLinks) {
		this.stylesheet = stylesheet;
		this.adminLinks = adminLinks;
	}

	@ModelAttribute("site")
	SiteModel site(HttpServletRequest request) {
		Locale locale = LocaleConfiguration.supported(LocaleContextHolder.getLocale());
		String language = locale.getLanguage();
		String other = "th".equals(language) ? "en" : "th";
		String errorPath = (String) request.getAttribute("jakarta.servlet.error.request_uri");
		UriComponentsBuilder switchUrl = UriComponentsBuilder.fromPath(errorPath != null ? errorPath : request.getRequestURI());
		// A page read with parameters (an earlier version of an item, ?at=…) stays that page in the other language.
		if (errorPath == null && "GET".equals(request.getMethod())) {
			request.getParameterMap().forEach((name, values) -> {
				if (!"lang".equals(name)) {
					switchUrl.queryParam(name, (Object[]) values);
				}
			});
		}
		switchUrl.queryParam("lang", other);
		ProngsaiUser user = CurrentUser.get().orElse(null);
		List<AdminLink> links = user == null ? List.of() : adminLinks.of(user);
		return new SiteModel(stylesheet.url(), language, other, switchUrl.build().encode().toUriString(),
				user == null ? null : user.displayName(), links);
	}
}
