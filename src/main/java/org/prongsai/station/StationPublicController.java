package org.prongsai.station;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.prongsai.platform.files.FileResponses;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.files.StoredFileView;
import org.prongsai.platform.web.NotFoundException;

/** A station's public home and contact pages, and the list of stations of the deployment. */
@Controller
class StationPublicController {

	static final String HOME = "station/public/home";

	static final String CONTACT = "station/public/contact";

	static final String LIST = "station/public/stations";

	private final StationDirectory directory;

	private final Files files;

	private final @Nullable String homeStation;

	private final List<HomeLinks> homeLinks;

	StationPublicController(StationDirectory directory, Files files, DemoMode demo,
			@Value("${prongsai.home-station:}") @Nullable String homeStation, List<HomeLinks> homeLinks) {
		this.directory = directory;
		this.homeLinks = homeLinks;
		this.files = files;
		boolean unset = homeStation == null || homeStation.isBlank();
		this.homeStation = unset ? (demo.enabled() ? DemoStations.KAMALA : null) : homeStation;
	}

	/** Opens on the home station (the demo's is สภ.กมลา) or the only station; otherwise lists them. */
	@GetMapping("/")
	String root(Model model) {
		if (homeStation != null && directory.findByCode(homeStation).isPresent()) {
			return "redirect:/" + homeStation;
		}
		List<StationView> all = directory.all();
		if (all.size() == 1) {
			return "redirect:/" + all.get(0).code();
		}
		return stations(model);
	}

	@GetMapping("/stations")
	String stations(Model model) {
		model.addAttribute("stations", directory.all());
		return LIST;
	}

	@GetMapping(StationPaths.STATION)
	String home(StationView station, Model model, java.util.Locale locale) {
		model.addAttribute("homeLinks", homeLinks.stream().flatMap(l -> l.links(station, locale.getLanguage()).stream()).toList());
		model.addAttribute("executives", directory.officers(station.id()).stream().filter(OfficerView::executive).toList());
		return HOME;
	}

	/** The station's photo; another station's file or no photo is a 404. */
	@GetMapping(StationPaths.STATION + "/photo")
	ResponseEntity<Resource> photo(StationView station) {
		return photoResponse(station, station.photoFileId());
	}

	private ResponseEntity<Resource> photoResponse(StationView station, @Nullable UUID fileId) {
		StoredFileView photo = fileId == null ? null : files.find(station.id(), fileId).orElse(null);
		if (photo == null) {
			throw new NotFoundException("no photo");
		}
		return FileResponses.inline(photo, files.open(photo));
	}

	/** An officer's photo; another station's officer, an unknown one or one without a photo is a 404. */
	@GetMapping(StationPaths.STATION + "/officers/{officer}/photo")
	ResponseEntity<Resource> officerPhoto(StationView station, @PathVariable UUID officer) {
		UUID fileId = directory.officer(station.id(), officer).map(OfficerView::photoFileId).orElse(null);
		return photoResponse(station, fileId);
	}

	@GetMapping(StationPaths.STATION + "/contact")
	String contact(StationView station, Model model) {
		model.addAttribute("executives", directory.officers(station.id()).stream().filter(OfficerView::executive).toList());
		return CONTACT;
	}
}
