package org.prongsai.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.webjars.WebJarVersionLocator;

/**
 * The site's one stylesheet: GOV.UK Frontend's compiled CSS followed by Prongsai's own rules,
 * built once at start-up and served under a content hash so browsers cache it for a year.
 * GOV.UK's typeface is licensed for gov.uk alone, so its font faces are dropped and its font
 * stack is replaced by one that renders Thai well.
 */
@Component("stylesheet")
public class Stylesheet {

	static final String FONT_STACK = "\"Sarabun\",\"Noto Sans Thai\",\"Noto Sans Thai UI\",\"Leelawadee UI\",Tahoma,Arial,sans-serif";

	private static final Pattern GDS_FONT_FACE = Pattern.compile("@font-face\\{font-family:GDS Transport;[^}]*\\}");

	private static final Pattern GDS_COPYRIGHT = Pattern.compile("/\\*! Copyright \\(c\\) 2011 by Margaret Calvert[^*]*\\*/");

	private final byte[] css;

	private final String url;

	Stylesheet() {
		String govuk = read(new ClassPathResource(new WebJarVersionLocator()
			.fullPath("govuk-frontend", "dist/govuk/govuk-frontend.min.css")));
		String own = read(new ClassPathResource("static/css/prongsai.css"));
		this.css = (rewrite(govuk) + "\n" + own).getBytes(StandardCharsets.UTF_8);
		this.url = "/assets/site-" + sha256(css).substring(0, 16) + ".css";
	}

	static String rewrite(String govuk) {
		String css = GDS_FONT_FACE.matcher(govuk).replaceAll("");
		css = GDS_COPYRIGHT.matcher(css).replaceAll("");
		return css.replace("font-family:GDS Transport,arial,sans-serif", "font-family:" + FONT_STACK);
	}

	/** The address of the stylesheet, changing whenever its content changes. */
	public String url() {
		return url;
	}

	byte[] bytes() {
		return css.clone();
	}

	private static String read(ClassPathResource resource) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("stylesheet part missing: " + resource.getPath(), ex);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Controller
	static class StylesheetController {

		private final Stylesheet stylesheet;

		StylesheetController(Stylesheet stylesheet) {
			this.stylesheet = stylesheet;
		}

		@GetMapping("/assets/site-{hash}.css")
		ResponseEntity<byte[]> css(@PathVariable String hash) {
			if (!stylesheet.url().equals("/assets/site-" + hash + ".css")) {
				// An old hash after an upgrade: send the current sheet, but don't let it be cached as the old one.
				return ResponseEntity.ok().contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
					.cacheControl(CacheControl.noCache()).body(stylesheet.bytes());
			}
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
				.cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
				.body(stylesheet.bytes());
		}
	}
}
