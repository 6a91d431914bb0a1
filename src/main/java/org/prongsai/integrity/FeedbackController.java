package org.prongsai.integrity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/**
 * The station's feedback form, for anyone it has just served: the service, a rating of 1 to 5 and
 * a comment if they wish. It carries a form token and the CSRF token, so it is never served from
 * the page cache.
 */
@Controller
class FeedbackController {

	static final String FORM = "integrity/public/feedback";

	private static final String PATH = StationPaths.STATION + "/feedback";

	/** The ratings as the form lists them: the best first, as satisfaction forms in Thailand do. */
	private static final List<Integer> BEST_FIRST = List.of(5, 4, 3, 2, 1);

	private final ServiceFeedback feedback;

	FeedbackController(ServiceFeedback feedback) {
		this.feedback = feedback;
	}

	@GetMapping(PATH)
	String form(StationView station, Model model) {
		return form(new ServiceFeedback.Given("", "", "", ""), model);
	}

	@PostMapping(PATH)
	String give(StationView station, ServiceFeedback.Given given, @RequestParam(defaultValue = "") String formToken,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return PublicForm.send(() -> feedback.give(station.id(), given, formToken, request.getRemoteAddr()),
				() -> form(given, model), "/" + station.code() + "/feedback", model, redirect, response);
	}

	private String form(ServiceFeedback.Given given, Model model) {
		PublicForm.show(given, model);
		model.addAttribute("services", FeedbackService.values());
		model.addAttribute("ratings", BEST_FIRST);
		model.addAttribute("maxLength", ServiceFeedback.MAX_COMMENT);
		return FORM;
	}
}
