package org.prongsai.reporting;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
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

import org.prongsai.disclosure.DocumentSource;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/**
 * The procurement plan screen (O14): the year's planned procurements and its announcements, each
 * added through a checked form and removable, the two PDFs to check, and the button that publishes
 * them. Finance keeps them, as it keeps the monthly summaries.
 */
@Controller
@AllowedRoles({ Role.FINANCE, Role.STATION_ADMIN, Role.REGION_ADMIN })
class ProcurementPlanController {

	static final String VIEW = "reporting/admin/procurement-plan";

	private static final String PATH = "/admin/procurement-plan";

	private final ProcurementPlan plan;
	private final ProcurementPlanPublishing publishing;
	private final Clock clock;

	ProcurementPlanController(ProcurementPlan plan, ProcurementPlanPublishing publishing, Clock clock) {
		this.plan = plan;
		this.publishing = publishing;
		this.clock = clock;
	}

	@ConsoleLink(messageKey = "reporting.plan.nav", order = 24)
	@GetMapping(PATH)
	String year(@RequestParam(required = false) @Nullable String year, @Acting StationView station, Model model) {
		return page(station, year(year), ProcurementPlan.PlanEntry.blank(),
				ProcurementPlan.AnnouncementEntry.blank(), model);
	}

	@PostMapping(PATH + "/items")
	String addItem(@RequestParam String year, ProcurementPlan.PlanEntry entry, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, Model model, RedirectAttributes redirect) {
		FiscalYear fy = year(year);
		try {
			plan.plan(station.id(), fy, entry, user.getUsername());
		}
		catch (ReportingRejected ex) {
			model.addAttribute("problem", ex);
			model.addAttribute("problemAt", "#plan-form");
			return page(station, fy, entry, ProcurementPlan.AnnouncementEntry.blank(), model);
		}
		redirect.addFlashAttribute("saved", "reporting.plan.saved");
		return redirect(fy);
	}

	@PostMapping(PATH + "/announcements")
	String addAnnouncement(@RequestParam String year, ProcurementPlan.AnnouncementEntry entry,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, Model model, RedirectAttributes redirect) {
		FiscalYear fy = year(year);
		try {
			plan.announce(station.id(), fy, entry, user.getUsername());
		}
		catch (ReportingRejected ex) {
			model.addAttribute("problem", ex);
			model.addAttribute("problemAt", "#announcement-form");
			return page(station, fy, ProcurementPlan.PlanEntry.blank(), entry, model);
		}
		redirect.addFlashAttribute("saved", "reporting.announcement.saved");
		return redirect(fy);
	}

	@PostMapping(PATH + "/{what:items|announcements}/{id}/delete")
	String remove(@PathVariable String what, @PathVariable UUID id, @RequestParam String year, @Acting StationView station,
			RedirectAttributes redirect) {
		try {
			if ("items".equals(what)) {
				plan.removeItem(station.id(), id);
			}
			else {
				plan.removeAnnouncement(station.id(), id);
			}
		}
		catch (ReportingRejected ex) {
			throw new NotFoundException(what + " " + id);
		}
		redirect.addFlashAttribute("saved", "reporting.plan.removed");
		return redirect(year(year));
	}

	/** A PDF as it would be published, to check first. */
	@GetMapping(PATH + "/{year:\\d{4}}/{document:plan|announcements}.pdf")
	ResponseEntity<byte[]> preview(@PathVariable String year, @PathVariable String document, @Acting StationView station) {
		FiscalYear fy = year(year);
		byte[] pdf = "plan".equals(document) ? publishing.planPdf(station, fy) : publishing.announcementsPdf(station, fy);
		return ReportScreens.download(pdf, MediaType.APPLICATION_PDF_VALUE,
				"procurement-" + document + "-" + station.code() + "-" + fy.beYear() + ".pdf");
	}

	@PostMapping(PATH + "/publish")
	String publish(@RequestParam String year, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			RedirectAttributes redirect) {
		FiscalYear fy = year(year);
		ReportScreens.publish(redirect, () -> publishing.publish(station, fy, user.getUsername()), "reporting.plan.published",
				"reporting.plan.published.unchanged");
		return redirect(fy);
	}

	private String page(StationView station, FiscalYear year, ProcurementPlan.PlanEntry planEntry,
			ProcurementPlan.AnnouncementEntry announcementEntry, Model model) {
		model.addAttribute("fiscalYear", year);
		model.addAttribute("items", plan.items(station.id(), year));
		model.addAttribute("announcements", plan.announcements(station.id(), year));
		model.addAttribute("planEntry", planEntry);
		model.addAttribute("announcementEntry", announcementEntry);
		model.addAttribute("methods", ProcurementMethod.values());
		model.addAttribute("kinds", ProcurementPlan.AnnouncementKind.values());
		return VIEW;
	}

	private FiscalYear year(@Nullable String beYear) {
		return ReportScreens.year(beYear, clock);
	}

	private static String redirect(FiscalYear year) {
		return "redirect:" + PATH + "?year=" + year.beYear();
	}

	/** Readiness sends a station missing its procurement plan or announcements here. */
	@Bean
	static DocumentSource procurementPlanSource() {
		return new DocumentSource(ProcurementPlanPublishing.PLAN, PATH);
	}

	@Bean
	static DocumentSource procurementAnnouncementsSource() {
		return new DocumentSource(ProcurementPlanPublishing.ANNOUNCEMENTS, PATH);
	}
}
