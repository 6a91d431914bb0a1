package org.prongsai.eservice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.Acting;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/** The duty roster screen: the shifts to come, a form for a new one, and a button to remove each. */
@Controller
@AllowedRoles({ Role.PUBLISHER, Role.STATION_ADMIN, Role.REGION_ADMIN })
class DutyRosterController {

	static final String VIEW = "eservice/admin/duty";

	private final DutyRoster roster;
	private final StationDirectory stations;
	private final Clock clock;

	DutyRosterController(DutyRoster roster, StationDirectory stations, Clock clock) {
		this.roster = roster;
		this.stations = stations;
		this.clock = clock;
	}

	@ConsoleLink(messageKey = "eservice.duty.nav", order = 40)
	@GetMapping("/admin/duty")
	String roster(@Acting StationView station, Model model) {
		return page(station, new DutyRoster.ShiftEntry("", LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).toString(),
				"08:30", "16:30", ""), model);
	}

	@PostMapping("/admin/duty")
	String add(DutyRoster.ShiftEntry entry, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			Model model, RedirectAttributes redirect) {
		try {
			roster.add(station.id(), entry, user.getUsername());
		}
		catch (EServiceRejected ex) {
			model.addAttribute("problem", ex);
			return page(station, entry, model);
		}
		redirect.addFlashAttribute("saved", "eservice.duty.saved");
		return "redirect:/admin/duty";
	}

	@PostMapping("/admin/duty/{id}/delete")
	String remove(@PathVariable UUID id, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			RedirectAttributes redirect) {
		try {
			roster.remove(station.id(), id, user.getUsername());
		}
		catch (EServiceRejected ex) {
			throw new NotFoundException("shift " + id);
		}
		redirect.addFlashAttribute("saved", "eservice.duty.removed");
		return "redirect:/admin/duty";
	}

	private String page(StationView station, DutyRoster.ShiftEntry entry, Model model) {
		model.addAttribute("shifts", roster.upcoming(station.id()));
		model.addAttribute("officers", stations.officers(station.id()));
		model.addAttribute("entry", entry);
		return VIEW;
	}
}
