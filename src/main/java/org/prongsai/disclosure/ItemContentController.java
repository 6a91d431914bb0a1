package org.prongsai.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.disclosure.ItemEditor.ElementEditor;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.calendar.TypedDates;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/** The item editor's forms for what is not a file: news, bilingual texts, links and facts. */
@Controller
// Which items each role keeps is in the criteria; ItemEditing enforces it per item.
@AllowedRoles({ Role.PUBLISHER, Role.STATION_ADMIN, Role.FINANCE, Role.SUPPLY, Role.COMPLAINT_OFFICER, Role.OFFICER })
class ItemContentController {

	private final ItemEditing editing;
	private final Publishing publishing;
	private final Clock clock;

	ItemContentController(ItemEditing editing, Publishing publishing, Clock clock) {
		this.editing = editing;
		this.publishing = publishing;
		this.clock = clock;
	}

	@PostMapping("/admin/disclosure/{year}/{code}/news")
	String publishNews(@PathVariable int year, @PathVariable String code, @RequestParam String element,
			@RequestParam String date, @RequestParam String titleTh, @RequestParam String titleEn,
			@RequestParam String bodyTh, @RequestParam String bodyEn, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, RedirectAttributes redirect) {
		ElementEditor target = editing.element(station, year, code, element);
		return editing.act(redirect, year, code, element, () -> {
			LocalDate day = ItemEditing.parse(() -> TypedDates.day(date));
			if (!FiscalYear.of(year).contains(day) || day.isAfter(LocalDate.now(clock.withZone(FiscalYear.BANGKOK)))) {
				throw new PublishingRejected("disclosure.edit.news-date", year);
			}
			publishing.publishNews(station.id(), target.category(), day, ItemEditing.title(titleTh, titleEn), ItemEditing.title(bodyTh, bodyEn),
					user.getUsername());
		});
	}

	/** Publishes the text's parts that were filled in; each form field is named for its part and language. */
	@PostMapping("/admin/disclosure/{year}/{code}/text")
	String publishText(@PathVariable int year, @PathVariable String code, @RequestParam String element,
			@RequestParam Map<String, String> fields, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			RedirectAttributes redirect) {
		Check.BilingualText text = (Check.BilingualText) editing.element(station, year, code, element).element().check();
		return editing.act(redirect, year, code, element, () -> {
			List<Publishing.TextVersion> texts = new ArrayList<>();
			for (Check.Part part : text.parts()) {
				for (String language : new String[] { "th", "en" }) {
					String body = fields.getOrDefault(language + "-" + part.id(), "").strip();
					if (!body.isEmpty()) {
						texts.add(new Publishing.TextVersion(part.storedKind(), language, body));
					}
				}
			}
			if (texts.isEmpty()) {
				throw new PublishingRejected("disclosure.edit.text-required");
			}
			publishing.publishTexts(station.id(), FiscalYear.of(year), texts, user.getUsername());
		});
	}

	@PostMapping("/admin/disclosure/{year}/{code}/link")
	String setLink(@PathVariable int year, @PathVariable String code, @RequestParam String element,
			@RequestParam String url, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			RedirectAttributes redirect) {
		Check.LinkResolves link = (Check.LinkResolves) editing.element(station, year, code, element).element().check();
		if (link.screen().isPresent()) {
			// Kept with its guide in its own screen: an address set here would drift from the guide's.
			throw new NotFoundException("link " + element + " is kept in " + link.screen().get());
		}
		String kind = link.link();
		return editing.act(redirect, year, code, element,
				() -> publishing.setLink(station.id(), kind, Publishing.webAddress(url), user.getUsername()));
	}

	@PostMapping("/admin/disclosure/{year}/{code}/fact")
	String publishFact(@PathVariable int year, @PathVariable String code, @RequestParam String element,
			@RequestParam String th, @RequestParam String en, @RequestParam(required = false) @Nullable String asOf,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, RedirectAttributes redirect) {
		String field = editing.element(station, year, code, element).field().orElseThrow(() -> new NotFoundException("field"));
		return editing.act(redirect, year, code, element, () -> publishing.publishFact(station.id(), FiscalYear.of(year), field,
				ItemEditing.title(th, en), asOf == null || asOf.isBlank() ? null : ItemEditing.parse(() -> TypedDates.day(asOf)), user.getUsername()));
	}
}
