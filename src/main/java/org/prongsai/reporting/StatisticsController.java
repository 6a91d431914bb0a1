package org.prongsai.reporting;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.AdminLink;
import org.prongsai.station.ActingStation;
import org.prongsai.station.StationView;

/**
 * The crime statistics screen (O11): a fiscal year's months with figures, the import of a CSV or
 * Excel file of a month's figures, each month's files to check, and the button that publishes them.
 */
@Controller
@PreAuthorize("hasAnyRole('PUBLISHER', 'OFFICER', 'STATION_ADMIN', 'REGION_ADMIN')")
class StatisticsController {

	static final String VIEW = "reporting/admin/statistics";

	private final ActingStation acting;
	private final CrimeStatistics statistics;
	private final CrimeMonthDocuments documents;
	private final StatisticsPublishing publishing;
	private final Clock clock;

	StatisticsController(ActingStation acting, CrimeStatistics statistics, CrimeMonthDocuments documents,
			StatisticsPublishing publishing, Clock clock) {
		this.acting = acting;
		this.statistics = statistics;
		this.documents = documents;
		this.publishing = publishing;
		this.clock = clock;
	}

	@GetMapping("/admin/statistics")
	String year(@RequestParam(required = false) @Nullable String month, HttpSession session, Model model) {
		StationView station = acting.current(session);
		FiscalYear year = FiscalYear.containing(ReportScreens.month(month, clock).atDay(1));
		model.addAttribute("actingStation", station);
		model.addAttribute("fiscalYear", year);
		model.addAttribute("month", ReportScreens.month(month, clock));
		model.addAttribute("months", statistics.months(station.id(), year));
		model.addAttribute("offences", CrimeOffence.ALL);
		return VIEW;
	}

	@PostMapping("/admin/statistics/import")
	String importFile(@RequestParam("file") MultipartFile file, @RequestParam String month,
			@AuthenticationPrincipal ProngsaiUser user, HttpSession session, RedirectAttributes redirect) throws IOException {
		StationView station = acting.current(session);
		YearMonth shown = ReportScreens.month(month, clock);
		CrimeStatistics.Outcome outcome = statistics.importFile(station.id(), FiscalYear.containing(shown.atDay(1)),
				file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes(), user.getUsername());
		if (outcome.problems().isEmpty()) {
			redirect.addFlashAttribute("saved", "reporting.statistics.imported");
		}
		else {
			redirect.addFlashAttribute("problems", outcome.problems());
		}
		return "redirect:/admin/statistics?month=" + shown;
	}

	@GetMapping("/admin/statistics/report/{month}.{format:pdf|xlsx}")
	ResponseEntity<byte[]> report(@PathVariable String month, @PathVariable String format, HttpSession session) {
		StationView station = acting.current(session);
		YearMonth which = ReportScreens.month(month, clock);
		CrimeMonthDocuments.Pair pair = documents.generate(station, which, statistics.month(station.id(), which));
		boolean pdf = "pdf".equals(format);
		return ReportScreens.download(pdf ? pair.pdf() : pair.xlsx(), pdf ? "application/pdf"
				: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"crime-statistics-" + station.code() + "-" + which + "." + format);
	}

	@PostMapping("/admin/statistics/publish")
	@PreAuthorize("hasAnyRole('PUBLISHER', 'STATION_ADMIN', 'REGION_ADMIN')")
	String publish(@RequestParam String month, @AuthenticationPrincipal ProngsaiUser user, HttpSession session,
			RedirectAttributes redirect) {
		StationView station = acting.current(session);
		YearMonth which = ReportScreens.month(month, clock);
		ReportScreens.publish(redirect, () -> publishing.publishMonth(station, which, user.getUsername()),
				"reporting.statistics.published", "reporting.statistics.published.unchanged");
		return "redirect:/admin/statistics?month=" + which;
	}

	@Bean
	static AdminLink statisticsLink() {
		return new AdminLink("reporting.statistics.nav", "/admin/statistics",
				Set.of(Role.PUBLISHER, Role.OFFICER, Role.STATION_ADMIN, Role.REGION_ADMIN), 26);
	}
}
