package org.prongsai.station;


import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileRejectedException;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;

/** The station's profile: names, area, and the contact details the public pages show. */
@Controller
@AllowedRoles({ Role.STATION_ADMIN, Role.REGION_ADMIN })
class StationAdminController {

	static final String EDIT = "station/admin/profile";

	private final StationDirectory directory;

	private final StationAdministration administration;

	private final Files files;

	StationAdminController(StationDirectory directory, StationAdministration administration, Files files) {
		this.directory = directory;
		this.administration = administration;
		this.files = files;
	}

	@ConsoleLink(messageKey = "station.admin.profile.nav", order = 10)
	@GetMapping("/admin/station")
	String initProfileForm(@Acting StationView station, Model model) {
		model.addAttribute("stationProfileForm", StationProfileForm.of(station.profile(), administration.version(station.id())));
		model.addAttribute("photoAccept", FileUse.PHOTO.accept());
		return EDIT;
	}

	@PostMapping("/admin/station")
	String processProfileForm(@Valid @ModelAttribute("stationProfileForm") StationProfileForm form, BindingResult result,
			@Acting StationView station, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		model.addAttribute("photoAccept", FileUse.PHOTO.accept());
		if (result.hasErrors()) {
			return EDIT;
		}
		try {
			administration.updateProfile(station.id(), form.toProfile(), form.version());
		}
		catch (OptimisticLockingFailureException ex) {
			StationView latest = directory.find(station.id()).orElseThrow(() -> new NotFoundException("station " + station.id()));
			model.addAttribute("stationProfileForm", StationProfileForm.of(latest.profile(), administration.version(latest.id())));
			model.addAttribute("conflict", true);
			return EDIT;
		}
		catch (ComplaintOversight.Refused ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			result.rejectValue("policeRegion", ex.messageKey());
			return EDIT;
		}
		redirect.addFlashAttribute("saved", "admin.saved");
		return "redirect:/admin/station";
	}

	@PostMapping("/admin/station/photo")
	String processPhoto(@RequestParam("photo") MultipartFile photo, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, RedirectAttributes redirect) {
		try (CheckedFile checked = files.check(FileUse.PHOTO, photo)) {
			administration.changePhoto(station.id(), checked, user.getUsername());
			redirect.addFlashAttribute("saved", "station.admin.photo.saved");
		}
		catch (FileRejectedException ex) {
			redirect.addFlashAttribute("photoError", ex.messageKey());
			redirect.addFlashAttribute("photoErrorArgs", ex.arguments());
		}
		return "redirect:/admin/station";
	}
}
