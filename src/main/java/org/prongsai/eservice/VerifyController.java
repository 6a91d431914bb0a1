package org.prongsai.eservice;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/**
 * Where a certificate's QR code leads: whether the station issued it and it still stands, with its
 * essentials and the holder's data masked. A valid or revoked certificate's page is the same for
 * every visitor, so the page cache keeps it; a revocation is audited, and every audited change
 * empties the cache, so it shows at once. An invalid code's page (a 404) is never kept, so made-up
 * codes cannot crowd the cache. The station's public keys are here too, for checking offline.
 */
@Controller
class VerifyController {

	static final String VIEW = "eservice/public/verify";

	private final Certificates certificates;
	private final SigningKeys keys;

	VerifyController(Certificates certificates, SigningKeys keys) {
		this.certificates = certificates;
		this.keys = keys;
	}

	@GetMapping(StationPaths.STATION + "/verify/{code}")
	String verify(StationView station, @PathVariable String code, Model model, HttpServletResponse response) {
		Certificates.Verification verification = certificates.verify(station, code);
		if (verification.status() == Certificates.Status.INVALID) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("verification", verification);
		return VIEW;
	}

	@GetMapping(StationPaths.STATION + "/verify/keys.pem")
	ResponseEntity<byte[]> keys(StationView station) {
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "x-pem-file"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(station.code() + "-keys.pem").build().toString())
			.cacheControl(CacheControl.noCache())
			.body(String.join("", keys.publicKeysPem(station.code())).getBytes(StandardCharsets.US_ASCII));
	}
}
