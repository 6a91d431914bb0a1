package org.prongsai.eservice;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.platform.web.PublicAddress;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/** The printable signs of the service desk, each a PDF with the QR code of its page. */
@Controller
@AllowedRoles({ Role.PUBLISHER, Role.STATION_ADMIN, Role.REGION_ADMIN })
class SignsController {

	private final Signs signs;
	private final LineRichMenu richMenu;
	private final PublicAddress address;
	private final Clock clock;

	SignsController(Signs signs, LineRichMenu richMenu, PublicAddress address, Clock clock) {
		this.signs = signs;
		this.richMenu = richMenu;
		this.address = address;
		this.clock = clock;
	}

	@ConsoleLink(messageKey = "eservice.signs.nav", order = 41)
	@GetMapping("/admin/signs")
	String list(@Acting StationView station, Model model) {
		// Each sign with where its code leads now; a sign whose target the station has not set has none.
		model.addAttribute("signs", Signs.ALL.stream()
			.map(s -> new Listed(s, signs.address(station, s, address.base()).orElse(null))).toList());
		return "eservice/admin/signs";
	}

	/** Downloads a sign, A4 unless {@code size=A3}. */
	@GetMapping("/admin/signs/{key}.pdf")
	ResponseEntity<byte[]> sign(@PathVariable String key, @RequestParam(defaultValue = "A4") String size,
			@Acting StationView station) {
		Signs.Sign sign = Signs.named(key).orElseThrow(() -> new NotFoundException("sign " + key));
		if (!size.equals("A4") && !size.equals("A3")) {
			throw new NotFoundException("sign size " + size);
		}
		String target = signs.address(station, sign, address.base())
			.orElseThrow(() -> new NotFoundException("sign " + key + " has no target yet"));
		byte[] pdf = signs.pdf(station, sign, target, size.equals("A3"), LocalDate.now(clock.withZone(FiscalYear.BANGKOK)));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("sign-" + station.code() + "-" + key + "-" + size + ".pdf").build().toString())
			.body(pdf);
	}

	/** The LINE Official Account rich menu's image, to upload unchanged. */
	@GetMapping("/admin/signs/line-rich-menu.png")
	ResponseEntity<byte[]> richMenuImage(@Acting StationView station) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("line-rich-menu-" + station.code() + ".png").build().toString())
			.body(richMenu.png(station, address.base()));
	}

	/** The LINE rich menu's JSON, the body of the Messaging API's "create rich menu" request. */
	@GetMapping("/admin/signs/line-rich-menu.json")
	ResponseEntity<String> richMenuJson(@Acting StationView station) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("line-rich-menu-" + station.code() + ".json").build().toString())
			.body(richMenu.json(station, address.base()));
	}

	/**
	 * A sign on the list.
	 * @param address where its code leads now, or null when the station has not set its target
	 */
	record Listed(Signs.Sign sign, @org.jspecify.annotations.Nullable String address) {
	}
}
