package org.prongsai.disclosure;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

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

	/** O1 … O25: the item codes of the station assessment. */
	static final List<String> ITEMS = IntStream.rangeClosed(1, 25).mapToObj(i -> "O" + i).toList();

	private final Clock clock;

	DisclosureIndexController(Clock clock) {
		this.clock = clock;
	}

	@GetMapping(StationPaths.STATION + "/oit")
	String index(StationView station, Model model) {
		model.addAttribute("items", ITEMS);
		model.addAttribute("fiscalYear", FiscalYear.current(clock));
		return INDEX;
	}
}
