package org.prongsai.eservice;

import java.io.Serializable;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.platform.web.PublicAddress;
import org.prongsai.station.Acting;
import org.prongsai.station.DemoMode;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * The station's case register: officers register cases and record milestones, the commander
 * reads, and sees which cases are overdue.
 * <p>
 * Only the HMAC of an access code is stored, so the code exists in plain only when it is issued.
 * It is kept in the officer's session, for one case at a time and at most {@link #SLIP_LIFETIME},
 * so that the slip can be printed (and printed again if the printer jams) right after; after
 * that, or once the officer signs out, it is gone, and a lost slip means issuing a new code,
 * which stops the old one. Keeping it anywhere longer would defeat storing only its hash.
 */
@Controller
@AllowedRoles({ Role.OFFICER, Role.STATION_ADMIN, Role.COMMANDER })
class CaseProgressController {

	static final String LIST = "eservice/admin/cases";
	static final String CASE = "eservice/admin/case";
	static final Duration SLIP_LIFETIME = Duration.ofMinutes(15);
	private static final String SLIP = CaseProgressController.class.getName() + ".slip";

	private final CaseProgress cases;
	private final CaseSlips slips;
	private final StationDirectory stations;
	private final PublicAddress address;
	private final DemoMode demo;
	private final Clock clock;

	CaseProgressController(CaseProgress cases, CaseSlips slips, StationDirectory stations,
			PublicAddress address, DemoMode demo, Clock clock) {
		this.cases = cases;
		this.slips = slips;
		this.stations = stations;
		this.address = address;
		this.demo = demo;
		this.clock = clock;
	}

	@ConsoleLink(messageKey = "eservice.case.nav", order = 43)
	@GetMapping("/admin/cases")
	String list(@Acting StationView station, Model model) {
		return list(station, new CaseProgress.Registration("", "", "30", today().toString(), ""), model);
	}

	@PostMapping("/admin/cases")
	@Writers
	String register(CaseProgress.Registration form, @AuthenticationPrincipal ProngsaiUser user, Locale locale,
			@Acting StationView station, HttpSession session, Model model) {
		CaseProgress.Issued issued;
		try {
			issued = cases.register(station.id(), form, locale.getLanguage(), user.getUsername());
		}
		catch (EServiceRejected ex) {
			model.addAttribute("problem", ex);
			return list(station, form, model);
		}
		session.setAttribute(SLIP, new PendingSlip(issued.caseId(), issued.code(), clock.instant()));
		return "redirect:/admin/cases/" + issued.caseId();
	}

	@PostMapping("/admin/cases/milestone-kinds")
	@AllowedRoles(Role.STATION_ADMIN)
	String kinds(@RequestParam(defaultValue = "") String kinds, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, Model model, RedirectAttributes redirect) {
		try {
			cases.setKinds(station.id(), kinds, user.getUsername());
		}
		catch (EServiceRejected ex) {
			model.addAttribute("problem", ex);
			model.addAttribute("kindsText", kinds);
			return list(station, new CaseProgress.Registration("", "", "30", today().toString(), ""), model);
		}
		redirect.addFlashAttribute("saved", "eservice.case.kinds.saved");
		return "redirect:/admin/cases";
	}

	@GetMapping("/admin/cases/{id}")
	String show(@PathVariable UUID id, @Acting StationView station, HttpSession session, Model model) {
		return page(station, found(station, id), session, model);
	}

	@PostMapping("/admin/cases/{id}/milestones")
	@Writers
	String milestone(@PathVariable UUID id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String reachedOn, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, HttpSession session, Model model, RedirectAttributes redirect) {
		CaseProgress.StationCase found = found(station, id);
		try {
			cases.addMilestone(station.id(), id, kind, reachedOn, user.getUsername());
		}
		catch (EServiceRejected ex) {
			model.addAttribute("problem", ex);
			return page(station, found, session, model);
		}
		redirect.addFlashAttribute("saved", "eservice.case.milestone.saved");
		return "redirect:/admin/cases/" + id;
	}

	@PostMapping("/admin/cases/{id}/email")
	@Writers
	String email(@PathVariable UUID id, @RequestParam(defaultValue = "") String email, Locale locale,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, HttpSession session, Model model,
			RedirectAttributes redirect) {
		CaseProgress.StationCase found = found(station, id);
		try {
			cases.setEmail(station.id(), id, email, locale.getLanguage(), user.getUsername());
		}
		catch (EServiceRejected ex) {
			model.addAttribute("problem", ex);
			return page(station, found, session, model);
		}
		redirect.addFlashAttribute("saved", "eservice.case.email.saved");
		return "redirect:/admin/cases/" + id;
	}

	/** A new access code, for a lost slip: the old code stops working. */
	@PostMapping("/admin/cases/{id}/code")
	@Writers
	String newCode(@PathVariable UUID id, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			HttpSession session, RedirectAttributes redirect) {
		found(station, id);
		String code = cases.newCode(station.id(), id, user.getUsername());
		session.setAttribute(SLIP, new PendingSlip(id, code, clock.instant()));
		redirect.addFlashAttribute("saved", "eservice.case.code.saved");
		return "redirect:/admin/cases/" + id;
	}

	@GetMapping("/admin/cases/{id}/slip.pdf")
	@Writers
	ResponseEntity<byte[]> slip(@PathVariable UUID id, @Acting StationView station, HttpSession session) {
		CaseProgress.StationCase found = found(station, id);
		PendingSlip pending = pending(session, id);
		if (pending == null) {
			throw new NotFoundException("no code to print for case " + id);
		}
		byte[] pdf = slips.pdf(station, found, pending.code(), address.base(), today());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("case-slip-" + station.code() + ".pdf").build().toString())
			.body(pdf);
	}

	private String list(StationView station, CaseProgress.Registration form, Model model) {
		model.addAttribute("cases", cases.cases(station.id()));
		model.addAttribute("overdue", cases.overdue(station.id()));
		model.addAttribute("officers", stations.officers(station.id()));
		model.addAttribute("kinds", cases.kinds(station.id()));
		if (!model.containsAttribute("kindsText")) {
			model.addAttribute("kindsText", cases.kinds(station.id()).stream()
				.filter(k -> !CaseProgress.CLOSED.equals(k.code()))
				.map(k -> k.nameTh() + " | " + k.nameEn()).collect(Collectors.joining("\n")));
		}
		model.addAttribute("form", form);
		model.addAttribute("commander", has(Role.COMMANDER));
		model.addAttribute("writer", has(Role.OFFICER) || has(Role.STATION_ADMIN));
		model.addAttribute("stationAdmin", has(Role.STATION_ADMIN));
		model.addAttribute("demoCodes", demo.enabled() && station.demo() ? DemoCases.CODES : Map.of());
		return LIST;
	}

	private String page(StationView station, CaseProgress.StationCase found, HttpSession session, Model model) {
		model.addAttribute("found", found);
		model.addAttribute("kinds", cases.kinds(station.id()));
		model.addAttribute("today", today().toString());
		model.addAttribute("writer", has(Role.OFFICER) || has(Role.STATION_ADMIN));
		PendingSlip pending = pending(session, found.id());
		model.addAttribute("code", pending == null ? null : pending.code());
		return CASE;
	}

	private CaseProgress.StationCase found(StationView station, UUID id) {
		return cases.find(station.id(), id).orElseThrow(() -> new NotFoundException("case " + id));
	}

	/** The code just issued for this case, while it may still be printed. */
	private @Nullable PendingSlip pending(HttpSession session, UUID caseId) {
		if (session.getAttribute(SLIP) instanceof PendingSlip pending) {
			if (clock.instant().isAfter(pending.issuedAt().plus(SLIP_LIFETIME))) {
				session.removeAttribute(SLIP);
				return null;
			}
			return pending.caseId().equals(caseId) ? pending : null;
		}
		return null;
	}

	private static boolean has(Role role) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user != null && user.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(FiscalYear.BANGKOK));
	}

	/** A code in plain, between its issue and the slip's printing. */
	record PendingSlip(UUID caseId, String code, Instant issuedAt) implements Serializable {
	}

	/** Who writes to the register: the commander reads it. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@AllowedRoles({ Role.OFFICER, Role.STATION_ADMIN })
	@interface Writers {
	}
}
