package org.prongsai.integrity;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * The complaint officers' screens: the complaints routed to them, each opened (and audited), and
 * its steps. The commander's screen lists the overdue ones without what they say.
 */
@Controller
class ComplaintHandlingController {

	static final String LIST = "integrity/admin/complaints";
	static final String DETAIL = "integrity/admin/complaint";
	static final String OVERDUE = "integrity/admin/overdue";

	private final ComplaintHandling handling;

	ComplaintHandlingController(ComplaintHandling handling) {
		this.handling = handling;
	}

	@ConsoleLink(messageKey = "integrity.complaint.nav", order = 60)
	@GetMapping("/admin/complaints")
	@AllowedRoles({ Role.COMPLAINT_OFFICER, Role.REGION_ADMIN })
	String list(@AuthenticationPrincipal ProngsaiUser user, Model model) {
		model.addAttribute("complaints", handling.handledBy(user));
		return LIST;
	}

	@ConsoleLink(messageKey = "integrity.complaint.overdue.nav", order = 61)
	@GetMapping("/admin/complaints/overdue")
	@AllowedRoles({ Role.COMMANDER, Role.REGION_ADMIN })
	String overdue(@AuthenticationPrincipal ProngsaiUser user, Model model) {
		model.addAttribute("complaints", handling.overdue(user));
		return OVERDUE;
	}

	@GetMapping("/admin/complaints/{locator:[0-9A-Za-z]{8}}")
	@AllowedRoles({ Role.COMPLAINT_OFFICER, Role.REGION_ADMIN })
	String open(@PathVariable String locator, @AuthenticationPrincipal ProngsaiUser user, Model model) {
		model.addAttribute("complaint", handling.open(user, locator));
		model.addAttribute("outcomes", ComplaintStage.Outcome.values());
		return DETAIL;
	}

	@GetMapping("/admin/complaints/{locator:[0-9A-Za-z]{8}}/files/{file}")
	@AllowedRoles({ Role.COMPLAINT_OFFICER, Role.REGION_ADMIN })
	ResponseEntity<byte[]> file(@PathVariable String locator, @PathVariable UUID file,
			@AuthenticationPrincipal ProngsaiUser user) {
		ComplaintRecords.Attachment attachment = handling.file(user, locator, file);
		// Always downloaded, never shown in the portal's own origin: a file is the complainant's, not ours.
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.name(), StandardCharsets.UTF_8).build().toString())
			.body(attachment.content());
	}

	@PostMapping("/admin/complaints/{locator:[0-9A-Za-z]{8}}/{step:[a-z]+}")
	@AllowedRoles({ Role.COMPLAINT_OFFICER, Role.REGION_ADMIN })
	String step(@PathVariable String locator, @PathVariable String step, @RequestParam(defaultValue = "") String message,
			@RequestParam(defaultValue = "") String outcome, @AuthenticationPrincipal ProngsaiUser user, Model model,
			RedirectAttributes redirect) {
		try {
			switch (step) {
				case "acknowledge" -> handling.acknowledge(user, locator, message);
				case "investigate" -> handling.investigate(user, locator, message);
				case "conclude" -> handling.conclude(user, locator, outcome, message);
				case "reopen" -> handling.reopen(user, locator, message);
				case "write" -> handling.write(user, locator, message);
				default -> throw new org.prongsai.platform.web.NotFoundException("step");
			}
		}
		catch (Rejected ex) {
			model.addAttribute("problem", ex);
			model.addAttribute("failedStep", step);
			model.addAttribute("message", message);
			return open(locator, user, model);
		}
		redirect.addFlashAttribute("saved", "integrity.complaint.saved." + step);
		return "redirect:/admin/complaints/" + locator;
	}
}
