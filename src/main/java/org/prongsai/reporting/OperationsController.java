package org.prongsai.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.platform.web.Refusal;
import org.prongsai.station.Acting;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * The monthly operations report's screen: a month's activities, the form that records one with
 * its photo, the report to check as PDF or Word, and the button that publishes it.
 */
@Controller
@AllowedRoles({ Role.PUBLISHER, Role.OFFICER, Role.STATION_ADMIN, Role.REGION_ADMIN })
class OperationsController {

	static final String VIEW = "reporting/admin/operations";

	private final Activities activities;
	private final OperationsMonthDocuments documents;
	private final OperationsPublishing publishing;
	private final StationDirectory stations;
	private final Files files;
	private final Clock clock;

	OperationsController(Activities activities, OperationsMonthDocuments documents,
			OperationsPublishing publishing, StationDirectory stations, Files files, Clock clock) {
		this.activities = activities;
		this.documents = documents;
		this.publishing = publishing;
		this.stations = stations;
		this.files = files;
		this.clock = clock;
	}

	@ConsoleLink(messageKey = "reporting.operations.nav", order = 25)
	@GetMapping("/admin/operations")
	String month(@RequestParam(required = false) @Nullable String month, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, Model model) {
		model.addAttribute("mayPublish", Activities.REPORT_KEEPERS.stream().anyMatch(user::has));
		YearMonth which = month(month);
		List<Activity> recorded = activities.month(station.id(), which);
		model.addAttribute("month", which);
		model.addAttribute("fiscalYear", FiscalYear.containing(which.atDay(1)));
		model.addAttribute("activities", recorded);
		model.addAttribute("deletable", recorded.stream().filter(a -> Activities.mayDelete(a, user)).map(Activity::id)
			.collect(Collectors.toSet()));
		model.addAttribute("units", stations.units(station.id()));
		model.addAttribute("photoAccept", FileUse.PHOTO.accept());
		return VIEW;
	}

	@PostMapping("/admin/operations")
	String record(@RequestParam String title, @RequestParam String details, @RequestParam String startedOn,
			@RequestParam(defaultValue = "") String endedOn, @RequestParam(defaultValue = "") String unit,
			@RequestParam(required = false) @Nullable MultipartFile photo, @RequestParam(defaultValue = "") String month,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, RedirectAttributes redirect) {
		try (@Nullable CheckedFile checked = photo == null || photo.isEmpty() ? null : files.check(FileUse.PHOTO, photo)) {
			UUID id = activities.record(station.id(), title, details, startedOn, endedOn, unit, checked, user.getUsername());
			redirect.addFlashAttribute("saved", "reporting.procurement.saved");
			return "redirect:/admin/operations?month=" + activities.find(station.id(), id).orElseThrow().month();
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("failed", ex.messageKey());
			redirect.addFlashAttribute("failedArgs", ex.arguments());
			return "redirect:/admin/operations" + (month.isBlank() ? "" : "?month=" + month(month));
		}
	}

	@PostMapping("/admin/operations/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam int version, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, RedirectAttributes redirect) {
		Activity activity = activities.find(station.id(), id).orElseThrow(() -> new NotFoundException("activity " + id));
		try {
			activities.delete(station.id(), id, version, user);
			redirect.addFlashAttribute("saved", "reporting.procurement.deleted");
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("failed", "reporting.procurement.conflict");
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("failed", ex.messageKey());
		}
		return "redirect:/admin/operations?month=" + activity.month();
	}

	/** The month's report as it would be published, to check before publishing. */
	@GetMapping("/admin/operations/report/{month}.{format:pdf|docx}")
	ResponseEntity<byte[]> report(@PathVariable String month, @PathVariable String format, @Acting StationView station) {
		YearMonth which = month(month);
		OperationsMonthDocuments.Pair pair = documents.generate(station, which, activities.month(station.id(), which));
		boolean pdf = "pdf".equals(format);
		return ReportScreens.download(pdf ? pair.pdf() : pair.docx(), pdf ? "application/pdf"
				: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"operations-report-" + station.code() + "-" + which + "." + format);
	}

	/** Officers record activities; publishing the month's report is the publishing officer's. */
	@PostMapping("/admin/operations/publish")
	@AllowedRoles({ Role.PUBLISHER, Role.STATION_ADMIN, Role.REGION_ADMIN })
	String publish(@RequestParam String month, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			RedirectAttributes redirect) {
		YearMonth which = month(month);
		ReportScreens.publish(redirect, () -> publishing.publishMonth(station, which, user.getUsername()),
				"reporting.operations.published", "reporting.operations.published.unchanged");
		return "redirect:/admin/operations?month=" + which;
	}

	private YearMonth month(@Nullable String text) {
		return ReportScreens.month(text, clock);
	}
}
