package org.prongsai.eservice;


import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.files.FileResponses;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.files.StoredFileView;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.platform.web.PublicAddress;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/**
 * The officers' screens for lost-document reports: the pending ones with the holder's data
 * masked, one report opened in full (audited), and its answer: a certificate issued, or a refusal
 * with its reason; an issued certificate is printed from here or revoked with a reason.
 */
@Controller
@AllowedRoles({ Role.OFFICER, Role.STATION_ADMIN })
class CertificatesController {

	static final String LIST = "eservice/admin/certificates";

	static final String REPORT = "eservice/admin/certificate";

	private final LostDocumentReports reports;
	private final Certificates certificates;
	private final Files files;
	private final PublicAddress address;
	private final LostDocumentRetention.Answered answered;
	private final LostDocumentRetention.Unanswered unanswered;

	CertificatesController(LostDocumentReports reports, Certificates certificates, Files files,
			PublicAddress address, LostDocumentRetention.Answered answered, LostDocumentRetention.Unanswered unanswered) {
		this.reports = reports;
		this.certificates = certificates;
		this.files = files;
		this.address = address;
		this.answered = answered;
		this.unanswered = unanswered;
	}

	@ConsoleLink(messageKey = "eservice.certificate.nav", order = 44)
	@GetMapping("/admin/certificates")
	String list(@Acting StationView station, Model model) {
		model.addAttribute("reports", reports.pending(station.id()));
		model.addAttribute("decided", reports.recentlyDecided(station.id()));
		return LIST;
	}

	@GetMapping("/admin/certificates/{reference}")
	String report(@PathVariable String reference, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			Model model) {
		LostDocumentReports.Report report = reports.open(station.id(), reference)
			.orElseThrow(() -> new NotFoundException("lost-document report " + reference));
		return page(station, report, user, model);
	}

	@GetMapping("/admin/certificates/{reference}/photo")
	ResponseEntity<Resource> photo(@PathVariable String reference, @Acting StationView station) {
		StoredFileView photo = reports.find(station.id(), reference).flatMap(r -> reports.photo(station.id(), r))
			.orElseThrow(() -> new NotFoundException("photo of report " + reference));
		return FileResponses.inline(photo, files.open(photo), CacheControl.noStore());
	}

	@PostMapping("/admin/certificates/{reference}/issue")
	String issue(@PathVariable String reference, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			Model model, RedirectAttributes redirect) {
		return decide(reference, user, station, model, redirect, "eservice.certificate.issued",
				() -> certificates.issue(station, reference, user.displayName(), user.getUsername()));
	}

	@PostMapping("/admin/certificates/{reference}/reject")
	String reject(@PathVariable String reference, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, Model model, RedirectAttributes redirect) {
		return decide(reference, user, station, model, redirect, "eservice.lost.rejected",
				() -> reports.reject(station.id(), reference, reason, user.getUsername()));
	}

	@PostMapping("/admin/certificates/{reference}/revoke")
	String revoke(@PathVariable String reference, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, Model model, RedirectAttributes redirect) {
		return decide(reference, user, station, model, redirect, "eservice.certificate.revoked",
				() -> certificates.revoke(station, reference, reason, user));
	}

	/** Does what the officer decided on the acting station's report; a refusal shows the report again with why. */
	private String decide(String reference, ProngsaiUser user, StationView station, Model model,
			RedirectAttributes redirect, String saved, Runnable decision) {
		try {
			decision.run();
		}
		catch (EServiceRejected ex) {
			LostDocumentReports.Report report = reports.find(station.id(), reference)
				.orElseThrow(() -> new NotFoundException("lost-document report " + reference));
			model.addAttribute("problem", ex);
			return page(station, report, user, model);
		}
		redirect.addFlashAttribute("saved", saved);
		return "redirect:/admin/certificates/" + reference;
	}

	@GetMapping("/admin/certificates/{reference}/certificate.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String reference, @Acting StationView station) {
		LostDocumentReports.Report report = reports.find(station.id(), reference)
			.orElseThrow(() -> new NotFoundException("lost-document report " + reference));
		Certificates.Certificate certificate = certificates.forReport(station, report.reference())
			.orElseThrow(() -> new NotFoundException("certificate of report " + reference));
		byte[] pdf = certificates.pdf(station, certificate, report, address.base());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("certificate-" + station.code() + "-" + certificate.content().number().replace('/', '-') + ".pdf")
				.build().toString())
			.body(pdf);
	}

	private String page(StationView station, LostDocumentReports.Report report, ProngsaiUser user, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("certificate", certificates.forReport(station, report.reference()).orElse(null));
		model.addAttribute("mayRevoke", certificates.mayRevoke(station.id(), report.reference(), user));
		model.addAttribute("base", address.base());
		model.addAttribute("erasedAfterDays", (report.pending() ? unanswered : answered).period().toDays());
		return REPORT;
	}
}
