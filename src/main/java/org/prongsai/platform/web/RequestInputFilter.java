package org.prongsai.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.WebUtils;

/**
 * Refuses, before anything reads it, input that no field of the portal may hold: a parameter (of
 * the address or the form) or the name of an uploaded file with a control character in it. NUL
 * above all: the container refuses to read a file name with one, and PostgreSQL refuses to store
 * text with one, so it would otherwise fail deep inside whichever screen met it first. Tab, line
 * feed and carriage return are text; every other control character (C0, DEL and C1) is not.
 * <p>
 * A form with files is read here in full, so that one the container cannot read is answered with
 * a reason (400, or 413 when it is too large) instead of failing in the first filter that asks
 * for a parameter.
 */
class RequestInputFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Problem problem = problem(request);
		if (problem == null) {
			chain.doFilter(request, response);
			return;
		}
		if (multipart(request)) {
			// Tells Spring MVC not to read the parts again while it renders the error page, as it does
			// when its own reading failed.
			request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, problem == Problem.TOO_LARGE
					? new MaxUploadSizeExceededException(-1) : new MultipartException("refused before reading: " + problem));
		}
		if (problem.messageKey == null) {
			response.sendError(problem.status);
		}
		else {
			ErrorPages.refuse(request, response, problem.status, new Refusal(problem.messageKey));
		}
	}

	enum Problem {

		CONTROL_CHARACTER(HttpServletResponse.SC_BAD_REQUEST, "platform.input.control"),
		FILE_NAME(HttpServletResponse.SC_BAD_REQUEST, "platform.input.file-name"),
		UNREADABLE(HttpServletResponse.SC_BAD_REQUEST, "platform.input.unreadable"),
		/** Over the upload limit: the page of 413 says what to do. */
		TOO_LARGE(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, null);

		final int status;

		final @Nullable String messageKey;

		Problem(int status, @Nullable String messageKey) {
			this.status = status;
			this.messageKey = messageKey;
		}
	}

	private static @Nullable Problem problem(HttpServletRequest request) {
		if (request.getQueryString() == null && !hasBody(request)) {
			return null;
		}
		if (multipart(request)) {
			try {
				for (Part part : request.getParts()) {
					String disposition = part.getHeader(HttpHeaders.CONTENT_DISPOSITION);
					// Read as Spring reads it for MultipartFile, encoded forms (filename*=) included.
					String fileName = disposition == null ? null : ContentDisposition.parse(disposition).getFilename();
					if (fileName != null && !text(fileName, false)) {
						return Problem.FILE_NAME;
					}
				}
			}
			catch (RuntimeException | IOException | ServletException ex) {
				return ErrorPages.tooLarge(ex) ? Problem.TOO_LARGE : invalidFileName(ex) ? Problem.FILE_NAME : Problem.UNREADABLE;
			}
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// The container could not read the parameters, such as more of them than it takes.
			return Problem.UNREADABLE;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!text(parameter.getKey(), false)) {
				return Problem.CONTROL_CHARACTER;
			}
			for (String value : parameter.getValue()) {
				if (!text(value, true)) {
					return Problem.CONTROL_CHARACTER;
				}
			}
		}
		return null;
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	private static boolean multipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
	}

	/** The container's own exception for a NUL in a file name. */
	private static boolean invalidFileName(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t.getClass().getSimpleName().equals("InvalidFileNameException")) {
				return true;
			}
		}
		return false;
	}

	/** Whether the text has no control character, but for line breaks and tabs where {@code lines} allows them. */
	static boolean text(String value, boolean lines) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) && !(lines && (c == '\t' || c == '\n' || c == '\r'))) {
				return false;
			}
		}
		return true;
	}

	/** Registered before the page cache and Spring Security's filter chain, the first to read a body. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<RequestInputFilter> requestInputFilter(
				@Value("${spring.security.filter.order:" + SecurityFilterProperties.DEFAULT_FILTER_ORDER + "}") int securityOrder) {
			FilterRegistrationBean<RequestInputFilter> registration = new FilterRegistrationBean<>(new RequestInputFilter());
			registration.setOrder(securityOrder - 2);
			registration.addUrlPatterns("/*");
			return registration;
		}
	}
}
