package org.prongsai.eservice;

import jakarta.servlet.http.HttpServletResponse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileRejectedException;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.web.SubmissionRefused;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.files.ServerBusyException;
import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/**
 * The public form for reporting a lost document, which works without JavaScript. Each form
 * carries a one-time token, so submitting it twice (a double click, a resend after a slow answer)
 * files one report and shows the same reference.
 */
@Controller
class LostDocumentController {

	static final String FORM = "eservice/public/lost-document";

	static final String FILED = "eservice/public/lost-document-filed";

	private final LostDocumentReports reports;

	private final Files files;

	LostDocumentController(LostDocumentReports reports, Files files) {
		this.reports = reports;
		this.files = files;
	}

	@GetMapping(StationPaths.STATION + "/e-services/lost-document")
	String form(StationView station, Model model) {
		return page(new LostDocumentReports.ReportEntry(reports.newSubmission(), "", "", "", "", "", "", "ID_CARD", "", "",
				""), model);
	}

	@PostMapping(StationPaths.STATION + "/e-services/lost-document")
	String file(StationView station, LostDocumentReports.ReportEntry entry,
			@RequestParam(required = false) @Nullable MultipartFile photo, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		String reference;
		try {
			reference = fileOnce(station, entry, photo, request.getRemoteAddr());
		}
		catch (EServiceRejected | FileRejectedException | SubmissionRefused ex) {
			if (ex instanceof SubmissionRefused) {
				response.setStatus(SubmissionRefused.STATUS);
			}
			model.addAttribute("problem", ex);
			return page(entry, model);
		}
		catch (ServerBusyException ex) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			model.addAttribute("problem", ex);
			return page(entry, model);
		}
		redirect.addFlashAttribute("reference", reference);
		return "redirect:/" + station.code() + "/e-services/lost-document/filed";
	}

	@GetMapping(StationPaths.STATION + "/e-services/lost-document/filed")
	String filed(StationView station) {
		return FILED;
	}

	/** Checks the photo, outside any transaction, then files the report with it. */
	private String fileOnce(StationView station, LostDocumentReports.ReportEntry entry, @Nullable MultipartFile photo,
			String client) {
		try (@Nullable CheckedFile checked = photo == null || photo.isEmpty() ? null : files.check(FileUse.PHOTO, photo)) {
			return reports.file(station.id(), entry, checked, client);
		}
		catch (DuplicateKeyException ex) {
			// The same form sent twice at once: the other request filed it.
			return reports.referenceFor(station.id(), entry.submission()).orElseThrow(() -> ex);
		}
	}

	private String page(LostDocumentReports.ReportEntry entry, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("documentTypes", LostDocumentReports.DOCUMENT_TYPES);
		model.addAttribute("idKinds", LostDocumentReports.ID_KINDS);
		model.addAttribute("photoAccept", FileUse.PHOTO.accept());
		model.addAttribute("photoLimit", FileUse.PHOTO.maxMegabytes());
		return FORM;
	}
}
