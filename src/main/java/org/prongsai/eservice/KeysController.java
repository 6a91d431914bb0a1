package org.prongsai.eservice;

import java.nio.charset.StandardCharsets;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/** The station's signing keys: the public ones to download, and a button to rotate to a new key. */
@Controller
@AllowedRoles(Role.STATION_ADMIN)
class KeysController {

	private final SigningKeys keys;
	private final StationKeys.KeyRotation rotation;

	KeysController(SigningKeys keys, StationKeys.KeyRotation rotation) {
		this.keys = keys;
		this.rotation = rotation;
	}

	@ConsoleLink(messageKey = "eservice.keys.nav", order = 45)
	@GetMapping("/admin/keys")
	String list(@Acting StationView station, Model model) {
		model.addAttribute("keys", keys.publicKeys(station.code()));
		return "eservice/admin/keys";
	}

	@GetMapping("/admin/keys/{number}.pem")
	ResponseEntity<byte[]> pem(@PathVariable int number, @Acting StationView station) {
		SigningKeys.PublicKeyFile key = keys.publicKeys(station.code()).stream().filter(k -> k.number() == number)
			.findFirst().orElseThrow(() -> new NotFoundException("key " + number));
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "x-pem-file"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(station.code() + "-key-" + number + ".pem").build().toString())
			.body(key.pem().getBytes(StandardCharsets.US_ASCII));
	}

	@PostMapping("/admin/keys/rotate")
	String rotate(@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, RedirectAttributes redirect) {
		rotation.rotate(station, user.getUsername());
		redirect.addFlashAttribute("saved", "eservice.keys.rotated");
		return "redirect:/admin/keys";
	}
}
