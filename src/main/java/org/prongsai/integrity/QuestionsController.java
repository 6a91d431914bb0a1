package org.prongsai.integrity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/**
 * The station's public questions and answers: the list (the same for every visitor, so it is
 * served from the page cache), a search of it, and the form to ask, on a page of its own so that
 * the list needs no session.
 */
@Controller
class QuestionsController {

	static final String LIST = "integrity/public/questions";

	static final String ASK = "integrity/public/ask";

	private final Questions questions;

	QuestionsController(Questions questions) {
		this.questions = questions;
	}

	@GetMapping(StationPaths.STATION + "/questions")
	String list(StationView station, @RequestParam(required = false) @Nullable String q, Model model) {
		String query = q == null ? null : q.strip();
		model.addAttribute("query", query);
		model.addAttribute("answered", questions.published(station.id(), query == null || query.length() > 100 ? null : query));
		return LIST;
	}

	@GetMapping(StationPaths.STATION + "/questions/ask")
	String form(StationView station, Model model) {
		return form(new Questions.Asked("", "", "", ""), model);
	}

	@PostMapping(StationPaths.STATION + "/questions/ask")
	String ask(StationView station, Questions.Asked asked, @RequestParam(defaultValue = "") String formToken,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return PublicForm.send(() -> questions.ask(station.id(), asked, formToken, request.getRemoteAddr()),
				() -> form(asked, model), "/" + station.code() + "/questions/ask", model, redirect, response);
	}

	private String form(Questions.Asked asked, Model model) {
		PublicForm.show(asked, model);
		model.addAttribute("minLength", Questions.MIN_LENGTH);
		model.addAttribute("maxLength", Questions.MAX_LENGTH);
		return ASK;
	}
}
