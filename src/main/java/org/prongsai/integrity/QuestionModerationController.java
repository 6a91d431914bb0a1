package org.prongsai.integrity;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/** The moderation queue: each waiting question as it would be published, what was masked, and the answer. */
@Controller
@AllowedRoles({ Role.PUBLISHER, Role.STATION_ADMIN, Role.REGION_ADMIN })
class QuestionModerationController {

	static final String QUEUE = "integrity/admin/questions";

	private final Questions questions;

	private final WaitingQuestionRetention retention;

	QuestionModerationController(Questions questions, WaitingQuestionRetention retention) {
		this.questions = questions;
		this.retention = retention;
	}

	@ConsoleLink(messageKey = "integrity.questions.nav", order = 46)
	@GetMapping("/admin/questions")
	String queue(@Acting StationView station, Model model) {
		model.addAttribute("waiting", questions.waiting(station.id()));
		model.addAttribute("erasedAfterDays", retention.period().toDays());
		return QUEUE;
	}

	@PostMapping("/admin/questions/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam(defaultValue = "") String answer,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, Model model, RedirectAttributes redirect) {
		try {
			questions.answer(station.id(), id, answer, user.getUsername());
		}
		catch (Rejected ex) {
			model.addAttribute("problem", ex);
			model.addAttribute("failed", id);
			return queue(station, model);
		}
		redirect.addFlashAttribute("saved", "integrity.questions.published");
		return "redirect:/admin/questions";
	}

	@PostMapping("/admin/questions/{id}/refuse")
	String refuse(@PathVariable UUID id, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			Model model, RedirectAttributes redirect) {
		try {
			questions.refuse(station.id(), id, user.getUsername());
		}
		catch (Rejected ex) {
			model.addAttribute("problem", ex);
			return queue(station, model);
		}
		redirect.addFlashAttribute("saved", "integrity.questions.refused");
		return "redirect:/admin/questions";
	}
}
