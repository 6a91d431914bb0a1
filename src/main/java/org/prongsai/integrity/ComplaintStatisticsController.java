package org.prongsai.integrity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.prongsai.platform.web.Refusal;
import org.prongsai.station.Acting;
import org.prongsai.station.ActingStation;
import org.prongsai.station.StationView;

/**
 * The complaint statistics screen (O17): a fiscal year's figures as they would be published, the
 * files to check, and the button that publishes them; and, for a region administrator, every
 * station of the region's totals side by side. The figures are never typed: they come from the
 * complaint records.
 */
@Controller
@AllowedRoles({ Role.COMPLAINT_OFFICER, Role.COMMANDER, Role.STATION_ADMIN, Role.REGION_ADMIN })
class ComplaintStatisticsController {

	static final String VIEW = "integrity/admin/complaint-statistics";

	static final String REGION_VIEW = "integrity/admin/complaint-statistics-region";

	private static final String PATH = "/admin/complaint-statistics";

	private final ActingStation acting;

	private final ComplaintStatistics statistics;

	private final ComplaintStatisticsPublishing publishing;

	private final ComplaintStatisticsFigures drawn;

	ComplaintStatisticsController(ActingStation acting, ComplaintStatistics statistics,
			ComplaintStatisticsPublishing publishing, ComplaintStatisticsFigures drawn) {
		this.acting = acting;
		this.statistics = statistics;
		this.publishing = publishing;
		this.drawn = drawn;
	}

	@ConsoleLink(messageKey = "integrity.statistics.nav", order = 47)
	@GetMapping(PATH)
	String page(@RequestParam(required = false) @Nullable String year, @Acting StationView station, Model model) {
		FiscalYear which = year(year);
		model.addAttribute("fiscalYear", which);
		model.addAttribute("statistics", drawn.view(publishing.figures(station, which)));
		return VIEW;
	}

	/** A file as it would be published, to check before publishing. */
	@GetMapping(PATH + "/{year}.{format:pdf|xlsx}")
	ResponseEntity<byte[]> file(@PathVariable String year, @PathVariable String format, @Acting StationView station) {
		FiscalYear which = year(year);
		ComplaintStatisticsDocuments.Generated files = publishing.files(station, which);
		boolean pdf = "pdf".equals(format);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(pdf ? "application/pdf"
					: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("complaint-statistics-" + station.code() + "-" + which.beYear() + "." + format).build().toString())
			.body(pdf ? files.pdf() : files.xlsx());
	}

	@PostMapping(PATH + "/publish")
	String publish(@RequestParam String year, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			RedirectAttributes redirect) {
		FiscalYear which = year(year);
		try {
			int published = publishing.publish(station, which, user.getUsername());
			redirect.addFlashAttribute("saved", published == 0 ? "integrity.statistics.published.unchanged"
					: "integrity.statistics.published");
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("problem", ex);
		}
		return "redirect:" + PATH + "?year=" + which.beYear();
	}

	/** Every station of the region administrator's region: each one's totals, as of the same day. */
	@ConsoleLink(messageKey = "integrity.statistics.region.nav", order = 6)
	@GetMapping(PATH + "/region")
	@AllowedRoles(Role.REGION_ADMIN)
	String region(@RequestParam(required = false) @Nullable String year, @AuthenticationPrincipal ProngsaiUser user,
			Model model) {
		FiscalYear which = year(year);
		List<StationView> stations = acting.choosable(user);
		Map<UUID, ComplaintFigures> figures = statistics.figures(stations.stream().map(StationView::id).toList(), which,
				publishing.asOf(which));
		model.addAttribute("fiscalYear", which);
		model.addAttribute("asOf", publishing.asOf(which));
		List<RegionRow> rows = new java.util.ArrayList<>(stations.stream().map(s -> new RegionRow(s, figures.get(s.id()))).toList());
		rows.add(RegionRow.total(figures.values()));
		model.addAttribute("rows", rows);
		return REGION_VIEW;
	}

	/**
	 * The fiscal year named ({@code 2567}), or without one the year of the last whole day (on 1
	 * October, the year just ended); anything unreadable is a 404.
	 */
	private FiscalYear year(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? publishing.latestYear() : FiscalYear.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("fiscal year " + text);
		}
	}

	/**
	 * A station's totals on the region's screen.
	 * @param station null for the whole region's row
	 */
	record RegionRow(@Nullable StationView station, ComplaintFigures.Period firstSixMonths,
			ComplaintFigures.Period yearToDate) {

		RegionRow(StationView station, ComplaintFigures figures) {
			this(station, figures.firstSixMonths(), figures.yearToDate());
		}

		public List<ComplaintFigures.Period> periods() {
			return List.of(firstSixMonths, yearToDate);
		}

		static RegionRow total(java.util.Collection<ComplaintFigures> all) {
			ComplaintFigures.Period half = null;
			ComplaintFigures.Period year = null;
			for (ComplaintFigures f : all) {
				half = half == null ? f.firstSixMonths() : plus(half, f.firstSixMonths());
				year = year == null ? f.yearToDate() : plus(year, f.yearToDate());
			}
			if (half == null || year == null) {
				throw new NotFoundException("no stations in the region");
			}
			return new RegionRow(null, half, year);
		}

		private static ComplaintFigures.Period plus(ComplaintFigures.Period a, ComplaintFigures.Period b) {
			return new ComplaintFigures.Period(a.from(), a.asOf(), a.received() + b.received(), a.completed() + b.completed());
		}
	}

	/** Readiness sends a station missing its O17 statistics here, where they are made from the records. */
	@Bean
	static DocumentSource complaintStatisticsSource() {
		return new DocumentSource(ComplaintStatisticsDocuments.KIND, PATH);
	}
}
