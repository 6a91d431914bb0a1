package org.prongsai.integrity;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/**
 * The station's feedback for the commander, read only: each month of a fiscal year by service
 * (how many rated, the average, how many gave each rating), months without feedback shown as
 * such, and the year's newest comments, masked.
 */
@Controller
@AllowedRoles({ Role.COMMANDER, Role.STATION_ADMIN, Role.REGION_ADMIN, Role.ASSESSOR })
class FeedbackReportController {

	static final String REPORT = "integrity/admin/feedback";

	private final ServiceFeedback feedback;
	private final Clock clock;

	FeedbackReportController(ServiceFeedback feedback, Clock clock) {
		this.feedback = feedback;
		this.clock = clock;
	}

	/** The year named ({@code ?year=2567}), or this fiscal year in Bangkok; an unreadable year is a 404. */
	@ConsoleLink(messageKey = "integrity.feedback.nav", order = 48)
	@GetMapping("/admin/feedback")
	String report(@RequestParam(required = false) @Nullable String year, @Acting StationView station, Model model) {
		FiscalYear which;
		try {
			which = year == null || year.isBlank() ? FiscalYear.current(clock) : FiscalYear.parse(year);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("fiscal year " + year);
		}
		model.addAttribute("fiscalYear", which);
		model.addAttribute("monthly", feedback.monthly(station.id(), which));
		model.addAttribute("ratings", ServiceFeedback.RATINGS);
		model.addAttribute("latestCount", ServiceFeedback.LATEST);
		return REPORT;
	}
}
