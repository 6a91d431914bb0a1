package org.prongsai.readiness;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.disclosure.Criteria;
import org.prongsai.disclosure.CriteriaCatalogue;
import org.prongsai.disclosure.LinkChecker;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.CurrentUser;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/**
 * The commander's view: the 25 items at a glance, what fails and why, and what falls due next.
 * Read-only, so assessors may open it too.
 */
@Controller
@AllowedRoles({ Role.COMMANDER, Role.PUBLISHER, Role.STATION_ADMIN, Role.REGION_ADMIN, Role.ASSESSOR, Role.FINANCE, Role.SUPPLY, Role.COMPLAINT_OFFICER })
class ReadinessDashboardController {

	static final String VIEW = "readiness/admin/dashboard";

	private final Readiness readiness;

	private final CriteriaCatalogue catalogue;

	private final Judging judging;

	private final LinkChecker links;

	ReadinessDashboardController(Readiness readiness, CriteriaCatalogue catalogue, Judging judging,
			LinkChecker links) {
		this.links = links;
		this.judging = judging;
		this.readiness = readiness;
		this.catalogue = catalogue;
	}

	/**
	 * Defaults to the latest fiscal year with criteria, judged today or, for a year already over,
	 * on its last day.
	 */
	@ConsoleLink(messageKey = "readiness.nav", order = 5)
	@GetMapping("/admin/readiness")
	String dashboard(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate cutOff,
			@Acting StationView station, Model model) {
		FiscalYear fiscalYear = judging.year(year);
		LocalDate date = judging.day(fiscalYear, cutOff);
		Evaluation evaluation = readiness.evaluate(station.id(), fiscalYear, date)
			.orElseThrow(() -> new NotFoundException("no criteria for " + fiscalYear));
		model.addAttribute("evaluation", evaluation);
		// Offer "fix" only where the person can: the items they keep, the profile to its administrators.
		Set<Role> roles = CurrentUser.get().map(ProngsaiUser::roles).orElse(Set.of());
		model.addAttribute("keeps", evaluation.items().stream().map(ItemResult::item).filter(i -> i.keptBy(roles))
			.map(Criteria.ItemCriteria::code).collect(Collectors.toSet()));
		model.addAttribute("keepsProfile", roles.contains(Role.STATION_ADMIN) || roles.contains(Role.REGION_ADMIN));
		model.addAttribute("keepsOrganisation", roles.contains(Role.STATION_ADMIN) || roles.contains(Role.REGION_ADMIN)
				|| roles.contains(Role.PUBLISHER));
		model.addAttribute("years", catalogue.years());
		model.addAttribute("linkCheck", links.latest(station.id()).orElse(null));
		return VIEW;
	}

	/**
	 * Starts opening every published link of the station in the background; the dashboard says it
	 * is running, and then which are broken.
	 */
	@PostMapping("/admin/readiness/links")
	@AllowedRoles({ Role.COMMANDER, Role.PUBLISHER, Role.STATION_ADMIN, Role.REGION_ADMIN })
	String checkLinks(@RequestParam(required = false) @Nullable Integer year, @Acting StationView station,
			RedirectAttributes redirect) {
		try {
			links.start(station.id());
		}
		catch (LinkChecker.Busy ex) {
			redirect.addFlashAttribute("linksBusy", ex.messageKey());
		}
		return "redirect:/admin/readiness" + (year == null ? "" : "?year=" + year);
	}
}
