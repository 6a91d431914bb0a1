package org.prongsai.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.prongsai.platform.files.FileRejectedException;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.ActingStation;
import org.prongsai.station.StationView;

/** The publisher's screen for one item: what each element has now, and the forms that add to it. */
@Controller
@PreAuthorize("hasAnyRole('PUBLISHER', 'STATION_ADMIN')")
class ItemEditorController {

	static final String VIEW = "disclosure/admin/item";

	private final ActingStation acting;
	private final CriteriaCatalogue catalogue;
	private final DisclosureContent content;
	private final Publishing publishing;
	private final Clock clock;

	ItemEditorController(ActingStation acting, CriteriaCatalogue catalogue, DisclosureContent content,
			Publishing publishing, Clock clock) {
		this.acting = acting;
		this.catalogue = catalogue;
		this.content = content;
		this.publishing = publishing;
		this.clock = clock;
	}

	@GetMapping("/admin/disclosure/{year}/{code}")
	String item(@PathVariable int year, @PathVariable String code, HttpSession session, Model model) {
		StationView station = acting.current(session);
		model.addAttribute("actingStation", station);
		model.addAttribute("editor", editor(station, year, code));
		model.addAttribute("accept", FileUse.PUBLICATION.accept());
		return VIEW;
	}

	@PostMapping("/admin/disclosure/{year}/{code}/documents")
	String publishDocument(@PathVariable int year, @PathVariable String code, @RequestParam String element,
			@RequestParam("file") MultipartFile file, @RequestParam String titleTh, @RequestParam String titleEn,
			@RequestParam(required = false) @Nullable String month, @RequestParam(required = false) @Nullable String asOf,
			@AuthenticationPrincipal ProngsaiUser user, HttpSession session, RedirectAttributes redirect) throws IOException {
		StationView station = acting.current(session);
		ElementEditor target = element(station, year, code, element);
		return act(redirect, year, code, element, () -> {
			try (InputStream in = file.getInputStream()) {
				publishing.publishDocument(station.id(), FiscalYear.of(year), code, target.documentKind(),
						month == null || month.isBlank() ? null : parse(() -> YearMonth.parse(month)),
						asOf == null || asOf.isBlank() ? null : parse(() -> LocalDate.parse(asOf)), title(titleTh, titleEn),
						file.getOriginalFilename(), in, user.getUsername());
			}
		});
	}

	@PostMapping("/admin/disclosure/{year}/{code}/documents/{document}/withdraw")
	String withdraw(@PathVariable int year, @PathVariable String code, @PathVariable UUID document,
			@RequestParam String element, @AuthenticationPrincipal ProngsaiUser user, HttpSession session,
			RedirectAttributes redirect) {
		StationView station = acting.current(session);
		if (!editor(station, year, code).publishes(document)) {
			throw new NotFoundException("document");
		}
		return act(redirect, year, code, element, () -> publishing.withdrawDocument(station.id(), document, user.getUsername()));
	}

	@PostMapping("/admin/disclosure/{year}/{code}/news")
	String publishNews(@PathVariable int year, @PathVariable String code, @RequestParam String element,
			@RequestParam String date, @RequestParam String titleTh, @RequestParam String titleEn,
			@RequestParam String bodyTh, @RequestParam String bodyEn, @AuthenticationPrincipal ProngsaiUser user,
			HttpSession session, RedirectAttributes redirect) {
		StationView station = acting.current(session);
		ElementEditor target = element(station, year, code, element);
		return act(redirect, year, code, element, () -> {
			LocalDate day = parse(() -> LocalDate.parse(date));
			if (!FiscalYear.of(year).contains(day) || day.isAfter(LocalDate.now(clock.withZone(FiscalYear.BANGKOK)))) {
				throw new PublishingRejected("disclosure.edit.news-date", year);
			}
			publishing.publishNews(station.id(), target.category(), day, title(titleTh, titleEn), title(bodyTh, bodyEn),
					user.getUsername());
		});
	}

	@PostMapping("/admin/disclosure/{year}/{code}/text")
	String publishText(@PathVariable int year, @PathVariable String code, @RequestParam String element,
			@RequestParam String th, @RequestParam String en, @AuthenticationPrincipal ProngsaiUser user,
			HttpSession session, RedirectAttributes redirect) {
		StationView station = acting.current(session);
		String kind = ((Check.BilingualText) element(station, year, code, element).element().check()).text();
		return act(redirect, year, code, element, () -> {
			if (th.isBlank() && en.isBlank()) {
				throw new PublishingRejected("disclosure.edit.text-required");
			}
			for (String language : new String[] { "th", "en" }) {
				String body = "th".equals(language) ? th : en;
				if (!body.isBlank()) {
					publishing.publishText(station.id(), FiscalYear.of(year), kind, language, body.strip(), user.getUsername());
				}
			}
		});
	}

	@PostMapping("/admin/disclosure/{year}/{code}/link")
	String setLink(@PathVariable int year, @PathVariable String code, @RequestParam String element,
			@RequestParam String url, @AuthenticationPrincipal ProngsaiUser user, HttpSession session,
			RedirectAttributes redirect) {
		StationView station = acting.current(session);
		String kind = ((Check.LinkResolves) element(station, year, code, element).element().check()).link();
		return act(redirect, year, code, element, () -> {
			if (!url.strip().matches("https://[^\\s<>\"]{3,490}")) {
				throw new PublishingRejected("disclosure.edit.url");
			}
			publishing.setLink(station.id(), kind, url.strip(), user.getUsername());
		});
	}

	@PostMapping("/admin/disclosure/{year}/{code}/fact")
	String publishFact(@PathVariable int year, @PathVariable String code, @RequestParam String element,
			@RequestParam String th, @RequestParam String en, @RequestParam(required = false) @Nullable String asOf,
			@AuthenticationPrincipal ProngsaiUser user, HttpSession session, RedirectAttributes redirect) {
		StationView station = acting.current(session);
		String field = element(station, year, code, element).field().orElseThrow(() -> new NotFoundException("field"));
		return act(redirect, year, code, element, () -> publishing.publishFact(station.id(), FiscalYear.of(year), field,
				title(th, en), asOf == null || asOf.isBlank() ? null : parse(() -> LocalDate.parse(asOf)), user.getUsername()));
	}

	private String act(RedirectAttributes redirect, int year, String code, String element, Action action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", element);
		}
		catch (PublishingRejected ex) {
			redirect.addFlashAttribute("problem", new Problem(element, ex.messageKey(), ex.arguments()));
		}
		catch (FileRejectedException ex) {
			redirect.addFlashAttribute("problem", new Problem(element, ex.messageKey(), ex.arguments()));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return "redirect:/admin/disclosure/" + year + "/" + code + "#element-" + element;
	}

	private ItemEditor editor(StationView station, int year, String code) {
		FiscalYear fiscalYear;
		try {
			fiscalYear = FiscalYear.of(year);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("fiscal year " + year);
		}
		Criteria.ItemCriteria item = catalogue.forYear(fiscalYear).flatMap(c -> c.item(code))
			.orElseThrow(() -> new NotFoundException(code + " of " + year));
		return ItemEditor.of(fiscalYear, item, content.snapshot(station.id(), fiscalYear, clock.instant()),
				content.facts(station.id(), fiscalYear, clock.instant()));
	}

	private ElementEditor element(StationView station, int year, String code, String element) {
		return editor(station, year, code).element(element).orElseThrow(() -> new NotFoundException(element));
	}

	private static LocalizedText title(String th, String en) {
		if (th.isBlank() || en.isBlank()) {
			throw new PublishingRejected("disclosure.edit.both-languages");
		}
		return new LocalizedText(th.strip(), en.strip());
	}

	private static <T> T parse(java.util.function.Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (DateTimeParseException ex) {
			throw new PublishingRejected("disclosure.edit.date");
		}
	}

	@FunctionalInterface
	private interface Action {
		void run() throws IOException;
	}

	/** A refusal shown beside the element it concerns. */
	record Problem(String element, String key, Object[] args) implements Serializable {
	}
}
