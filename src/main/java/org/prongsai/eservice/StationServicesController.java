package org.prongsai.eservice;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.disclosure.Check;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.platform.web.Refusal;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/**
 * The station's e-services screen: each national service's address and guide (published to O10
 * when saved), its pictures, and the channels the station adds of its own.
 */
@Controller
@AllowedRoles({ Role.STATION_ADMIN, Role.REGION_ADMIN })
class StationServicesController {

	static final String LIST = "eservice/admin/services";

	static final String EDIT = "eservice/admin/service";

	/** The address O10's readiness check and item editor send the station to. */
	private static final String SCREEN = Check.LinkResolves.SERVICES_SCREEN;

	private final StationServices services;
	private final Files files;
	private final Clock clock;

	StationServicesController(StationServices services, Files files, Clock clock) {
		this.services = services;
		this.files = files;
		this.clock = clock;
	}

	@ConsoleLink(messageKey = "eservice.services.nav", order = 38)
	@GetMapping(SCREEN)
	String list(@RequestParam(required = false) @Nullable String year, @Acting StationView station, Model model) {
		return list(station, new StationServices.ServiceEntry("", "", "", "", "", "", ""), year(year), model);
	}

	@PostMapping(SCREEN)
	String addOwn(StationServices.ServiceEntry entry, @RequestParam(required = false) @Nullable String year,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, Model model, RedirectAttributes redirect) {
		// Every input is read before anything is written: a year that can't be read changes nothing.
		FiscalYear fiscalYear = year(year);
		String key;
		try {
			key = services.addOwn(station.id(), entry, user.getUsername());
		}
		catch (EServiceRejected ex) {
			model.addAttribute("problem", ex);
			return list(station, entry, fiscalYear, model);
		}
		redirect.addFlashAttribute("saved", "eservice.services.added");
		return "redirect:" + SCREEN + "/" + key + "?year=" + fiscalYear.beYear();
	}

	@GetMapping(SCREEN + "/{key}")
	String edit(@PathVariable String key, @RequestParam(required = false) @Nullable String year,
			@Acting StationView station, Model model) {
		StationServices.OfferedService service = service(station, key);
		return edit(station, service, StationServices.ServiceEntry.of(service), year(year), model);
	}

	@PostMapping(SCREEN + "/{key}")
	String save(@PathVariable String key, StationServices.ServiceEntry entry,
			@RequestParam(required = false) @Nullable String year, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, Model model, RedirectAttributes redirect) {
		StationServices.OfferedService service = service(station, key);
		FiscalYear fiscalYear = year(year);
		try {
			services.save(station.id(), key, entry, user.getUsername(), fiscalYear);
		}
		catch (EServiceRejected ex) {
			model.addAttribute("problem", ex);
			return edit(station, service, entry, fiscalYear, model);
		}
		redirect.addFlashAttribute("saved", service.isNational() ? "eservice.services.published" : "eservice.services.saved");
		return "redirect:" + SCREEN + "/" + key + "?year=" + fiscalYear.beYear();
	}

	@PostMapping(SCREEN + "/{key}/delete")
	String removeOwn(@PathVariable String key, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			RedirectAttributes redirect) {
		try {
			services.removeOwn(station.id(), service(station, key).key(), user.getUsername());
		}
		catch (EServiceRejected ex) {
			throw new NotFoundException("own service " + key);
		}
		redirect.addFlashAttribute("saved", "eservice.services.removed");
		return "redirect:" + SCREEN;
	}

	@PostMapping(SCREEN + "/{key}/pictures")
	String addPicture(@PathVariable String key, @RequestParam("picture") MultipartFile picture,
			@RequestParam(defaultValue = "") String altTh, @RequestParam(defaultValue = "") String altEn,
			@RequestParam(required = false) @Nullable String year,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, Model model, RedirectAttributes redirect) {
		StationServices.OfferedService service = service(station, key);
		FiscalYear fiscalYear = year(year);
		try (CheckedFile checked = files.check(FileUse.PHOTO, picture)) {
			services.addPicture(station.id(), key, checked, altTh, altEn, user.getUsername());
		}
		catch (Refusal ex) {
			model.addAttribute("problem", ex);
			model.addAttribute("pictureAltTh", altTh);
			model.addAttribute("pictureAltEn", altEn);
			return edit(station, service, StationServices.ServiceEntry.of(service), fiscalYear, model);
		}
		redirect.addFlashAttribute("saved", "eservice.services.picture-added");
		return "redirect:" + SCREEN + "/" + key + "?year=" + fiscalYear.beYear() + "#pictures";
	}

	@PostMapping(SCREEN + "/{key}/pictures/{id}/delete")
	String removePicture(@PathVariable String key, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String year, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, RedirectAttributes redirect) {
		FiscalYear fiscalYear = year(year);
		try {
			services.removePicture(station.id(), key, id, user.getUsername());
		}
		catch (EServiceRejected ex) {
			throw new NotFoundException("picture " + id);
		}
		redirect.addFlashAttribute("saved", "eservice.services.picture-removed");
		return "redirect:" + SCREEN + "/" + key + "?year=" + fiscalYear.beYear() + "#pictures";
	}

	private StationServices.OfferedService service(StationView station, String key) {
		return services.find(station.id(), key).orElseThrow(() -> new NotFoundException("service " + key));
	}

	/**
	 * The fiscal year whose item O10 a save publishes to: the one readiness sent the station here
	 * for, or the current one. An unreadable year is a 404.
	 */
	private FiscalYear year(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return FiscalYear.current(clock);
		}
		try {
			return FiscalYear.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("fiscal year " + text);
		}
	}

	private String list(StationView station, StationServices.ServiceEntry entry, FiscalYear year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("services", services.offered(station.id()));
		model.addAttribute("entry", entry);
		return LIST;
	}

	private String edit(StationView station, StationServices.OfferedService service, StationServices.ServiceEntry entry,
			FiscalYear year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("service", service);
		model.addAttribute("entry", entry);
		model.addAttribute("photoAccept", FileUse.PHOTO.accept());
		model.addAttribute("maxPictures", StationServices.MAX_PICTURES);
		return EDIT;
	}
}
