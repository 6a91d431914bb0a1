package org.prongsai.eservice;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/**
 * The station's e-services page: every national service one click from the home page, with the
 * station's guide to each, and who serves its desk now.
 */
@Controller
class EServicePublicController {

	static final String INDEX = "eservice/public/index";

	static final String GUIDE = "eservice/public/guide";

	private final DutyRoster roster;
	private final StationServices services;
	private final Files files;
	private final MessageSource messages;

	EServicePublicController(DutyRoster roster, StationServices services, Files files, MessageSource messages) {
		this.messages = messages;
		this.roster = roster;
		this.services = services;
		this.files = files;
	}

	@GetMapping(StationPaths.STATION + "/e-services")
	String index(StationView station, Model model) {
		model.addAttribute("services", services.offered(station.id()));
		model.addAttribute("onDuty", roster.onDuty(station.id()));
		return INDEX;
	}

	/** A service's step-by-step guide with its pictures; a service without a guide has none to show. */
	@GetMapping(StationPaths.STATION + "/e-services/guide/{key}")
	String guide(StationView station, @PathVariable String key, Model model) {
		StationServices.OfferedService service = services.find(station.id(), key)
			.filter(StationServices.OfferedService::guided)
			.orElseThrow(() -> new NotFoundException("guide " + key));
		model.addAttribute("service", service);
		model.addAttribute("name", service.isNational()
				? messages.getMessage("eservice." + key + ".name", null, LocaleContextHolder.getLocale())
				: service.name(LocaleContextHolder.getLocale().getLanguage()));
		return GUIDE;
	}

	/** A picture of a guide; another station's picture, or one no longer in the guide, is a 404. */
	@GetMapping(StationPaths.STATION + "/e-services/guide/{key}/{picture}")
	ResponseEntity<Resource> picture(StationView station, @PathVariable String key, @PathVariable String picture) {
		StoredFileView file = services.picture(station.id(), key, id(picture))
			.orElseThrow(() -> new NotFoundException("picture " + picture));
		return FileResponses.inline(file, files.open(file));
	}

	private static java.util.UUID id(String text) {
		try {
			return java.util.UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("no such picture " + text);
		}
	}
}
