package org.prongsai.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/**
 * Finance's procurement screen: a month's records with the form that adds one, the month's
 * summary สขร.๑ to check as PDF or Excel, and the button that publishes it to its disclosure item.
 */
@Controller
@AllowedRoles({ Role.FINANCE, Role.STATION_ADMIN, Role.REGION_ADMIN })
class ProcurementController {

	static final String VIEW = "reporting/admin/procurement";

	private final ProcurementRecords records;
	private final ProcurementMonthDocuments documents;
	private final ProcurementPublishing publishing;
	private final Clock clock;

	ProcurementController(ProcurementRecords records, ProcurementMonthDocuments documents,
			ProcurementPublishing publishing, Clock clock) {
		this.records = records;
		this.documents = documents;
		this.publishing = publishing;
		this.clock = clock;
	}

	/**
	 * One bidder line arrives as a single value, which Spring would otherwise split at its commas,
	 * turning a price of 14,200.50 into two; each repeated field is one line, whatever it holds.
	 */
	@InitBinder
	void keepLinesWhole(WebDataBinder binder) {
		binder.registerCustomEditor(List.class, "bidder", new CustomCollectionEditor(List.class));
		binder.registerCustomEditor(List.class, "price", new CustomCollectionEditor(List.class));
	}

	@ConsoleLink(messageKey = "reporting.procurement.nav", order = 30)
	@GetMapping("/admin/procurement")
	String month(@RequestParam(required = false) @Nullable String month, @Acting StationView station, Model model) {
		return page(station, month(month), ProcurementEntry.blank(), model);
	}

	@GetMapping("/admin/procurement/{id}")
	String edit(@PathVariable UUID id, @Acting StationView station, Model model) {
		Procurement record = records.find(station.id(), id).orElseThrow(() -> new NotFoundException("procurement " + id));
		model.addAttribute("editing", record);
		return page(station, record.month(), ProcurementEntry.of(record), model);
	}

	@PostMapping("/admin/procurement")
	String add(ProcurementForm form, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, Model model,
			RedirectAttributes redirect) {
		ProcurementEntry entry = form.entry();
		try {
			UUID id = records.record(station.id(), entry, user.getUsername());
			YearMonth month = records.find(station.id(), id).orElseThrow().month();
			redirect.addFlashAttribute("saved", "reporting.procurement.saved");
			return "redirect:/admin/procurement?month=" + month;
		}
		catch (ReportingRejected ex) {
			model.addAttribute("problem", ex);
			return page(station, month(form.getMonth()), entry, model);
		}
	}

	@PostMapping("/admin/procurement/{id}")
	String change(@PathVariable UUID id, ProcurementForm form, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, Model model, RedirectAttributes redirect) {
		Procurement before = records.find(station.id(), id).orElseThrow(() -> new NotFoundException("procurement " + id));
		ProcurementEntry entry = form.entry();
		try {
			records.change(station.id(), id, form.getVersion(), entry, user.getUsername());
			redirect.addFlashAttribute("saved", "reporting.procurement.saved");
			return "redirect:/admin/procurement?month=" + records.find(station.id(), id).orElseThrow().month();
		}
		catch (ReportingRejected ex) {
			model.addAttribute("problem", ex);
			model.addAttribute("editing", before);
			return page(station, before.month(), entry, model);
		}
		catch (OptimisticLockingFailureException ex) {
			Procurement latest = records.find(station.id(), id).orElseThrow(() -> new NotFoundException("procurement " + id));
			model.addAttribute("editing", latest);
			model.addAttribute("conflict", true);
			return page(station, latest.month(), ProcurementEntry.of(latest), model);
		}
	}

	@PostMapping("/admin/procurement/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam int version, @Acting StationView station,
			RedirectAttributes redirect) {
		Procurement record = records.find(station.id(), id).orElseThrow(() -> new NotFoundException("procurement " + id));
		try {
			records.delete(station.id(), id, version);
			redirect.addFlashAttribute("saved", "reporting.procurement.deleted");
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("failed", "reporting.procurement.conflict");
		}
		return "redirect:/admin/procurement?month=" + record.month();
	}

	/** The month's summary as it would be published, to check before publishing. */
	@GetMapping("/admin/procurement/summary/{month}.{format:pdf|xlsx}")
	ResponseEntity<byte[]> summary(@PathVariable String month, @PathVariable String format, @Acting StationView station) {
		YearMonth which = month(month);
		GeneratedFiles.PdfAndWorkbook pair = documents.generate(station, which, records.month(station.id(), which));
		return ReportScreens.download(pair, format, "sor-kor-ror-1-" + station.code() + "-" + which);
	}

	@PostMapping("/admin/procurement/publish")
	String publish(@RequestParam String month, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			RedirectAttributes redirect) {
		YearMonth which = month(month);
		ReportScreens.publish(redirect, () -> publishing.publishMonth(station, which, user.getUsername()),
				"reporting.procurement.published", "reporting.procurement.published.unchanged");
		return "redirect:/admin/procurement?month=" + which;
	}

	private String page(StationView station, YearMonth month, ProcurementEntry entry,
			Model model) {
		List<Procurement> monthRecords = records.month(station.id(), month);
		model.addAttribute("month", month);
		model.addAttribute("fiscalYear", FiscalYear.containing(month.atDay(1)));
		model.addAttribute("records", monthRecords);
		model.addAttribute("entry", entry);
		model.addAttribute("methods", ProcurementMethod.values());
		return VIEW;
	}

	private YearMonth month(@Nullable String text) {
		return ReportScreens.month(text, clock);
	}
}
