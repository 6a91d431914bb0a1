package org.prongsai.platform.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's {@link ResourceUrlEncodingFilter}, which rewrites the address of a static file a page
 * links to into its content-hashed one ({@code /favicon.svg} to {@code /favicon-cd87….svg}), but
 * only for addresses that end in a file name with an extension. Spring looks every link up among
 * the static folders and web jars on the class path first, and for the many links of a page to
 * other pages ({@code /kamala/oit}), which are never static files, those failed look-ups took more
 * than half the time of every page not served from the page cache. Replaces the filter Spring
 * Boot registers.
 */
class StaticLinksEncodingFilter extends ResourceUrlEncodingFilter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(response instanceof HttpServletResponse original)) {
			super.doFilter(request, response, chain);
			return;
		}
		super.doFilter(request, response,
				(req, rewriting) -> chain.doFilter(req, new PageLinksAsTheyAre((HttpServletResponse) rewriting, original)));
	}

	/** Whether the address may name a static file: its last segment, before any query or fragment, has an extension. */
	static boolean mayBeStaticFile(String url) {
		int end = url.length();
		for (char stop : new char[] { '?', '#' }) {
			int at = url.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		String path = url.substring(0, end);
		return path.lastIndexOf('.') > path.lastIndexOf('/');
	}

	/** Sends only possible static files through Spring's rewriting; other addresses go to the response as written. */
	private static final class PageLinksAsTheyAre extends HttpServletResponseWrapper {

		private final HttpServletResponse original;

		PageLinksAsTheyAre(HttpServletResponse rewriting, HttpServletResponse original) {
			super(rewriting);
			this.original = original;
		}

		@Override
		public String encodeURL(String url) {
			return mayBeStaticFile(url) ? super.encodeURL(url) : original.encodeURL(url);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Named and typed as Spring Boot's own, which it then leaves out. */
		@Bean
		FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
			FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
					new StaticLinksEncodingFilter());
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
			return registration;
		}
	}
}
