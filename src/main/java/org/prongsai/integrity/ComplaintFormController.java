package org.prongsai.integrity;

import java.io.Serializable;
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
import org.prongsai.platform.web.PrivatePages;
import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/**
 * The complaint form, the receipt shown once, and the complainant's way back with it. Nothing
 * here is cached, sent as a referrer, or put in an address: the receipt and the complaint opened
 * with it live in the session only.
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

	private final ComplaintIntake intake;

	ComplaintFormController(ComplaintIntake intake) {
		this.intake = intake;
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
		HttpSession session = request.getSession();
		try {
			Receipts.Issued receipt = intake.submit(station, submission, uploads(files), formToken, request.getRemoteAddr());
			session.setAttribute(ISSUED, new Issued(station.code(), formToken, receipt.shown()));
		}
		catch (ComplaintIntake.AlreadySent ex) {
			// A double click: the first request's receipt is still waiting in this session, shown now.
			if (!(session.getAttribute(ISSUED) instanceof Issued issued && issued.formToken().equals(formToken))) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("problem", ex);
				return form(station, ComplaintIntake.Submission.empty(), model);
			}
		}
		catch (Rejected | FileRejectedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", ex);
			return form(station, submission, model);
		}
		return "redirect:/" + station.code() + "/complaints/receipt";
	}

	/** The receipt, once: the page read, it is gone from the session. */
	@GetMapping(StationPaths.STATION + "/complaints/receipt")
	String receipt(StationView station, HttpSession session, HttpServletResponse response, Model model) {
		PrivatePages.keep(response);
		if (session.getAttribute(ISSUED) instanceof Issued issued && issued.station().equals(station.code())) {
			session.removeAttribute(ISSUED);
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
			request.changeSessionId();
			request.getSession().setAttribute(OPENED, new Opened(station.code(), complaint));
		}
		catch (Rejected ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("problem", ex);
			return FOLLOW;
		}
		return "redirect:/" + station.code() + "/complaints/mine";
	}

	@GetMapping(StationPaths.STATION + "/complaints/mine")
	String mine(StationView station, HttpSession session, HttpServletResponse response, Model model) {
		PrivatePages.keep(response);
		UUID complaint = opened(station, session);
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
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, HttpSession session,
			HttpServletResponse response, Model model) {
		UUID complaint = opened(station, session);
		if (complaint == null) {
			return "redirect:/" + station.code() + "/complaints/follow";
		}
		try {
			intake.reply(station, complaint, message, uploads(files));
		}
		catch (Rejected | FileRejectedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", ex);
			model.addAttribute("message", message);
			return mine(station, session, response, model);
		}
		return "redirect:/" + station.code() + "/complaints/mine#conversation";
	}

	/** Closes the complaint in this browser: the receipt is needed to open it again. */
	@PostMapping(StationPaths.STATION + "/complaints/mine/close")
	String close(StationView station, HttpSession session) {
		session.removeAttribute(OPENED);
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

	private static @Nullable UUID opened(StationView station, HttpSession session) {
		return session.getAttribute(OPENED) instanceof Opened opened && opened.station().equals(station.code())
				? opened.complaint() : null;
	}

	private static List<ComplaintIntake.Upload> uploads(@Nullable List<MultipartFile> files) {
		List<ComplaintIntake.Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					String name = file.getOriginalFilename();
					uploads.add(new ComplaintIntake.Upload(name == null ? "" : name, file::getInputStream));
				}
			}
		}
		return uploads;
	}


	private record Issued(String station, String formToken, String receipt) implements Serializable {
	}

	private record Opened(String station, UUID complaint) implements Serializable {
	}
}
