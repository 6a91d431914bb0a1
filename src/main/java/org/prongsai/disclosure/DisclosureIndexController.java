package org.prongsai.disclosure;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/**
 * The public index of the 25 disclosure items. Until the items' content is published here, the
 * index names each item and says that it is not published yet, so nobody mistakes it for data.
 */
@Controller
class DisclosureIndexController {

	static final String INDEX = "disclosure/public/index";

	private final Clock clock;

	private final CriteriaCatalogue catalogue;

	DisclosureIndexController(Clock clock, CriteriaCatalogue catalogue) {
		this.clock = clock;
		this.catalogue = catalogue;
	}

	/** The items of the criteria in force for the current fiscal year. */
	@GetMapping(StationPaths.STATION + "/oit")
	String index(StationView station, Model model) {
		FiscalYear year = FiscalYear.current(clock);
		model.addAttribute("fiscalYear", year);
		model.addAttribute("items", catalogue.inForce(year).map(Criteria::items).orElse(List.of()));
		return INDEX;
	}
}
