package org.prongsai.reporting;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/**
 * Finance's budget screen (O12): the year's spending plan by source of funds, category and
 * quarter with the form that adds or changes a line, the disbursements made against it, and the
 * plan to check as PDF or Excel and publish. The six-month report has its own screen.
 */
@Controller
@AllowedRoles({ Role.FINANCE, Role.STATION_ADMIN, Role.REGION_ADMIN })
class BudgetController {

	static final String VIEW = "reporting/admin/budget";

	private final BudgetPlans plans;
	private final BudgetPublishing publishing;
	private final Clock clock;

	BudgetController(BudgetPlans plans, BudgetPublishing publishing, Clock clock) {
		this.plans = plans;
		this.publishing = publishing;
		this.clock = clock;
	}

	@ConsoleLink(messageKey = "reporting.budget.nav", order = 31)
	@GetMapping("/admin/budget")
	String year(@RequestParam(required = false) @Nullable String year, @Acting StationView station, Model model) {
		return page(station, ReportScreens.year(year, clock), BudgetLineEntry.blank(),
				BudgetDisbursement.Entry.blank(), model);
	}

	@GetMapping("/admin/budget/lines/{id}")
	String edit(@PathVariable UUID id, @Acting StationView station, Model model) {
		BudgetLine line = line(station, id);
		model.addAttribute("editing", line);
		return page(station, line.year(), BudgetLineEntry.of(line), BudgetDisbursement.Entry.blank(), model);
	}

	@PostMapping("/admin/budget/lines")
	String add(@RequestParam String year, @RequestParam(defaultValue = "") String source,
			@RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String q1, @RequestParam(defaultValue = "") String q2,
			@RequestParam(defaultValue = "") String q3, @RequestParam(defaultValue = "") String q4,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, Model model, RedirectAttributes redirect) {
		FiscalYear which = ReportScreens.year(year, clock);
		BudgetLineEntry entry = new BudgetLineEntry(source, category, description, List.of(q1, q2, q3, q4));
		try {
			plans.addLine(station.id(), which, entry, user.getUsername());
			redirect.addFlashAttribute("saved", "reporting.procurement.saved");
			return redirect(which);
		}
		catch (ReportingRejected ex) {
			model.addAttribute("problem", ex);
			return page(station, which, entry, BudgetDisbursement.Entry.blank(), model);
		}
	}

	@PostMapping("/admin/budget/lines/{id}")
	String change(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "") String source,
			@RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String q1, @RequestParam(defaultValue = "") String q2,
			@RequestParam(defaultValue = "") String q3, @RequestParam(defaultValue = "") String q4,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, Model model, RedirectAttributes redirect) {
		BudgetLine before = line(station, id);
		BudgetLineEntry entry = new BudgetLineEntry(source, category, description, List.of(q1, q2, q3, q4));
		try {
			plans.changeLine(station.id(), id, version, entry, user.getUsername());
			redirect.addFlashAttribute("saved", "reporting.procurement.saved");
			return redirect(before.year());
		}
		catch (ReportingRejected ex) {
			model.addAttribute("problem", ex);
			model.addAttribute("editing", before);
			return page(station, before.year(), entry, BudgetDisbursement.Entry.blank(), model);
		}
		catch (OptimisticLockingFailureException ex) {
			BudgetLine latest = line(station, id);
			model.addAttribute("editing", latest);
			model.addAttribute("conflict", true);
			return page(station, latest.year(), BudgetLineEntry.of(latest), BudgetDisbursement.Entry.blank(), model);
		}
	}

	@PostMapping("/admin/budget/lines/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam int version, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, RedirectAttributes redirect) {
		BudgetLine line = line(station, id);
		ReportScreens.change(redirect, () -> plans.deleteLine(station.id(), id, version, user.getUsername()),
				"reporting.procurement.deleted");
		return redirect(line.year());
	}

	@PostMapping("/admin/budget/disbursements")
	String pay(@RequestParam String year, @RequestParam(defaultValue = "") String line,
			@RequestParam(defaultValue = "") String paidOn, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "") String note, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			Model model, RedirectAttributes redirect) {
		FiscalYear which = ReportScreens.year(year, clock);
		BudgetDisbursement.Entry entry = new BudgetDisbursement.Entry(line, paidOn, amount, note);
		try {
			plans.recordDisbursement(station.id(), which, entry, user.getUsername());
			redirect.addFlashAttribute("saved", "reporting.procurement.saved");
			return redirect(which) + "#disbursements";
		}
		catch (ReportingRejected ex) {
			model.addAttribute("problem", ex);
			model.addAttribute("problemAt", "#disbursement-form");
			return page(station, which, BudgetLineEntry.blank(), entry, model);
		}
	}

	@PostMapping("/admin/budget/disbursements/{id}/delete")
	String unpay(@PathVariable UUID id, @RequestParam int version, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, RedirectAttributes redirect) {
		BudgetDisbursement paid = plans.disbursement(station.id(), id)
			.orElseThrow(() -> new NotFoundException("disbursement " + id));
		FiscalYear year = line(station, paid.lineId()).year();
		ReportScreens.change(redirect, () -> plans.deleteDisbursement(station.id(), id, version, user.getUsername()),
				"reporting.procurement.deleted");
		return redirect(year) + "#disbursements";
	}

	/** The plan as it would be published, to check before publishing. */
	@GetMapping("/admin/budget/plan/{year}.{format:pdf|xlsx}")
	ResponseEntity<byte[]> plan(@PathVariable String year, @PathVariable String format, @Acting StationView station) {
		FiscalYear which = ReportScreens.year(year, clock);
		GeneratedFiles.PdfAndWorkbook pair = publishing.plan(station, which);
		return ReportScreens.download("pdf".equals(format) ? pair.pdf() : pair.xlsx(), ReportScreens.contentType(format),
				"budget-plan-" + station.code() + "-" + which.beYear() + "." + format);
	}

	@PostMapping("/admin/budget/publish")
	String publish(@RequestParam String year, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			RedirectAttributes redirect) {
		FiscalYear which = ReportScreens.year(year, clock);
		ReportScreens.publish(redirect, () -> publishing.publishPlan(station, which, user.getUsername()),
				"reporting.budget.published", "reporting.budget.published.unchanged");
		return redirect(which);
	}

	private String page(StationView station, FiscalYear year, BudgetLineEntry entry, BudgetDisbursement.Entry payment,
			Model model) {
		List<BudgetLine> lines = plans.lines(station.id(), year);
		model.addAttribute("fiscalYear", year);
		model.addAttribute("lines", lines);
		model.addAttribute("total", BudgetDocuments.PlanRow.total(lines));
		model.addAttribute("linesById", lines.stream().collect(Collectors.toMap(BudgetLine::id, Function.identity())));
		model.addAttribute("disbursements", plans.disbursements(station.id(), year));
		model.addAttribute("entry", entry);
		model.addAttribute("payment", payment);
		model.addAttribute("sources", BudgetLine.SOURCES);
		model.addAttribute("categories", BudgetLine.CATEGORIES);
		return VIEW;
	}

	private BudgetLine line(StationView station, UUID id) {
		return plans.line(station.id(), id).orElseThrow(() -> new NotFoundException("budget line " + id));
	}

	private static String redirect(FiscalYear year) {
		return "redirect:/admin/budget?year=" + year.beYear();
	}

	/** Readiness sends a station missing its budget plan here, where it is made from the plan's lines. */
	@Bean
	static DocumentSource budgetPlanSource() {
		return new DocumentSource(BudgetDocuments.PLAN_KIND, "/admin/budget");
	}
}
