package org.prongsai.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.disclosure.ItemEditor.ElementEditor;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.CurrentUser;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.platform.web.Refusal;
import org.prongsai.station.StationView;

/** What the item editor's screens share: finding the item and element, and turning a refusal into a message. */
@Component
class ItemEditing {

	private final CriteriaCatalogue catalogue;

	private final DisclosureContent content;

	private final Clock clock;

	ItemEditing(CriteriaCatalogue catalogue, DisclosureContent content, Clock clock) {
		this.catalogue = catalogue;
		this.content = content;
		this.clock = clock;
	}

	/** Runs a publishing action and redirects back to its element, with the outcome as a flash message. */
	String act(RedirectAttributes redirect, int year, String code, String element, Action action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", element);
		}
		catch (Refusal ex) {
			// A refused file reads like the item's own refusals: same place, same kind of message.
			redirect.addFlashAttribute("problem", new ItemEditorController.Problem(element, ex.messageKey(), ex.arguments()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/admin/disclosure/" + year + "/" + code + "#element-" + element;
	}

	/**
	 * The item's editor for the station, as published now.
	 * @throws NotFoundException for a year without criteria or an item it doesn't have
	 */
	ItemEditor editor(StationView station, int year, String code) {
		FiscalYear fiscalYear;
		try {
			fiscalYear = FiscalYear.of(year);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("fiscal year " + year);
		}
		Criteria.ItemCriteria item = catalogue.forYear(fiscalYear).flatMap(c -> c.item(code))
			.orElseThrow(() -> new NotFoundException(code + " of " + year));
		Set<Role> roles = CurrentUser.get().map(ProngsaiUser::roles).orElse(Set.of());
		if (!item.keptBy(roles)) {
			throw new AccessDeniedException("item " + code + " is kept by " + item.maintainedBy());
		}
		return ItemEditor.of(fiscalYear, item, content.snapshot(station.id(), fiscalYear, clock.instant()),
				content.facts(station.id(), fiscalYear, clock.instant()));
	}

	ElementEditor element(StationView station, int year, String code, String element) {
		return editor(station, year, code).element(element).orElseThrow(() -> new NotFoundException(element));
	}

	static LocalizedText title(String th, String en) {
		if (th.isBlank() || en.isBlank()) {
			throw new PublishingRejected("disclosure.edit.both-languages");
		}
		return new LocalizedText(th.strip(), en.strip());
	}

	static <T> T parse(Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (DateTimeParseException ex) {
			throw new PublishingRejected("disclosure.edit.date");
		}
	}

	@FunctionalInterface
	interface Action {
		void run() throws IOException;
	}
}
