package org.prongsai.reporting;

import java.io.InputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
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
import org.prongsai.platform.files.ReadingSlots;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/**
 * The statistics screen (O11): for crimes and for checkpoints, a fiscal year's months with figures,
 * each month's files to check and the button that publishes them, and the import of a CSV or Excel
 * file of figures; checkpoint figures can also be typed in month by month.
 */
@Controller
@AllowedRoles({ Role.PUBLISHER, Role.OFFICER, Role.STATION_ADMIN, Role.REGION_ADMIN })
class StatisticsController {

	static final String VIEW = "reporting/admin/statistics";

	private final CrimeStatistics statistics;
	private final CrimeMonthDocuments documents;
	private final CheckpointStatistics checkpoints;
	private final CheckpointMonthDocuments checkpointDocuments;
	private final StatisticsPublishing publishing;
	private final ReadingSlots slots;
	private final Clock clock;

	StatisticsController(CrimeStatistics statistics, CrimeMonthDocuments documents,
			CheckpointStatistics checkpoints, CheckpointMonthDocuments checkpointDocuments, StatisticsPublishing publishing,
			ReadingSlots slots, Clock clock) {
		this.statistics = statistics;
		this.documents = documents;
		this.checkpoints = checkpoints;
		this.checkpointDocuments = checkpointDocuments;
		this.publishing = publishing;
		this.slots = slots;
		this.clock = clock;
	}

	@ConsoleLink(messageKey = "reporting.statistics.nav", order = 26)
	@GetMapping("/admin/statistics")
	String year(@RequestParam(required = false) @Nullable String month, @Acting StationView station, Model model) {
		YearMonth shown = ReportScreens.month(month, clock);
		FiscalYear year = FiscalYear.containing(shown.atDay(1));
		model.addAttribute("fiscalYear", year);
		model.addAttribute("month", shown);
		model.addAttribute("months", statistics.months(station.id(), year));
		model.addAttribute("offences", CrimeOffence.ALL);
		model.addAttribute("crimeCounts", CrimeStatistics.HEADER.subList(2, 5));
		model.addAttribute("checkpointMonths", checkpoints.months(station.id(), year));
		model.addAttribute("measures", CheckpointMeasure.ALL);
		model.addAttribute("checkpointHeader", String.join(", ", CheckpointStatistics.HEADER));
		if (!model.containsAttribute("checkpointTyped")) {
			Map<String, String> typed = new LinkedHashMap<>();
			checkpoints.month(station.id(), shown)
				.ifPresent(m -> m.amounts().forEach((code, amount) -> typed.put(code, String.valueOf(amount))));
			model.addAttribute("checkpointTyped", typed);
		}
		if (!model.containsAttribute("crimeTyped")) {
			Map<String, String> typed = new LinkedHashMap<>();
			for (CrimeStatistics.Figure f : statistics.month(station.id(), shown)) {
				CrimeOffence offence = CrimeOffence.coded(f.offence()).orElseThrow();
				typed.put(CrimeStatistics.field("reported", offence), String.valueOf(f.reported()));
				typed.put(CrimeStatistics.field("solved", offence), String.valueOf(f.solved()));
				typed.put(CrimeStatistics.field("arrested", offence), String.valueOf(f.arrested()));
			}
			model.addAttribute("crimeTyped", typed);
		}
		return VIEW;
	}

	/** The file is read and its rows checked here, before the import's transaction begins. */
	@PostMapping("/admin/statistics/import")
	String importFile(@RequestParam("file") MultipartFile file, @RequestParam String month,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, RedirectAttributes redirect) {
		return imported(month, station, redirect, (stationId, year) -> statistics.importFile(stationId, fileName(file),
				CrimeStatistics.figures(read(file, CrimeStatistics.HEADER), year), user.getUsername()), "#import");
	}

	@PostMapping("/admin/statistics/checkpoints/import")
	String importCheckpoints(@RequestParam("file") MultipartFile file, @RequestParam String month,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, RedirectAttributes redirect) {
		return imported(month, station, redirect, (stationId, year) -> checkpoints.importFile(stationId, fileName(file),
				CheckpointStatistics.figures(read(file, CheckpointStatistics.HEADER), year), user.getUsername()),
				"#checkpoint-import");
	}

	/** The uploaded file's rows, read in a reading slot. */
	private FiguresFile read(MultipartFile file, List<String> header) {
		return slots.read(() -> {
			try (InputStream content = file.getInputStream()) {
				return FiguresFile.read(fileName(file), content, header);
			}
		});
	}

	/** Imports for the acting station and the fiscal year of the month shown, and says how it went. */
	private String imported(String month, StationView station, RedirectAttributes redirect, Importer importer,
			String section) {
		YearMonth shown = ReportScreens.month(month, clock);
		FiguresFile.Outcome outcome = importer.importFor(station.id(), FiscalYear.containing(shown.atDay(1)));
		if (outcome.problems().isEmpty()) {
			redirect.addFlashAttribute("saved", "reporting.statistics.imported");
		}
		else {
			redirect.addFlashAttribute("problems", outcome.problems());
			redirect.addFlashAttribute("problemsAt", section);
		}
		return "redirect:/admin/statistics?month=" + shown;
	}

	@PostMapping("/admin/statistics/checkpoints")
	String enterCheckpoints(@RequestParam String month, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, RedirectAttributes redirect) {
		YearMonth which = ReportScreens.month(month, clock);
		Set<String> invalid = checkpoints.enter(station.id(), which, form, user.getUsername());
		return entered(which, form, invalid, "checkpoint", "reporting.checkpoints.saved", redirect);
	}

	@PostMapping("/admin/statistics/crimes")
	String enterCrimes(@RequestParam String month, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, RedirectAttributes redirect) {
		YearMonth which = ReportScreens.month(month, clock);
		Set<String> invalid = statistics.enter(station.id(), which, form, user.getUsername());
		return entered(which, form, invalid, "crime", "reporting.statistics.saved", redirect);
	}

	/** Says a typed month was saved, or gives the form back as typed with the fields that are not counts. */
	private static String entered(YearMonth month, Map<String, String> form, Set<String> invalid, String figures,
			String savedKey, RedirectAttributes redirect) {
		if (invalid.isEmpty()) {
			redirect.addFlashAttribute("saved", savedKey);
		}
		else {
			redirect.addFlashAttribute(figures + "Typed", new LinkedHashMap<>(form));
			redirect.addFlashAttribute(figures + "Invalid", invalid);
		}
		return "redirect:/admin/statistics?month=" + month;
	}

	@GetMapping("/admin/statistics/report/{month}.{format:pdf|xlsx}")
	ResponseEntity<byte[]> report(@PathVariable String month, @PathVariable String format, @Acting StationView station) {
		YearMonth which = ReportScreens.month(month, clock);
		return ReportScreens.download(documents.generate(station, which, statistics.month(station.id(), which)), format,
				"crime-statistics-" + station.code() + "-" + which);
	}

	@PostMapping("/admin/statistics/publish")
	@AllowedRoles({ Role.PUBLISHER, Role.STATION_ADMIN, Role.REGION_ADMIN })
	String publish(@RequestParam String month, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			RedirectAttributes redirect) {
		YearMonth which = ReportScreens.month(month, clock);
		ReportScreens.publish(redirect, () -> publishing.publishCrimes(station, which, user.getUsername()),
				"reporting.statistics.published", "reporting.statistics.published.unchanged");
		return "redirect:/admin/statistics?month=" + which;
	}

	@GetMapping("/admin/statistics/checkpoints/report/{month}.{format:pdf|xlsx}")
	ResponseEntity<byte[]> checkpointReport(@PathVariable String month, @PathVariable String format,
			@Acting StationView station) {
		YearMonth which = ReportScreens.month(month, clock);
		return ReportScreens.download(checkpointDocuments.generate(station, checkpoints.month(station.id(), which)
			.orElseThrow(() -> new NotFoundException("checkpoint figures " + which))), format,
				"checkpoint-statistics-" + station.code() + "-" + which);
	}

	@PostMapping("/admin/statistics/checkpoints/publish")
	@AllowedRoles({ Role.PUBLISHER, Role.STATION_ADMIN, Role.REGION_ADMIN })
	String publishCheckpoints(@RequestParam String month, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, RedirectAttributes redirect) {
		YearMonth which = ReportScreens.month(month, clock);
		ReportScreens.publish(redirect, () -> publishing.publishCheckpoints(station, which, user.getUsername()),
				"reporting.statistics.published", "reporting.statistics.published.unchanged");
		return "redirect:/admin/statistics?month=" + which;
	}

	private static String fileName(MultipartFile file) {
		return file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
	}

	/** An import into the station's figures of a fiscal year. */
	@FunctionalInterface
	private interface Importer {

		FiguresFile.Outcome importFor(java.util.UUID stationId, FiscalYear year);
	}
}
