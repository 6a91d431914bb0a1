package org.prongsai.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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
import org.prongsai.platform.calendar.DateRange;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/**
 * Finance's screen for the criminal investigation fund (O13): each quarter's allocation, spending
 * and cases with the balance carried, a form per quarter, the report through a quarter to check
 * as PDF, Excel or Word, and the button that publishes it.
 */
@Controller
@AllowedRoles({ Role.FINANCE, Role.STATION_ADMIN, Role.REGION_ADMIN })
class InvestigationFundController {

	static final String VIEW = "reporting/admin/investigation-fund";

	/** The quarter the ITA's report runs through: the end of March. */
	static final int ITA_QUARTER = 2;

	private final InvestigationFund fund;
	private final FundDocuments documents;
	private final FundPublishing publishing;
	private final Clock clock;

	InvestigationFundController(InvestigationFund fund, FundDocuments documents,
			FundPublishing publishing, Clock clock) {
		this.fund = fund;
		this.documents = documents;
		this.publishing = publishing;
		this.clock = clock;
	}

	@ConsoleLink(messageKey = "reporting.fund.nav", order = 33)
	@GetMapping("/admin/investigation-fund")
	String year(@RequestParam(required = false) @Nullable String year, @Acting StationView station, Model model) {
		return page(station, ReportScreens.year(year, clock), null, model);
	}

	@PostMapping("/admin/investigation-fund/quarters/{quarter:[1-4]}")
	String record(@PathVariable int quarter, @RequestParam String year, @RequestParam(defaultValue = "0") int version,
			@RequestParam(defaultValue = "") String allocated, @RequestParam(defaultValue = "") String spent,
			@RequestParam(defaultValue = "") String cases, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, Model model, RedirectAttributes redirect) {
		FiscalYear which = ReportScreens.year(year, clock);
		FundQuarter.Entry entry = new FundQuarter.Entry(allocated, spent, cases, note);
		try {
			fund.record(station.id(), which, quarter, version, entry, user.getUsername());
			redirect.addFlashAttribute("saved", "reporting.procurement.saved");
			return "redirect:/admin/investigation-fund?year=" + which.beYear();
		}
		catch (ReportingRejected ex) {
			model.addAttribute("problem", ex);
			return page(station, which, new Typed(quarter, entry), model);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
			return page(station, which, null, model);
		}
	}

	/** The report through a quarter as it would be published, to check before publishing. */
	@GetMapping("/admin/investigation-fund/report/{year}-q{quarter:[1-4]}.{format:pdf|xlsx|docx}")
	ResponseEntity<byte[]> report(@PathVariable String year, @PathVariable int quarter, @PathVariable String format,
			@Acting StationView station) {
		FiscalYear which = ReportScreens.year(year, clock);
		FundDocuments.Generated files = documents.generate(station, fund.report(station.id(), which, quarter));
		byte[] body = switch (format) {
			case "pdf" -> files.pdf();
			case "xlsx" -> files.xlsx();
			default -> files.docx();
		};
		return ReportScreens.download(body, ReportScreens.contentType(format),
				"investigation-fund-" + station.code() + "-" + which.beYear() + "-q" + quarter + "." + format);
	}

	@PostMapping("/admin/investigation-fund/publish")
	String publish(@RequestParam String year, @RequestParam(defaultValue = "2") int quarter,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, RedirectAttributes redirect) {
		FiscalYear which = ReportScreens.year(year, clock);
		if (quarter < 1 || quarter > 4) {
			throw new NotFoundException("quarter " + quarter);
		}
		ReportScreens.publish(redirect, () -> publishing.publish(station, which, quarter, user.getUsername()),
				"reporting.fund.published", "reporting.fund.published.unchanged");
		return "redirect:/admin/investigation-fund?year=" + which.beYear();
	}

	private String page(StationView station, FiscalYear year, @Nullable Typed typed, Model model) {
		FundReport whole = fund.report(station.id(), year, 4);
		List<QuarterForm> forms = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			int quarter = q;
			FundReport.Line line = whole.lines().stream().filter(l -> l.figures().quarter() == quarter).findFirst().orElse(null);
			FundQuarter.Entry entry = typed != null && typed.quarter() == q ? typed.entry()
					: line == null ? FundQuarter.Entry.blank() : FundQuarter.Entry.of(line.figures());
			forms.add(new QuarterForm(q, year.quarter(q), line, entry, line == null ? 0 : line.figures().version()));
		}
		model.addAttribute("fiscalYear", year);
		model.addAttribute("quarters", forms);
		model.addAttribute("report", fund.report(station.id(), year, ITA_QUARTER));
		model.addAttribute("reportQuarters", List.of(1, 2, 3, 4));
		return VIEW;
	}

	/** A quarter as the screen shows it: its figures, if recorded, and the form that records them. */
	record QuarterForm(int quarter, DateRange period, FundReport.@Nullable Line line, FundQuarter.Entry entry, int version) {
	}

	/** What was typed into a quarter's form that was refused, shown again for correcting. */
	private record Typed(int quarter, FundQuarter.Entry entry) {
	}

	/** Readiness sends a station missing its investigation fund report here. */
	@Bean
	static DocumentSource investigationFundSource() {
		return new DocumentSource(FundDocuments.KIND, "/admin/investigation-fund");
	}
}
