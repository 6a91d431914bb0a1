package org.prongsai.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;


/**
 * Serves the public station pages from {@link PageCache} to anonymous visitors. It runs after
 * Spring Security's filter chain (ordered after it, inside it), so every answer, cached or not, still
 * gets the security headers; a hit skips the controller, the database and Thymeleaf.
 * <p>
 * Only a GET without a session and without a signed-in user is a candidate (a page without a
 * query string; open data with at most a short one); only a 200 answer of a page or data type
 * that sets no cookie and creates no session is kept.
 * The key is the path, the language chosen by the {@code lang} cookie and the portal's address
 * ({@link PublicAddress}; the request's own scheme, host and port when no public base URL is set),
 * the only inputs besides the path that these pages depend on: a page with absolute links made for
 * one host name the portal answers is never served to a visitor who came by another. Answers carry {@code Cache-Control: no-cache}, a strong
 * {@code ETag} and {@code Vary: Cookie}, so a browser revalidates with {@code If-None-Match} and
 * gets a 304 without the body.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** The station pages that are the same for every anonymous visitor in one language, and the station list. */
	private static final Pattern PUBLIC_PAGE = Pattern
		.compile("/(?:stations|([a-z][a-z0-9-]+)(?:/(?:contact|e-services|complaints|questions|search|oit(?:/[0-9]{4}(?:/O[0-9]{1,2})?)?|verify/[A-Za-z0-9_-]{20,160}))?)");

	/**
	 * Open data: a station's datasets and catalogue, and the CKAN API. These may carry a short query
	 * (a page, a search), which becomes part of the key.
	 */
	private static final Pattern OPEN_DATA = Pattern
		.compile("/(?:([a-z][a-z0-9-]+)/data/[a-z0-9-]+\\.(?:json|csv|jsonld|ttl)|api/3/action/[a-z_]+)");

	private static final Pattern SHORT_QUERY = Pattern.compile("[a-z_]{1,10}=[^&]{0,40}(?:&[a-z_]{1,10}=[^&]{0,40}){0,3}");

	/** What is kept: pages, and open data in the formats it is served in. */
	private static final List<String> KEPT_TYPES = List.of("text/html", "application/json", "text/csv", "text/turtle",
			"application/ld+json");

	/** Headers that belong to one response, or that the cache sets itself. */
	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
			"content-type", "content-language", "cache-control", "etag", "vary", "pragma", "expires", "connection",
			"keep-alive");

	/** First segments that are never a station (see the station module's reserved codes). */
	private static final Set<String> NOT_STATIONS = Set.of("admin", "login", "logout", "assets", "actuator", "error",
			"files", "api", "static", "webjars", "favicon", "robots");

	private final PageCache cache;

	private final LocaleResolver locales;

	private final PublicAddress address;

	PageCacheFilter(PageCache cache, LocaleResolver locales, PublicAddress address) {
		this.cache = cache;
		this.locales = locales;
		this.address = address;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = cacheKey(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		PageCache.Page page = cache.get(key);
		if (page != null) {
			serve(request, response, page);
			return;
		}
		long generation = cache.generation();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
			if (keepable(request, wrapper)) {
				byte[] body = wrapper.getContentAsByteArray();
				String contentLanguage = wrapper.getHeader(HttpHeaders.CONTENT_LANGUAGE);
				String etag = PageCache.etag(body);
				cache.put(key, generation, wrapper.getContentType(), contentLanguage, body, etag, replayable(wrapper));
				validators(wrapper, etag);
				if (notModified(request, etag)) {
					wrapper.resetBuffer();
					wrapper.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				}
			}
		}
		finally {
			wrapper.copyBodyToResponse();
		}
	}

	/** The page's key, or null when this request must go to the application. */
	@Nullable String cacheKey(HttpServletRequest request) {
		if (!cache.enabled() || !"GET".equals(request.getMethod()) || request.getRequestedSessionId() != null
				|| hasSessionCookie(request) || request.getSession(false) != null) {
			return null;
		}
		String path = request.getRequestURI();
		String query = request.getQueryString();
		if (!request.getContextPath().isEmpty() || path.length() > 200) {
			return null;
		}
		Matcher matcher = PUBLIC_PAGE.matcher(path);
		boolean page = matcher.matches() && query == null;
		if (!page) {
			matcher = OPEN_DATA.matcher(path);
			if (!matcher.matches() || (query != null && !SHORT_QUERY.matcher(query).matches())) {
				return null;
			}
		}
		if (matcher.group(1) != null && NOT_STATIONS.contains(matcher.group(1))) {
			return null;
		}
		String language = LocaleConfiguration.supported(locales.resolveLocale(request)).getLanguage();
		return address.base(request) + " " + language + " " + path + (query == null ? "" : "?" + query);
	}

	private static boolean hasSessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("JSESSIONID".equalsIgnoreCase(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		String type = response.getContentType();
		return response.getStatus() == HttpServletResponse.SC_OK && !response.isCommitted() && type != null
				&& KEPT_TYPES.stream().anyMatch(type::startsWith) && !response.containsHeader(HttpHeaders.SET_COOKIE)
				&& request.getSession(false) == null;
	}

	/** Headers written by the application and its security chain, to be sent again with every hit. */
	private static List<Map.Entry<String, String>> replayable(HttpServletResponse response) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
			}
		}
		return headers;
	}

	private static void serve(HttpServletRequest request, HttpServletResponse response, PageCache.Page page)
			throws IOException {
		page.headers().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
		validators(response, page.etag());
		if (notModified(request, page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	/** Set before the body, so Spring Security's no-store default (written only when absent) stays out. */
	private static void validators(HttpServletResponse response, String etag) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.VARY, "Cookie");
	}

	static boolean notModified(HttpServletRequest request, String etag) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch == null) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String candidate = tag.strip();
			if (candidate.startsWith("W/")) {
				candidate = candidate.substring(2);
			}
			if (candidate.equals(etag) || candidate.equals("*")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Registered just before Spring Security's filter chain: a hit is an anonymous GET of a public
	 * page without a session, which the chain would let through anyway, and the security headers it
	 * wrote on the first answer are stored with the page and sent again.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, LocaleResolver localeResolver,
				PublicAddress address,
				@Value("${spring.security.filter.order:" + SecurityFilterProperties.DEFAULT_FILTER_ORDER + "}") int securityOrder) {
			FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
					new PageCacheFilter(cache, localeResolver, address));
			registration.setOrder(securityOrder - 1);
			registration.addUrlPatterns("/*");
			return registration;
		}
	}
}
