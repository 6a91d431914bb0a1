package org.prongsai.disclosure;

import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/** The item editor's forms for records kept as lists: the laws of O3 and the oversight committee of O4. */
@Controller
// Which items each role keeps is in the criteria; ItemEditing enforces it per item.
@AllowedRoles({ Role.PUBLISHER, Role.STATION_ADMIN, Role.FINANCE, Role.SUPPLY, Role.COMPLAINT_OFFICER, Role.OFFICER })
class ItemRecordsController {

	private final ItemEditing editing;
	private final Laws laws;
	private final OversightCommittee committee;
	private final Files files;

	ItemRecordsController(ItemEditing editing, Laws laws, OversightCommittee committee, Files files) {
		this.editing = editing;
		this.laws = laws;
		this.committee = committee;
		this.files = files;
	}

	@PostMapping("/admin/disclosure/{year}/{code}/laws")
	String publishLaw(@PathVariable int year, @PathVariable String code, @RequestParam String element,
			@RequestParam String category, @RequestParam String titleTh, @RequestParam String titleEn,
			@RequestParam(required = false) @Nullable String url, @RequestParam(defaultValue = "false") boolean essential,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, RedirectAttributes redirect) {
		takes(station, year, code, element, "laws");
		return editing.act(redirect, year, code, element, () -> laws.publish(station.id(), FiscalYear.of(year), category,
				ItemEditing.title(titleTh, titleEn), url, essential, user.getUsername()));
	}

	@PostMapping("/admin/disclosure/{year}/{code}/laws/{law}/withdraw")
	String withdrawLaw(@PathVariable int year, @PathVariable String code, @PathVariable UUID law,
			@RequestParam String element, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			RedirectAttributes redirect) {
		takes(station, year, code, element, "laws");
		return editing.act(redirect, year, code, element, () -> laws.withdraw(station.id(), law, user.getUsername()));
	}

	@PostMapping("/admin/disclosure/{year}/{code}/committee")
	String addMember(@PathVariable int year, @PathVariable String code, @RequestParam String element,
			@RequestParam String nameTh, @RequestParam String nameEn, @RequestParam String roleTh,
			@RequestParam String roleEn, @RequestParam(defaultValue = "false") boolean citizen,
			@RequestParam(defaultValue = "") String bioTh, @RequestParam(defaultValue = "") String bioEn,
			@RequestParam(required = false) @Nullable MultipartFile photo, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, RedirectAttributes redirect) {
		takes(station, year, code, element, "committee");
		return editing.act(redirect, year, code, element, () -> withPhoto(photo, p -> committee.add(station.id(),
				FiscalYear.of(year), details(nameTh, nameEn, roleTh, roleEn, citizen, bioTh, bioEn), p, user.getUsername())));
	}

	@PostMapping("/admin/disclosure/{year}/{code}/committee/{member}")
	String changeMember(@PathVariable int year, @PathVariable String code, @PathVariable UUID member,
			@RequestParam String element, @RequestParam String nameTh, @RequestParam String nameEn,
			@RequestParam String roleTh, @RequestParam String roleEn, @RequestParam(defaultValue = "false") boolean citizen,
			@RequestParam(defaultValue = "") String bioTh, @RequestParam(defaultValue = "") String bioEn,
			@RequestParam(required = false) @Nullable MultipartFile photo, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, RedirectAttributes redirect) {
		takes(station, year, code, element, "committee");
		return editing.act(redirect, year, code, element, () -> withPhoto(photo, p -> committee.change(station.id(),
				FiscalYear.of(year), member, details(nameTh, nameEn, roleTh, roleEn, citizen, bioTh, bioEn), p,
				user.getUsername())));
	}

	@PostMapping("/admin/disclosure/{year}/{code}/committee/{member}/withdraw")
	String withdrawMember(@PathVariable int year, @PathVariable String code, @PathVariable UUID member,
			@RequestParam String element, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			RedirectAttributes redirect) {
		takes(station, year, code, element, "committee");
		return editing.act(redirect, year, code, element,
				() -> committee.withdraw(station.id(), FiscalYear.of(year), member, user.getUsername()));
	}

	/** Refuses, as a 404, an element that does not take this form. */
	private void takes(StationView station, int year, String code, String element, String form) {
		if (!form.equals(editing.element(station, year, code, element).form())) {
			throw new NotFoundException(element + " of " + code);
		}
	}

	/**
	 * Runs the change with the uploaded photo, checked first outside any transaction, or with none
	 * when the file field was left empty.
	 */
	private void withPhoto(@Nullable MultipartFile photo, Consumer<@Nullable CheckedFile> change) {
		try (@Nullable CheckedFile checked = photo == null || photo.isEmpty() ? null : files.check(FileUse.PHOTO, photo)) {
			change.accept(checked);
		}
	}

	private static OversightCommittee.Details details(String nameTh, String nameEn, String roleTh, String roleEn,
			boolean citizen, String bioTh, String bioEn) {
		return new OversightCommittee.Details(ItemEditing.title(nameTh, nameEn), ItemEditing.title(roleTh, roleEn), citizen,
				bioTh.strip(), bioEn.strip());
	}
}
