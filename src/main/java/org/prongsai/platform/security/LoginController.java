package org.prongsai.platform.security;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class LoginController {

	private final Duration lockout;

	LoginController(@Value("${prongsai.sign-in.lockout:15m}") Duration lockout) {
		this.lockout = lockout;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String locked,
			@RequestParam(required = false) @Nullable String busy, Model model) {
		model.addAttribute("failure", locked != null ? "locked" : busy != null ? "busy"
				: error != null ? "bad-credentials" : null);
		model.addAttribute("lockoutMinutes", lockout.toMinutes());
		return "platform/security/login";
	}
}
