package org.prongsai.integrity;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.multipart.MultipartFile;

import org.prongsai.platform.files.FileRejectedException;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.ServerBusyException;
import org.prongsai.platform.security.HashingBusy;
import org.prongsai.platform.web.PrivatePages;
import org.prongsai.platform.web.SubmissionRefused;
import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/**
 * The complaint form, the receipt shown once, and the complainant's way back with it. Nothing
 * here is cached, sent as a referrer, or put in an address: the receipt and the complaint opened
 * with it live in the session only, and only while they are used, since the session may also be
 * a member of staff's who filed from the office. Reading the form makes no session; sending it
 * does, and the same filling sent twice at once gets its receipt from {@link WaitingReceipts}.
 */
@Controller
class ComplaintFormController {

	static final String FORM = "integrity/public/complaint";
	static final String RECEIPT = "integrity/public/receipt";
	static final String FOLLOW = "integrity/public/follow";
	static final String MINE = "integrity/public/mine";

	/** The receipt issued, waiting to be shown once. */
	private static final String ISSUED = ComplaintFormController.class.getName() + ".issued";

	/** The complaint the receipt opened in this session. */
	private static final String OPENED = ComplaintFormController.class.getName() + ".opened";

	/** How long the receipt waits to be shown, and the complaint stays open, without being used. */
	static final Duration KEPT = Duration.ofMinutes(15);

	private final ComplaintIntake intake;

	private final WaitingReceipts waiting;

	private final Clock clock;

	ComplaintFormController(ComplaintIntake intake, WaitingReceipts waiting, Clock clock) {
		this.intake = intake;
		this.waiting = waiting;
		this.clock = clock;
	}

	@GetMapping(StationPaths.STATION + "/complaints/new")
	String form(StationView station, HttpServletResponse response, Model model) {
		PrivatePages.keep(response);
		return form(station, ComplaintIntake.Submission.empty(), model);
	}

	@PostMapping(StationPaths.STATION + "/complaints/new")
	String submit(StationView station, ComplaintIntake.Submission submission,
			@RequestParam(defaultValue = "") String formToken,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PrivatePages.keep(response);
		String earlier;
		try {
			earlier = waiting.claim(station.code(), formToken);
		}
		catch (WaitingReceipts.AlreadyUnknown ex) {
			return alreadySent(station, response, model);
		}
		if (earlier != null) {
			// A double click: the first request issued this filling's receipt. Where the first
			// answer reached this browser, its session shows the receipt once; otherwise here.
			Issued issued = issued(request.getSession(false));
			if (issued != null && issued.station().equals(station.code()) && issued.formToken().equals(formToken)) {
				return "redirect:/" + station.code() + "/complaints/receipt";
			}
			model.addAttribute("receipt", earlier);
			return RECEIPT;
		}
		Receipts.Issued receipt;
		try {
			receipt = intake.submit(station, submission, uploads(files), formToken, request.getRemoteAddr());
		}
		catch (ComplaintIntake.AlreadySent ex) {
			waiting.refused(station.code(), formToken);
			return alreadySent(station, response, model);
		}
		catch (Rejected | FileRejectedException | SubmissionRefused | HashingBusy | ServerBusyException ex) {
			waiting.refused(station.code(), formToken);
			response.setStatus(status(ex));
			model.addAttribute("problem", ex);
			return form(station, submission, model);
		}
		catch (RuntimeException ex) {
			waiting.refused(station.code(), formToken);
			throw ex;
		}
		waiting.issued(station.code(), formToken, receipt.shown());
		request.getSession().setAttribute(ISSUED,
				new Issued(station.code(), formToken, receipt.shown(), clock.instant().plus(KEPT)));
		return "redirect:/" + station.code() + "/complaints/receipt";
	}

	/** The form was sent before, longer ago than its receipt is kept: that complaint stands. */
	private String alreadySent(StationView station, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("problem", new ComplaintIntake.AlreadySent());
		return form(station, ComplaintIntake.Submission.empty(), model);
	}

	/** The receipt, once: the page read, it is gone from the session. */
	@GetMapping(StationPaths.STATION + "/complaints/receipt")
	String receipt(StationView station, HttpServletRequest request, HttpServletResponse response, Model model) {
		PrivatePages.keep(response);
		HttpSession session = request.getSession(false);
		Issued issued = issued(session);
		if (session != null && issued != null && issued.station().equals(station.code())) {
			session.removeAttribute(ISSUED);
			waiting.shown(issued.station(), issued.formToken());
			model.addAttribute("receipt", issued.receipt());
			return RECEIPT;
		}
		return "redirect:/" + station.code() + "/complaints/follow";
	}

	@GetMapping(StationPaths.STATION + "/complaints/follow")
	String follow(StationView station, HttpServletResponse response) {
		PrivatePages.keep(response);
		return FOLLOW;
	}

	@PostMapping(StationPaths.STATION + "/complaints/follow")
	String open(StationView station, @RequestParam(defaultValue = "") String receipt, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PrivatePages.keep(response);
		try {
			UUID complaint = intake.follow(station.id(), receipt, request.getRemoteAddr()).orElse(null);
			if (complaint == null) {
				response.setStatus(HttpStatus.NOT_FOUND.value());
				model.addAttribute("problem", new Rejected("integrity.complaint.reject.receipt"));
				return FOLLOW;
			}
			// A session made before the receipt was typed gets a new id; a new one has a fresh id anyway.
			if (request.getSession(false) != null) {
				request.changeSessionId();
			}
			request.getSession().setAttribute(OPENED, new Opened(station.code(), complaint, clock.instant().plus(KEPT)));
		}
		catch (Rejected | HashingBusy ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("problem", ex);
			return FOLLOW;
		}
		return "redirect:/" + station.code() + "/complaints/mine";
	}

	@GetMapping(StationPaths.STATION + "/complaints/mine")
	String mine(StationView station, HttpServletRequest request, HttpServletResponse response, Model model) {
		PrivatePages.keep(response);
		UUID complaint = opened(station, request.getSession(false));
		if (complaint == null) {
			return "redirect:/" + station.code() + "/complaints/follow";
		}
		model.addAttribute("complaint", intake.status(station, complaint));
		model.addAttribute("fileLimit", FileUse.ATTACHMENT.maxMegabytes());
		model.addAttribute("fileAccept", FileUse.ATTACHMENT.accept());
		model.addAttribute("maxFiles", ComplaintIntake.MAX_FILES);
		return MINE;
	}

	@PostMapping(StationPaths.STATION + "/complaints/mine")
	String reply(StationView station, @RequestParam(defaultValue = "") String message,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		UUID complaint = opened(station, request.getSession(false));
		if (complaint == null) {
			return "redirect:/" + station.code() + "/complaints/follow";
		}
		try {
			intake.reply(station, complaint, message, uploads(files), request.getRemoteAddr());
		}
		catch (Rejected | FileRejectedException | SubmissionRefused | ServerBusyException ex) {
			response.setStatus(status(ex));
			model.addAttribute("problem", ex);
			model.addAttribute("message", message);
			return mine(station, request, response, model);
		}
		return "redirect:/" + station.code() + "/complaints/mine#conversation";
	}

	/** Closes the complaint in this browser: the receipt is needed to open it again. */
	@PostMapping(StationPaths.STATION + "/complaints/mine/close")
	String close(StationView station, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(OPENED);
		}
		return "redirect:/" + station.code() + "/complaints";
	}

	private String form(StationView station, ComplaintIntake.Submission entry, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("categories", ComplaintCategory.values());
		model.addAttribute("units", intake.units(station));
		model.addAttribute("officers", intake.officers(station.id()));
		model.addAttribute("minLength", ComplaintIntake.MIN_LENGTH);
		model.addAttribute("maxLength", ComplaintIntake.MAX_LENGTH);
		model.addAttribute("fileLimit", FileUse.ATTACHMENT.maxMegabytes());
		model.addAttribute("fileAccept", FileUse.ATTACHMENT.accept());
		model.addAttribute("maxFiles", ComplaintIntake.MAX_FILES);
		return FORM;
	}

	/** The complaint this session opened, kept open for another while as it is used; null once it lapsed. */
	private @Nullable UUID opened(StationView station, @Nullable HttpSession session) {
		if (session == null || !(session.getAttribute(OPENED) instanceof Opened opened)) {
			return null;
		}
		if (!opened.until().isAfter(clock.instant())) {
			session.removeAttribute(OPENED);
			return null;
		}
		if (!opened.station().equals(station.code())) {
			return null;
		}
		session.setAttribute(OPENED, new Opened(opened.station(), opened.complaint(), clock.instant().plus(KEPT)));
		return opened.complaint();
	}

	/** The receipt waiting to be shown; null once it lapsed unshown. */
	private @Nullable Issued issued(@Nullable HttpSession session) {
		if (session == null || !(session.getAttribute(ISSUED) instanceof Issued issued)) {
			return null;
		}
		if (!issued.until().isAfter(clock.instant())) {
			session.removeAttribute(ISSUED);
			return null;
		}
		return issued;
	}

	/**
	 * A refusal of what was sent is the sender's to fix (400); a quota used up or a portal too busy to
	 * hash is a matter of waiting (429), and a server with no room to read files now (503) is too.
	 */
	private static int status(RuntimeException refusal) {
		HttpStatus status = refusal instanceof ServerBusyException ? HttpStatus.SERVICE_UNAVAILABLE
				: refusal instanceof SubmissionRefused || refusal instanceof HashingBusy ? HttpStatus.TOO_MANY_REQUESTS
						: HttpStatus.BAD_REQUEST;
		return status.value();
	}

	private static List<ComplaintIntake.Upload> uploads(@Nullable List<MultipartFile> files) {
		List<ComplaintIntake.Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					String name = file.getOriginalFilename();
					uploads.add(new ComplaintIntake.Upload(name == null ? "" : name, file.getSize(), file::getInputStream));
				}
			}
		}
		return uploads;
	}


	private record Issued(String station, String formToken, String receipt, Instant until) implements Serializable {
	}

	private record Opened(String station, UUID complaint, Instant until) implements Serializable {
	}
}
