package org.prongsai.platform.web;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What a screen did not catch itself, answered as a refusal rather than a failure: the
 * transaction was rolled back, so nothing was written, and the visitor is told why.
 * <ul>
 * <li>a {@link Refusal}: 400 with its reason, or the status its class names with
 * {@link ResponseStatus};</li>
 * <li>a form sent about a record that is not there (someone removed it first, or it is sent again
 * from a page left open): 404 saying so, where a page not found would suggest a broken link;</li>
 * <li>a record someone else changed or removed since the form was read: 409;</li>
 * <li>a write the database would not take: a value it cannot hold (SQL state class 22, such as a
 * text too long or a date out of its range) is 400, a conflict with other rows (class 23, such as
 * a record still in use) 409.</li>
 * </ul>
 */
@ControllerAdvice
class RefusedWrites {

	private static final Logger log = LoggerFactory.getLogger(RefusedWrites.class);

	/** 400, or the status the refusal's class names (429 for a portal too busy to hash, say). */
	@ExceptionHandler(Refusal.class)
	void refused(Refusal refusal, HttpServletRequest request, HttpServletResponse response) throws IOException {
		ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(refusal.getClass(), ResponseStatus.class);
		ErrorPages.refuse(request, response, status == null ? HttpServletResponse.SC_BAD_REQUEST : status.code().value(),
				refusal);
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if ("POST".equals(request.getMethod())) {
			ErrorPages.refuse(request, response, HttpServletResponse.SC_NOT_FOUND, new Refusal("platform.write.gone"));
		}
		else {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	void changedMeanwhile(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ErrorPages.refuse(request, response, HttpServletResponse.SC_CONFLICT, new Refusal("platform.write.changed"));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	void notKept(DataIntegrityViolationException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String state = sqlState(ex);
		boolean value = state != null && state.startsWith("22");
		// Only the state: the database's message quotes the values, which may be personal.
		log.warn("The database refused a write of {} {} (SQL state {}); nothing was kept", request.getMethod(),
				request.getRequestURI(), state);
		ErrorPages.refuse(request, response, value ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT,
				new Refusal(value ? "platform.write.value" : "platform.write.in-use"));
	}

	private static @Nullable String sqlState(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}
}
