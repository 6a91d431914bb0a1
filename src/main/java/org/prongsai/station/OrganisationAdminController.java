package org.prongsai.station;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileRejectedException;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;

/**
 * The acting station's organisation units and officers, which items O1 and O2 publish: the list
 * in order, an add and edit form for each, moving, deleting and officers' photos. Publishers keep
 * these items, so they may edit here as well as the station's administrators.
 */
@Controller
@RequestMapping("/admin/organisation")
@AllowedRoles({ Role.STATION_ADMIN, Role.REGION_ADMIN, Role.PUBLISHER })
class OrganisationAdminController {

	static final String LIST = "station/admin/organisation";

	static final String UNIT = "station/admin/unit";

	static final String OFFICER = "station/admin/officer";

	private static final String TO_LIST = "redirect:/admin/organisation";

	private final StationDirectory directory;

	private final OrganisationAdministration organisation;

	private final Files files;

	OrganisationAdminController(StationDirectory directory, OrganisationAdministration organisation, Files files) {
		this.directory = directory;
		this.organisation = organisation;
		this.files = files;
	}

	/** The choices of the unit form's work line. */
	@ModelAttribute("workLines")
	List<WorkLine> workLines() {
		return List.of(WorkLine.values());
	}

	@ConsoleLink(messageKey = "station.admin.organisation.nav", order = 15)
	@GetMapping
	String list(@Acting StationView station, Model model) {
		List<UnitView> units = directory.units(station.id());
		Map<UUID, UnitView> unitsById = new LinkedHashMap<>();
		units.forEach(u -> unitsById.put(u.id(), u));
		model.addAttribute("units", units);
		model.addAttribute("unitsById", unitsById);
		model.addAttribute("officers", directory.officers(station.id()));
		return LIST;
	}

	@GetMapping("/units/new")
	String newUnit(@Acting StationView station, Model model) {
		model.addAttribute("unitForm", UnitForm.empty());
		return UNIT;
	}

	@PostMapping("/units")
	String addUnit(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result, @Acting StationView station,
			Model model, RedirectAttributes redirect) {
		@Nullable UnitDetails details = result.hasErrors() ? null : details(form::toDetails, result);
		if (details == null) {
			return UNIT;
		}
		organisation.addUnit(station.id(), details, form.placeAskedFor());
		redirect.addFlashAttribute("saved", "station.admin.organisation.unit.added");
		return TO_LIST;
	}

	@GetMapping("/units/{id}")
	String editUnit(@PathVariable UUID id, @Acting StationView station, Model model) {
		Editable<UnitView> unit = organisation.unit(station.id(), id);
		model.addAttribute("unitForm", UnitForm.of(unit));
		return showUnit(station, unit, model);
	}

	@PostMapping("/units/{id}")
	String updateUnit(@PathVariable UUID id, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result,
			@Acting StationView station, Model model, RedirectAttributes redirect) {
		Editable<UnitView> unit = organisation.unit(station.id(), id);
		@Nullable UnitDetails details = result.hasErrors() ? null : details(form::toDetails, result);
		if (details == null) {
			return showUnit(station, unit, model);
		}
		try {
			organisation.updateUnit(station.id(), id, details, form.placeAskedFor(), form.version());
		}
		catch (OptimisticLockingFailureException ex) {
			Editable<UnitView> latest = organisation.unit(station.id(), id);
			model.addAttribute("unitForm", UnitForm.of(latest));
			model.addAttribute("conflict", true);
			return showUnit(station, latest, model);
		}
		redirect.addFlashAttribute("saved", "station.admin.organisation.unit.saved");
		return TO_LIST;
	}

	@PostMapping("/units/{id}/place")
	String moveUnit(@PathVariable UUID id, @RequestParam int place, @Acting StationView station,
			RedirectAttributes redirect) {
		organisation.moveUnit(station.id(), id, place);
		redirect.addFlashAttribute("saved", "station.admin.organisation.moved");
		return TO_LIST;
	}

	@PostMapping("/units/{id}/delete")
	String deleteUnit(@PathVariable UUID id, @RequestParam int version, @Acting StationView station,
			RedirectAttributes redirect) {
		try {
			organisation.deleteUnit(station.id(), id, version);
		}
		catch (UnitHasOfficersException ex) {
			redirect.addFlashAttribute("deleteRefused", ex.officers());
			return TO_LIST + "/units/" + id;
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("conflict", true);
			return TO_LIST + "/units/" + id;
		}
		redirect.addFlashAttribute("saved", "station.admin.organisation.unit.deleted");
		return TO_LIST;
	}

	@GetMapping("/officers/new")
	String newOfficer(@Acting StationView station, Model model) {
		model.addAttribute("officerForm", OfficerForm.empty());
		model.addAttribute("units", directory.units(station.id()));
		return OFFICER;
	}

	@PostMapping("/officers")
	String addOfficer(@Valid @ModelAttribute("officerForm") OfficerForm form, BindingResult result,
			@Acting StationView station, Model model, RedirectAttributes redirect) {
		model.addAttribute("units", directory.units(station.id()));
		@Nullable OfficerDetails details = result.hasErrors() ? null : details(form::toDetails, result);
		if (details == null) {
			return OFFICER;
		}
		try {
			organisation.addOfficer(station.id(), details, form.placeAskedFor());
		}
		catch (IllegalArgumentException notTheStationsUnit) {
			result.rejectValue("unitId", "station.admin.organisation.unit.unknown");
			return OFFICER;
		}
		redirect.addFlashAttribute("saved", "station.admin.organisation.officer.added");
		return TO_LIST + "#officers";
	}

	@GetMapping("/officers/{id}")
	String editOfficer(@PathVariable UUID id, @Acting StationView station, Model model) {
		Editable<OfficerView> officer = organisation.officer(station.id(), id);
		model.addAttribute("officerForm", OfficerForm.of(officer));
		return showOfficer(station, officer, model);
	}

	@PostMapping("/officers/{id}")
	String updateOfficer(@PathVariable UUID id, @Valid @ModelAttribute("officerForm") OfficerForm form,
			BindingResult result, @Acting StationView station, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Editable<OfficerView> officer = organisation.officer(station.id(), id);
		@Nullable OfficerDetails details = result.hasErrors() ? null : details(form::toDetails, result);
		if (details == null) {
			return showOfficer(station, officer, model);
		}
		try {
			organisation.updateOfficer(station.id(), id, details, form.placeAskedFor(), form.version());
		}
		catch (IllegalArgumentException notTheStationsUnit) {
			result.rejectValue("unitId", "station.admin.organisation.unit.unknown");
			return showOfficer(station, officer, model);
		}
		catch (OptimisticLockingFailureException ex) {
			Editable<OfficerView> latest = organisation.officer(station.id(), id);
			model.addAttribute("officerForm", OfficerForm.of(latest));
			model.addAttribute("conflict", true);
			return showOfficer(station, latest, model);
		}
		catch (ComplaintOversight.Refused ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			result.rejectValue("unitId", ex.messageKey());
			return showOfficer(station, officer, model);
		}
		redirect.addFlashAttribute("saved", "station.admin.organisation.officer.saved");
		return TO_LIST + "#officers";
	}

	@PostMapping("/officers/{id}/place")
	String moveOfficer(@PathVariable UUID id, @RequestParam int place, @Acting StationView station,
			RedirectAttributes redirect) {
		organisation.moveOfficer(station.id(), id, place);
		redirect.addFlashAttribute("saved", "station.admin.organisation.moved");
		return TO_LIST + "#officers";
	}

	@PostMapping("/officers/{id}/delete")
	String deleteOfficer(@PathVariable UUID id, @RequestParam int version, @Acting StationView station,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			organisation.deleteOfficer(station.id(), id, version);
		}
		catch (OfficerHasAccountsException ex) {
			redirect.addFlashAttribute("problem", ex);
			return TO_LIST + "/officers/" + id;
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("conflict", true);
			return TO_LIST + "/officers/" + id;
		}
		catch (ComplaintOversight.Refused ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("refused", ex.messageKey());
			return editOfficer(id, station, model);
		}
		redirect.addFlashAttribute("saved", "station.admin.organisation.officer.deleted");
		return TO_LIST + "#officers";
	}

	@PostMapping("/officers/{id}/photo")
	String officerPhoto(@PathVariable UUID id, @RequestParam("photo") MultipartFile photo,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, RedirectAttributes redirect) {
		try (CheckedFile checked = files.check(FileUse.PHOTO, photo)) {
			organisation.changeOfficerPhoto(station.id(), id, checked, user.getUsername());
			redirect.addFlashAttribute("saved", "station.admin.organisation.photo.saved");
		}
		catch (FileRejectedException ex) {
			redirect.addFlashAttribute("photoError", ex.messageKey());
			redirect.addFlashAttribute("photoErrorArgs", ex.arguments());
		}
		return TO_LIST + "/officers/" + id;
	}

	private String showUnit(StationView station, Editable<UnitView> unit, Model model) {
		model.addAttribute("unit", unit.view());
		// The delete form sends the version shown, which the edit form cannot give when its input did not bind.
		model.addAttribute("version", unit.version());
		model.addAttribute("members",
				directory.officers(station.id()).stream().filter(o -> unit.view().id().equals(o.unitId())).count());
		return UNIT;
	}

	private String showOfficer(StationView station, Editable<OfficerView> officer, Model model) {
		model.addAttribute("officer", officer.view());
		model.addAttribute("version", officer.version());
		model.addAttribute("units", directory.units(station.id()));
		model.addAttribute("photoAccept", FileUse.PHOTO.accept());
		return OFFICER;
	}

	/** The form's details, or null with an error when the text is blank in a way the annotations let pass. */
	private static <T> @Nullable T details(Supplier<T> details, BindingResult result) {
		try {
			return details.get();
		}
		catch (IllegalArgumentException ex) {
			result.reject("station.admin.organisation.blank");
			return null;
		}
	}
}
