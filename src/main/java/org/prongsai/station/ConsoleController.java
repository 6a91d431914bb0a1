package org.prongsai.station;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;

/** The console's first page: who is signed in, for which station, and what they can open. */
@Controller
@PreAuthorize("isAuthenticated()")
class ConsoleController {

	static final String CONSOLE = "station/admin/console";

	private final ActingStation acting;

	ConsoleController(ActingStation acting) {
		this.acting = acting;
	}

	/** The acting station, when there is one yet, reaches the page as {@code actingStation} (see {@link Acting}). */
	@GetMapping("/admin")
	String console(@AuthenticationPrincipal ProngsaiUser user, @Acting Optional<StationView> station, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("choosable", user.region() != null ? acting.choosable(user) : java.util.List.of());
		return CONSOLE;
	}

	/** A region administrator picks the station to act for; anyone else has only their own. */
	@PostMapping("/admin/acting-station")
	@AllowedRoles(Role.REGION_ADMIN)
	String choose(@AuthenticationPrincipal ProngsaiUser user, @RequestParam UUID station, HttpSession session) {
		acting.choose(session, user, station);
		return "redirect:/admin";
	}
}
