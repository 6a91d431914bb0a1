package org.prongsai.integrity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/** Where to report corruption or misconduct by the station's officers, kept apart from general complaints. */
@Controller
class ComplaintChannelsController {

	static final String CHANNELS = "integrity/public/channels";

	@GetMapping(StationPaths.STATION + "/complaints")
	String channels(StationView station) {
		return CHANNELS;
	}
}
