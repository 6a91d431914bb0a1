package org.prongsai.station;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.prongsai.platform.audit.AuditTrail;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;

/**
 * The acting station's audit trail and a check of the whole chain. It lives here rather than in
 * the audit package because only this module knows which station a screen acts for.
 */
@Controller
@AllowedRoles({ Role.STATION_ADMIN, Role.REGION_ADMIN, Role.COMMANDER })
class AuditAdminController {

	static final String VIEW = "station/admin/audit";

	private final AuditTrail trail;

	AuditAdminController(AuditTrail trail) {
		this.trail = trail;
	}

	@ConsoleLink(messageKey = "audit.title", order = 90)
	@GetMapping("/admin/audit")
	String audit(@RequestParam(defaultValue = "false") boolean verify, @Acting StationView station, Model model) {
		model.addAttribute("entries", trail.recent(station.id(), 200));
		if (verify) {
			model.addAttribute("verification", trail.verify());
		}
		return VIEW;
	}
}
