package org.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SentFormsTests {

	private static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUvWx";

	private final SentForms filter = new SentForms(Duration.ofSeconds(30));

	private final MockHttpSession session = new MockHttpSession();

	private final AtomicInteger handled = new AtomicInteger();

	/** The application: takes the form and redirects, as every screen does after a change. */
	private final FilterChain takes = (request, response) -> {
		handled.incrementAndGet();
		((HttpServletResponse) response).sendRedirect("/admin/organisation?n=" + handled.get());
	};

	/** The application refusing the form: the form again, nothing changed. */
	private final FilterChain refuses = (request, response) -> {
		handled.incrementAndGet();
		response.getWriter().write("the form again, with the reason");
	};

	private MockHttpServletResponse send(String token, FilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/organisation/units");
		request.setSession(session);
		if (token != null) {
			request.addParameter(FormToken.FIELD, token);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

	@Test
	void aFormSentAgainGetsTheFirstAnswerWithoutReachingTheApplication() throws Exception {
		MockHttpServletResponse first = send(TOKEN, takes);
		MockHttpServletResponse again = send(TOKEN, takes);

		assertThat(handled).hasValue(1);
		assertThat(again.getStatus()).isEqualTo(first.getStatus()).isEqualTo(302);
		assertThat(again.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl()).isEqualTo("/admin/organisation?n=1");
	}

	@Test
	void anotherFillingOfTheSameFormIsTakenAsNew() throws Exception {
		send(TOKEN, takes);
		MockHttpServletResponse other = send("ZyXwVuTsRqPoNmLkJiHgFeDc", takes);

		assertThat(handled).hasValue(2);
		assertThat(other.getRedirectedUrl()).isEqualTo("/admin/organisation?n=2");
	}

	@Test
	void aRefusedFormIsForgottenSoItCanBeCorrectedAndSentAgain() throws Exception {
		send(TOKEN, refuses);
		MockHttpServletResponse corrected = send(TOKEN, takes);

		assertThat(handled).hasValue(2);
		assertThat(corrected.getRedirectedUrl()).isEqualTo("/admin/organisation?n=2");
	}

	@Test
	void aFormWhoseHandlingFailedIsForgotten() throws Exception {
		FilterChain fails = (request, response) -> {
			handled.incrementAndGet();
			throw new ServletException("the database went away");
		};
		assertThatThrownBy(() -> send(TOKEN, fails)).isInstanceOf(ServletException.class);

		assertThat(send(TOKEN, takes).getRedirectedUrl()).isEqualTo("/admin/organisation?n=2");
	}

	@Test
	void theSameFormSentTwiceAtOnceIsHandledOnceAndBothGetItsAnswer() throws Exception {
		CountDownLatch firstArrived = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		FilterChain slow = (request, response) -> {
			handled.incrementAndGet();
			firstArrived.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			((HttpServletResponse) response).sendRedirect("/admin/organisation?n=" + handled.get());
		};
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> sendQuietly(slow));
		assertThat(firstArrived.await(10, TimeUnit.SECONDS)).isTrue();
		// Whether the second arrives while the first is held or after it is let go, it is answered alike.
		CompletableFuture<MockHttpServletResponse> second = CompletableFuture.supplyAsync(() -> sendQuietly(slow));
		release.countDown();

		assertThat(second.get(10, TimeUnit.SECONDS).getRedirectedUrl()).isEqualTo(first.get(10, TimeUnit.SECONDS)
			.getRedirectedUrl()).isEqualTo("/admin/organisation?n=1");
		assertThat(handled).hasValue(1);
	}

	@Test
	void aTokenOfAShapeThePortalNeverGivesIsRefusedWithItsReason() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/organisation/units");
		request.setSession(session);
		request.addParameter(FormToken.FIELD, "' OR 1=1 --");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, takes);

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(request.getAttribute(ErrorPages.PROBLEM)).isInstanceOfSatisfying(Refusal.class,
				problem -> assertThat(problem.messageKey()).isEqualTo("platform.form.token"));
		assertThat(handled).hasValue(0);
	}

	@Test
	void aRequestWithoutAFormTokenIsHandledAsItComes() throws Exception {
		send(null, takes);
		send(null, takes);

		assertThat(handled).hasValue(2);
	}

	private MockHttpServletResponse sendQuietly(FilterChain chain) {
		try {
			return send(TOKEN, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
