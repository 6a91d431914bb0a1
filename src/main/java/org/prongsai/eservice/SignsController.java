package org.prongsai.eservice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.AdminLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.platform.web.PublicAddress;
import org.prongsai.station.ActingStation;
import org.prongsai.station.StationView;

/** The printable signs of the service desk, each a PDF with the QR code of its page. */
@Controller
@PreAuthorize("hasAnyRole('PUBLISHER', 'STATION_ADMIN', 'REGION_ADMIN')")
class SignsController {

	private final ActingStation acting;
	private final Signs signs;
	private final PublicAddress address;
	private final Clock clock;

	SignsController(ActingStation acting, Signs signs, PublicAddress address, Clock clock) {
		this.acting = acting;
		this.signs = signs;
		this.address = address;
		this.clock = clock;
	}

	@GetMapping("/admin/signs")
	String list(HttpSession session, Model model) {
		model.addAttribute("actingStation", acting.current(session));
		model.addAttribute("signs", Signs.ALL);
		return "eservice/admin/signs";
	}

	@GetMapping("/admin/signs/{key}.pdf")
	ResponseEntity<byte[]> sign(@PathVariable String key, HttpSession session) {
		StationView station = acting.current(session);
		Signs.Sign sign = Signs.named(key).orElseThrow(() -> new NotFoundException("sign " + key));
		byte[] pdf = signs.pdf(station, sign, address.base(), LocalDate.now(clock.withZone(FiscalYear.BANGKOK)));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("sign-" + station.code() + "-" + key + ".pdf").build().toString())
			.body(pdf);
	}

	@Bean
	static AdminLink signsLink() {
		return new AdminLink("eservice.signs.nav", "/admin/signs", Set.of(Role.PUBLISHER, Role.STATION_ADMIN, Role.REGION_ADMIN), 41);
	}
}
