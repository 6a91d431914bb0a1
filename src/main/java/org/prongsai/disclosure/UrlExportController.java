package org.prongsai.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.prongsai.platform.web.PublicAddress;
import org.prongsai.station.StationView;

/**
 * The year's item addresses as CSV and XLSX, for the station to copy into the national
 * assessment form. Addresses are absolute: {@code prongsai.public-base-url} when it is set (the
 * address the public knows, behind any proxy), otherwise the scheme and host of the request.
 */
@Controller
class UrlExportController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType.parseMediaType(DocumentFormat.XLSX.contentType());

	private final ItemPages pages;

	private final UrlExport export;

	private final PublicAddress address;

	UrlExportController(ItemPages pages, UrlExport export, PublicAddress address) {
		this.pages = pages;
		this.export = export;
		this.address = address;
	}

	@GetMapping(ItemPageController.YEAR + "/urls.csv")
	ResponseEntity<byte[]> csv(StationView station, @PathVariable int fy, Locale locale) {
		Criteria criteria = pages.criteria(fy);
		return download(station, criteria, "csv", CSV, export.csv(export.rows(station, criteria, baseUrl()), locale));
	}

	@GetMapping(ItemPageController.YEAR + "/urls.xlsx")
	ResponseEntity<byte[]> xlsx(StationView station, @PathVariable int fy, Locale locale) {
		Criteria criteria = pages.criteria(fy);
		return download(station, criteria, "xlsx", XLSX,
				export.xlsx(station, criteria.fiscalYear(), export.rows(station, criteria, baseUrl()), locale));
	}

	private String baseUrl() {
		return address.base();
	}

	private static ResponseEntity<byte[]> download(StationView station, Criteria criteria, String extension,
			MediaType type, byte[] body) {
		String name = station.code() + "-oit-" + criteria.fiscalYear().beYear() + "-urls." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
