package org.prongsai.platform.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers only requests for a host name the portal is set up for ({@link PublicAddress#answers}):
 * anyone can send any {@code Host} header, and the pages put the request's host into absolute
 * links (and the page cache would hand them to every later visitor) unless a public base URL is
 * set. Any other host gets 421 Misdirected Request before anything else runs. The health check
 * stays open to every host name, as orchestrators call it by the machine's address; it makes no
 * link. Behind a proxy with {@code server.forward-headers-strategy=native}, the host checked is
 * the one the proxy forwarded.
 */
class KnownHostsFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(KnownHostsFilter.class);

	/** 421: the request was sent to a server that does not answer for its host. */
	static final int MISDIRECTED = 421;

	private final PublicAddress address;

	/** Said once per run, so a portal reached by a name nobody listed tells its operator how to fix it. */
	private final AtomicBoolean told = new AtomicBoolean();

	KnownHostsFilter(PublicAddress address) {
		this.address = address;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (address.answers(request.getServerName()) || health(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (told.compareAndSet(false, true)) {
			log.warn("Refused a request for a host name the portal is not set up for (421); set prongsai.public-base-url,"
					+ " or list the names it is reached by in prongsai.web.host-names. Later refusals are not logged.");
		}
		response.sendError(MISDIRECTED);
	}

	private static boolean health(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "GET".equals(request.getMethod()) && (path.equals("/actuator/health") || path.startsWith("/actuator/health/"));
	}

	/** First of all filters: nothing reads the request's host before it is known to be ours. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<KnownHostsFilter> knownHostsFilter(PublicAddress address) {
			FilterRegistrationBean<KnownHostsFilter> registration = new FilterRegistrationBean<>(new KnownHostsFilter(address));
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			registration.addUrlPatterns("/*");
			return registration;
		}
	}
}
