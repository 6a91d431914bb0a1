package org.prongsai.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Thai first, English complete. A visitor switches with {@code ?lang=en} or {@code ?lang=th}
 * (plain links, no script) and the choice is kept in a cookie.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale THAI = Locale.forLanguageTag("th");

	static final List<Locale> SUPPORTED = List.of(THAI, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lang") {
			@Override
			public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
					@Nullable Locale locale) {
				super.setLocale(request, response, supported(locale));
			}
		};
		resolver.setDefaultLocale(THAI);
		// A cookie no language has (sent by hand, or by an attacker) is Thai, not an error.
		resolver.setRejectInvalidCookies(false);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	/** Only Thai and English exist; anything else falls back to Thai. */
	static Locale supported(@Nullable Locale locale) {
		if (locale == null) {
			return THAI;
		}
		return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst().orElse(THAI);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch());
	}

	/**
	 * Reads {@code lang} from the query string only. Asking the request for a parameter would parse
	 * a form body, and a body refused as too large would then fail again while its error page renders.
	 */
	static class LanguageSwitch implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String query = request.getQueryString();
			if (query == null || !query.contains("lang=")) {
				return true;
			}
			String lang = UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst("lang");
			LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
			if (lang != null && resolver != null) {
				resolver.setLocale(request, response, Locale.forLanguageTag(lang));
			}
			return true;
		}
	}
}
