package org.prongsai.disclosure;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/**
 * The public index of a fiscal year's disclosure items: each links to the item's permanent page
 * and says when it was last published. The bare address opens the current year's index.
 */
@Controller
class DisclosureIndexController {

	static final String INDEX = "disclosure/public/index";

	private final ItemPages pages;

	DisclosureIndexController(ItemPages pages) {
		this.pages = pages;
	}

	/** To the current fiscal year's index, or the latest year's when the current one has no criteria yet. */
	@GetMapping(StationPaths.STATION + "/oit")
	String current(StationView station) {
		return "redirect:/" + station.code() + "/oit/" + pages.defaultYear().beYear();
	}

	@GetMapping(StationPaths.STATION + "/oit/{fy:\\d{4}}")
	String index(StationView station, @PathVariable int fy, Model model) {
		model.addAttribute("page", pages.index(station, pages.criteria(fy)));
		return INDEX;
	}
}
