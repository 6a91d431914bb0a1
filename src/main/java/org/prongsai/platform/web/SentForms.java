package org.prongsai.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Takes each filling of a form once. The session remembers, for the form tokens it saw last, how
 * each was answered: a form that was taken is answered by a redirect (the portal redirects after
 * every change), and the same token sent again gets that redirect again without reaching the
 * application. A second request that arrives while the first is still being handled (a double
 * click) waits for the first one's answer. A filling the application refused (it answered with
 * the form again, or an error) changed nothing, so it is forgotten and may be sent again.
 * <p>
 * Runs after Spring Security's chain: a form with a missing or wrong CSRF token never gets here. A
 * request without a form token (a script) is handled as it comes; one whose token has a shape the
 * portal never gives out is refused.
 */
class SentForms extends OncePerRequestFilter {

	/** How many fillings a session remembers; older ones may be taken again. */
	static final int REMEMBERED = 100;

	private static final String SENT = SentForms.class.getName();

	private final Duration patience;

	SentForms(Duration patience) {
		this.patience = patience;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = "POST".equals(request.getMethod()) ? request.getParameter(FormToken.FIELD) : null;
		HttpSession session = request.getSession(false);
		if (token == null || session == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!FormToken.wellFormed(token)) {
			ErrorPages.refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, new Refusal("platform.form.token"));
			return;
		}
		Fillings fillings = fillings(session);
		while (true) {
			CompletableFuture<@Nullable Answer> mine = new CompletableFuture<>();
			CompletableFuture<@Nullable Answer> earlier = fillings.claim(token, mine);
			if (earlier == null) {
				handle(token, fillings, mine, request, response, chain);
				return;
			}
			Answer answer;
			try {
				answer = earlier.get(patience.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				ErrorPages.refuse(request, response, HttpServletResponse.SC_CONFLICT, new Refusal("platform.form.pending"));
				return;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ServletException("interrupted while the same form was being handled", ex);
			}
			catch (ExecutionException ex) {
				throw new ServletException(ex.getCause());
			}
			if (answer != null) {
				answer.replay(response);
				return;
			}
			// The earlier one was refused and forgotten: this one is handled as a new filling.
		}
	}

	private static void handle(String token, Fillings fillings, CompletableFuture<@Nullable Answer> mine,
			HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Answer answer = null;
		try {
			chain.doFilter(request, response);
			answer = Answer.of(response);
		}
		finally {
			if (answer == null) {
				fillings.forget(token, mine);
			}
			mine.complete(answer);
		}
	}

	private static Fillings fillings(HttpSession session) {
		synchronized (WebUtils.getSessionMutex(session)) {
			if (session.getAttribute(SENT) instanceof Fillings fillings) {
				return fillings;
			}
			Fillings fillings = new Fillings();
			session.setAttribute(SENT, fillings);
			return fillings;
		}
	}

	/** How a taken form was answered: the redirect, to send again. */
	record Answer(int status, String location) {

		static @Nullable Answer of(HttpServletResponse response) {
			int status = response.getStatus();
			String location = response.getHeader(HttpHeaders.LOCATION);
			return status >= 300 && status < 400 && location != null ? new Answer(status, location) : null;
		}

		void replay(HttpServletResponse response) {
			response.setStatus(status);
			response.setHeader(HttpHeaders.LOCATION, location);
		}
	}

	/** The session's latest fillings, each with its answer, or the answer still to come. */
	static final class Fillings {

		private final Map<String, CompletableFuture<@Nullable Answer>> byToken = new LinkedHashMap<>(16, 0.75f, false) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<@Nullable Answer>> eldest) {
				return size() > REMEMBERED;
			}
		};

		/** Claims the token for this request, or returns the earlier request's claim. */
		synchronized @Nullable CompletableFuture<@Nullable Answer> claim(String token,
				CompletableFuture<@Nullable Answer> mine) {
			return byToken.putIfAbsent(token, mine);
		}

		synchronized void forget(String token, CompletableFuture<@Nullable Answer> mine) {
			byToken.remove(token, mine);
		}
	}

	/** Registered just after Spring Security's filter chain. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<SentForms> sentForms(
				@Value("${spring.security.filter.order:" + SecurityFilterProperties.DEFAULT_FILTER_ORDER + "}") int securityOrder) {
			FilterRegistrationBean<SentForms> registration = new FilterRegistrationBean<>(new SentForms(Duration.ofMinutes(1)));
			registration.setOrder(securityOrder + 1);
			registration.addUrlPatterns("/*");
			return registration;
		}
	}
}
