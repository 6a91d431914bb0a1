package org.prongsai.eservice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/** The station's e-services page: every national service one click from the home page, and who serves its desk now. */
@Controller
class EServicePublicController {

	static final String INDEX = "eservice/public/index";

	private final DutyRoster roster;

	EServicePublicController(DutyRoster roster) {
		this.roster = roster;
	}

	@GetMapping(StationPaths.STATION + "/e-services")
	String index(StationView station, Model model) {
		model.addAttribute("services", NationalService.ALL);
		model.addAttribute("onDuty", roster.onDuty(station.id()));
		return INDEX;
	}
}
