package org.prongsai.station;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;

/**
 * The acting station's accounts: who can sign in with which roles, new accounts and new one-time
 * passwords. A password is shown once, right after it is made, and never again.
 */
@Controller
@AllowedRoles({ Role.STATION_ADMIN, Role.REGION_ADMIN })
class AccountAdminController {

	static final String LIST = "station/admin/accounts";

	private final StationAdministration administration;
	private final StationDirectory directory;

	AccountAdminController(StationAdministration administration, StationDirectory directory) {
		this.directory = directory;
		this.administration = administration;
	}

	@ConsoleLink(messageKey = "station.admin.accounts.nav", order = 20)
	@GetMapping("/admin/accounts")
	String list(@Acting StationView station, Model model) {
		if (!model.containsAttribute("accountForm")) {
			model.addAttribute("accountForm", AccountForm.empty());
		}
		return show(station, model);
	}

	@PostMapping("/admin/accounts")
	String create(@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult result, @Acting StationView station,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Set<Role> roles = form.grantable().orElse(null);
		if (roles == null) {
			result.rejectValue("roles", "account.roles.not-grantable");
		}
		if (result.hasErrors() || roles == null) {
			return show(station, model);
		}
		String password;
		try {
			password = administration.createAccount(station.code(), null, form.username(), form.displayName(), roles);
		}
		catch (IllegalArgumentException taken) {
			result.rejectValue("username", "account.username.taken");
			return show(station, model);
		}
		catch (ComplaintOversight.Refused ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			result.rejectValue("roles", ex.messageKey());
			return show(station, model);
		}
		redirect.addFlashAttribute("issued", new OneTimePassword(form.username(), password));
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{account}/password")
	String resetPassword(@PathVariable UUID account, @Acting StationView station, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("issued", administration.resetPassword(station.id(), account));
		}
		catch (ComplaintOversight.Refused ex) {
			return refused(ex, station, response, model);
		}
		return "redirect:/admin/accounts";
	}

	/** Says which officer the account is, or that it is no officer's in particular. */
	@PostMapping("/admin/accounts/{account}/officer")
	String assignOfficer(@PathVariable UUID account, @RequestParam(required = false) @Nullable UUID officer,
			@Acting StationView station, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			administration.assignOfficer(station.id(), account, officer);
		}
		catch (ComplaintOversight.Refused ex) {
			return refused(ex, station, response, model);
		}
		redirect.addFlashAttribute("officerAssigned", true);
		return "redirect:/admin/accounts";
	}

	/** The list again, saying why the change was refused; nothing changed. */
	private String refused(ComplaintOversight.Refused ex, StationView station, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("refused", ex.messageKey());
		model.addAttribute("accountForm", AccountForm.empty());
		return show(station, model);
	}

	private String show(StationView station, Model model) {
		model.addAttribute("officers", directory.officers(station.id()));
		model.addAttribute("accounts", administration.accountsOf(station.id()));
		model.addAttribute("grantable", AccountForm.GRANTABLE);
		return LIST;
	}
}
