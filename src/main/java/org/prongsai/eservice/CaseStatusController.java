package org.prongsai.eservice;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.web.PrivatePages;
import org.prongsai.platform.web.SubmissionQuotas;
import org.prongsai.platform.web.SubmissionRefused;
import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/**
 * The public status of a case (ติดตามความคืบหน้าคดี), under the station's e-services: a form for the
 * case number and access code, and the case's milestones once both are right. The slip's QR code
 * opens {@code /{station}/e-services/case?n=…&c=…}, which looks the case up at once, so a citizen
 * who scans it lands on the status. Since that address carries the code, every answer here is
 * {@code no-store} and sends no referrer, a right code leads on to {@code …/case/status} (the
 * case this session opened, with no code in its address or links), and nothing here logs a
 * request; the page cache never keeps these pages (their paths are not ones it serves).
 */
@Controller
class CaseStatusController {

	static final String VIEW = "eservice/public/case";

	/** The case this session last opened with its number and code. */
	private static final String SHOWN = CaseStatusController.class.getName() + ".shown";

	private final CaseStatus status;
	private final CaseProgress cases;
	private final SubmissionQuotas quotas;

	CaseStatusController(CaseStatus status, CaseProgress cases, SubmissionQuotas quotas) {
		this.status = status;
		this.cases = cases;
		this.quotas = quotas;
	}

	@GetMapping(StationPaths.STATION + "/e-services/case")
	String page(StationView station, @RequestParam(name = "n", required = false) @Nullable String number,
			@RequestParam(name = "c", required = false) @Nullable String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PrivatePages.keep(response);
		if (number != null && code != null) {
			return answer(station, number, code, request, response, model);
		}
		model.addAttribute("number", number == null ? "" : number);
		return VIEW;
	}

	@PostMapping(StationPaths.STATION + "/e-services/case")
	String lookUp(StationView station, @RequestParam(name = "n", defaultValue = "") String number,
			@RequestParam(name = "c", defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PrivatePages.keep(response);
		return answer(station, number, code, request, response, model);
	}

	/** The case this session opened last; the form when it has opened none. */
	@GetMapping(StationPaths.STATION + "/e-services/case/status")
	String status(StationView station, HttpServletRequest request, HttpServletResponse response, Model model) {
		PrivatePages.keep(response);
		CaseProgress.StationCase found = shown(station, request.getSession(false));
		if (found == null) {
			return "redirect:" + form(station);
		}
		model.addAttribute("found", found);
		return VIEW;
	}

	/** An e-mail address left for the case this session opened. */
	@PostMapping(StationPaths.STATION + "/e-services/case/email")
	String email(StationView station, @RequestParam(defaultValue = "") String email, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PrivatePages.keep(response);
		CaseProgress.StationCase found = shown(station, request.getSession(false));
		if (found == null) {
			return "redirect:" + form(station);
		}
		try {
			CaseProgress.email(email);
			quotas.admit("case-email", station.id(), request.getRemoteAddr(), 0);
			cases.setEmail(station.id(), found.id(), email, locale.getLanguage(), CaseProgress.CITIZEN);
		}
		catch (EServiceRejected | SubmissionRefused ex) {
			if (ex instanceof SubmissionRefused) {
				response.setStatus(SubmissionRefused.STATUS);
			}
			model.addAttribute("problem", ex);
			model.addAttribute("email", email);
			model.addAttribute("found", found);
			return VIEW;
		}
		redirect.addFlashAttribute("saved", "eservice.status.email.saved");
		return "redirect:" + form(station) + "/status";
	}

	/**
	 * A right number and code open the case for this session and lead to its status page, so the
	 * code leaves the address bar and is in no link of the page; a wrong one gets the form again.
	 */
	private String answer(StationView station, String number, String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		CaseStatus.Answer answer = status.lookUp(station.id(), number, code, request.getRemoteAddr());
		if (answer.caseId() == null) {
			response.setStatus(answer == CaseStatus.Answer.LOCKED ? HttpStatus.TOO_MANY_REQUESTS.value()
					: answer == CaseStatus.Answer.BAD_NUMBER ? HttpStatus.BAD_REQUEST.value() : HttpStatus.NOT_FOUND.value());
			model.addAttribute("number", number);
			model.addAttribute("failure", answer.problem());
			return VIEW;
		}
		request.getSession().setAttribute(SHOWN, answer.caseId());
		return "redirect:" + form(station) + "/status";
	}

	private CaseProgress.@Nullable StationCase shown(StationView station, @Nullable HttpSession session) {
		return session != null && session.getAttribute(SHOWN) instanceof UUID id ? cases.find(station.id(), id).orElse(null) : null;
	}

	private static String form(StationView station) {
		return "/" + station.code() + "/e-services/case";
	}
}
