package org.prongsai.disclosure;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.prongsai.disclosure.ItemPageModels.Version;
import org.prongsai.platform.files.FileResponses;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.files.StoredFileView;
import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/**
 * One item's permanent page, the address a station submits to the national assessment, and the
 * files it links. {@code ?at=2024-04-30} shows both as they stood at the end of that day, so a
 * station can show what the assessors saw.
 */
@Controller
class ItemPageController {

	static final String ITEM = "disclosure/public/item";

	static final String YEAR = StationPaths.STATION + "/oit/{fy:\\d{4}}";

	private final ItemPages pages;

	private final Files files;

	ItemPageController(ItemPages pages, Files files) {
		this.pages = pages;
		this.files = files;
	}

	@GetMapping(YEAR + "/{code:O\\d{1,2}}")
	String item(StationView station, @PathVariable int fy, @PathVariable String code,
			@RequestParam(required = false) @Nullable String at, Model model) {
		Criteria criteria = pages.criteria(fy);
		model.addAttribute("page", pages.item(station, criteria, code, pages.version(at)));
		return ITEM;
	}

	/** A published document's file, only while it is visible (now, or at {@code ?at=}) and only for its station. */
	@GetMapping(YEAR + "/files/{document}")
	ResponseEntity<Resource> file(StationView station, @PathVariable int fy, @PathVariable String document,
			@RequestParam(required = false) @Nullable String at) {
		Version version = pages.version(at);
		StoredFileView file = pages.file(station, pages.criteria(fy), document, version);
		return FileResponses.attachment(file, files.open(file));
	}

	/** A committee member's photo, while the member is on the page (now, or at {@code ?at=}) and only for its station. */
	@GetMapping(YEAR + "/committee/{member}/photo")
	ResponseEntity<Resource> memberPhoto(StationView station, @PathVariable int fy, @PathVariable String member,
			@RequestParam(required = false) @Nullable String at) {
		StoredFileView photo = pages.memberPhoto(station, pages.criteria(fy), member, pages.version(at));
		return FileResponses.inline(photo, files.open(photo));
	}
}
