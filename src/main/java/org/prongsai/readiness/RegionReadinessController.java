package org.prongsai.readiness;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.prongsai.disclosure.CriteriaCatalogue;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.station.ActingStation;
import org.prongsai.station.StationView;

/** The region's stations side by side, weakest first, so a region can push the stations that need it. */
@Controller
@AllowedRoles(Role.REGION_ADMIN)
class RegionReadinessController {

	static final String VIEW = "readiness/admin/region";

	private final ActingStation acting;

	private final Readiness readiness;

	private final CriteriaCatalogue catalogue;

	private final Judging judging;

	RegionReadinessController(ActingStation acting, Readiness readiness, CriteriaCatalogue catalogue, Judging judging) {
		this.judging = judging;
		this.acting = acting;
		this.readiness = readiness;
		this.catalogue = catalogue;
	}

	@ConsoleLink(messageKey = "readiness.region.nav", order = 4)
	@GetMapping("/admin/region")
	String region(@AuthenticationPrincipal ProngsaiUser user, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate cutOff,
			Model model) {
		FiscalYear fiscalYear = judging.year(year);
		LocalDate date = judging.day(fiscalYear, cutOff);
		List<StationReadiness> stations = acting.choosable(user).stream()
			.map(station -> new StationReadiness(station, readiness.evaluate(station.id(), fiscalYear, date).orElseThrow()))
			.sorted(Comparator.comparing((StationReadiness s) -> s.evaluation().score()).thenComparing(s -> s.station().code()))
			.toList();
		model.addAttribute("region", user.region());
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("cutOff", date);
		model.addAttribute("years", catalogue.years());
		model.addAttribute("stations", stations);
		return VIEW;
	}

	/** One station's line: its evaluation and the codes of the items it fails. */
	record StationReadiness(StationView station, Evaluation evaluation) {

		public List<String> failing() {
			return evaluation.items().stream().filter(i -> !i.passed()).map(i -> i.item().code()).toList();
		}
	}
}
