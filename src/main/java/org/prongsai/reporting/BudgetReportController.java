package org.prongsai.reporting;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/**
 * The six-month budget report's screen: the plan against what was paid by the end of March,
 * the problems and suggestions finance writes, the commander's acknowledgement, and the report
 * to check as PDF or Excel and publish. The commander reads and acknowledges; only finance and
 * the administrators write and publish.
 */
@Controller
@AllowedRoles({ Role.FINANCE, Role.STATION_ADMIN, Role.REGION_ADMIN, Role.COMMANDER })
class BudgetReportController {

	static final String VIEW = "reporting/admin/budget-report";

	private final SixMonthReports reports;
	private final BudgetDocuments documents;
	private final BudgetPublishing publishing;
	private final Clock clock;

	BudgetReportController(SixMonthReports reports, BudgetDocuments documents,
			BudgetPublishing publishing, Clock clock) {
		this.reports = reports;
		this.documents = documents;
		this.publishing = publishing;
		this.clock = clock;
	}

	@ConsoleLink(messageKey = "reporting.budget.report.nav", order = 32)
	@GetMapping("/admin/budget/report")
	String report(@RequestParam(required = false) @Nullable String year, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, Model model) {
		SixMonthReport report = reports.report(station.id(), ReportScreens.year(year, clock));
		return page(station, report, report.problems(), report.suggestions(), user, model);
	}

	@PostMapping("/admin/budget/report")
	@AllowedRoles({ Role.FINANCE, Role.STATION_ADMIN, Role.REGION_ADMIN })
	String write(@RequestParam String year, @RequestParam int version, @RequestParam(defaultValue = "") String problems,
			@RequestParam(defaultValue = "") String suggestions, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, Model model, RedirectAttributes redirect) {
		FiscalYear which = ReportScreens.year(year, clock);
		try {
			reports.write(station.id(), which, problems, suggestions, version, user.getUsername());
			redirect.addFlashAttribute("saved", "reporting.procurement.saved");
			return redirect(which);
		}
		catch (ReportingRejected ex) {
			model.addAttribute("problem", ex);
			return page(station, reports.report(station.id(), which), problems, suggestions, user, model);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
			SixMonthReport latest = reports.report(station.id(), which);
			return page(station, latest, latest.problems(), latest.suggestions(), user, model);
		}
	}

	/** The commander acknowledges the report they read; a report changed since then is refused. */
	@PostMapping("/admin/budget/report/acknowledge")
	@AllowedRoles(Role.COMMANDER)
	String acknowledge(@RequestParam String year, @RequestParam(defaultValue = "") String fingerprint,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, RedirectAttributes redirect) {
		FiscalYear which = ReportScreens.year(year, clock);
		ReportScreens.change(redirect, () -> reports.acknowledge(station.id(), which, fingerprint, user.getUsername(),
				user.displayName()), "reporting.budget.report.acknowledged");
		return redirect(which);
	}

	/** The report as it would be published, to check before publishing. */
	@GetMapping("/admin/budget/report/{year}.{format:pdf|xlsx}")
	ResponseEntity<byte[]> file(@PathVariable String year, @PathVariable String format, @Acting StationView station) {
		FiscalYear which = ReportScreens.year(year, clock);
		GeneratedFiles.PdfAndWorkbook pair = documents.report(station, reports.report(station.id(), which));
		return ReportScreens.download("pdf".equals(format) ? pair.pdf() : pair.xlsx(), ReportScreens.contentType(format),
				"budget-report-" + station.code() + "-" + which.beYear() + "." + format);
	}

	@PostMapping("/admin/budget/report/publish")
	@AllowedRoles({ Role.FINANCE, Role.STATION_ADMIN, Role.REGION_ADMIN })
	String publish(@RequestParam String year, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			RedirectAttributes redirect) {
		FiscalYear which = ReportScreens.year(year, clock);
		ReportScreens.publish(redirect, () -> publishing.publishReport(station, which, user.getUsername()),
				"reporting.budget.report.published", "reporting.budget.report.published.unchanged");
		return redirect(which);
	}

	private String page(StationView station, SixMonthReport report, String problems, String suggestions, ProngsaiUser user,
			Model model) {
		model.addAttribute("fiscalYear", report.year());
		model.addAttribute("report", report);
		model.addAttribute("problems", problems);
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("mayWrite", user.has(Role.FINANCE) || user.has(Role.STATION_ADMIN) || user.has(Role.REGION_ADMIN));
		model.addAttribute("mayAcknowledge", user.has(Role.COMMANDER));
		return VIEW;
	}

	private static String redirect(FiscalYear year) {
		return "redirect:/admin/budget/report?year=" + year.beYear();
	}

	/** Readiness sends a station missing its six-month budget report here. */
	@Bean
	static DocumentSource budgetReportSource() {
		return new DocumentSource(BudgetDocuments.REPORT_KIND, "/admin/budget/report");
	}
}
