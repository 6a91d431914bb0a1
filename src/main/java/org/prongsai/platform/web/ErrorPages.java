package org.prongsai.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Friendly error pages in the visitor's language. Only the status is shown: never a message,
 * an exception or a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = tooLarge(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)) ? 413
				: code instanceof Integer value ? value : 500;
		String page = switch (status) {
			case 400, 403, 404, 405, 413, 421, 429, 503 -> String.valueOf(status);
			default -> status >= 500 ? "500" : "404";
		};
		response.setStatus(status);
		if (status == 503) {
			// Busy for now: a minute is what the page asks them to wait.
			response.setHeader("Retry-After", "60");
		}
		model.addAttribute("status", status);
		model.addAttribute("page", page);
		return "error/status";
	}

	/** A body over the upload limit surfaces as the container's exception when a filter reads a parameter first. */
	static boolean tooLarge(@Nullable Object exception) {
		for (Throwable t = exception instanceof Throwable th ? th : null; t != null; t = t.getCause()) {
			if (t instanceof MaxUploadSizeExceededException || t.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
				return true;
			}
		}
		return false;
	}
}
