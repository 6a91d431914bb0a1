package org.prongsai.disclosure;

import java.io.Serializable;
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

import org.prongsai.disclosure.ItemEditor.ElementEditor;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.calendar.TypedDates;
import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/** The publisher's screen for one item: what each element has now, and the forms that add to it. */
@Controller
// Which items each role keeps is in the criteria; ItemEditing enforces it per item.
@AllowedRoles({ Role.PUBLISHER, Role.STATION_ADMIN, Role.FINANCE, Role.SUPPLY, Role.COMPLAINT_OFFICER, Role.OFFICER })
class ItemEditorController {

	static final String VIEW = "disclosure/admin/item";

	private final ItemEditing editing;
	private final Publishing publishing;

	private final Laws laws;
	private final OversightCommittee committee;
	private final Files files;
	private final Clock clock;

	ItemEditorController(ItemEditing editing, Publishing publishing, Laws laws,
			OversightCommittee committee, Files files, Clock clock) {
		this.editing = editing;
		this.publishing = publishing;
		this.laws = laws;
		this.committee = committee;
		this.files = files;
		this.clock = clock;
	}

	@GetMapping("/admin/disclosure/{year}/{code}")
	String item(@PathVariable int year, @PathVariable String code, @Acting StationView station, Model model) {
		ItemEditor editor = editing.editor(station, year, code);
		model.addAttribute("editor", editor);
		model.addAttribute("accept", FileUse.PUBLICATION.accept());
		if (editor.elements().stream().anyMatch(e -> "laws".equals(e.form()))) {
			model.addAttribute("laws", laws.at(station.id(), editor.year(), clock.instant()));
			model.addAttribute("lawCategories", LawCategory.values());
		}
		if (editor.elements().stream().anyMatch(e -> e.form().startsWith("committee"))) {
			model.addAttribute("committee", committee.at(station.id(), editor.year(), clock.instant()));
			model.addAttribute("photoAccept", FileUse.PHOTO.accept());
		}
		return VIEW;
	}

	@PostMapping("/admin/disclosure/{year}/{code}/documents")
	String publishDocument(@PathVariable int year, @PathVariable String code, @RequestParam String element,
			@RequestParam("file") MultipartFile file, @RequestParam String titleTh, @RequestParam String titleEn,
			@RequestParam(required = false) @Nullable String month, @RequestParam(required = false) @Nullable String asOf,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, RedirectAttributes redirect) {
		ElementEditor target = editing.element(station, year, code, element);
		return editing.act(redirect, year, code, element, () -> {
			try (CheckedFile checked = files.check(FileUse.PUBLICATION, file)) {
				publishing.publishDocument(station.id(), FiscalYear.of(year), code, target.documentKind(),
						month == null || month.isBlank() ? null : ItemEditing.parse(() -> TypedDates.month(month)),
						asOf == null || asOf.isBlank() ? null : ItemEditing.parse(() -> TypedDates.day(asOf)),
						ItemEditing.title(titleTh, titleEn), checked, user.getUsername());
			}
		});
	}

	@PostMapping("/admin/disclosure/{year}/{code}/documents/{document}/withdraw")
	String withdraw(@PathVariable int year, @PathVariable String code, @PathVariable UUID document,
			@RequestParam String element, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			RedirectAttributes redirect) {
		if (!editing.editor(station, year, code).publishes(document)) {
			throw new NotFoundException("document");
		}
		return editing.act(redirect, year, code, element, () -> publishing.withdrawDocument(station.id(), document, user.getUsername()));
	}

	/** A refusal shown beside the element it concerns. */
	record Problem(String element, String key, Object[] args) implements Serializable {
	}
}
