package org.prongsai.reporting;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.web.PublicAddress;

/**
 * The subset of the CKAN Action API (version 3) a national CKAN portal needs to harvest the
 * deployment's stations: {@code package_list}, {@code package_show}, {@code package_search} and
 * {@code resource_show}, with the GD-Catalog fields Thai CKAN portals carry. Read-only.
 */
@RestController
class CkanApiController {

	static final String BASE = "/api/3/action/";

	static final int MAX_ROWS = 1000;

	private final OpenDataCatalogue catalogue;

	private final PublicAddress address;

	private final JsonMapper json;

	CkanApiController(OpenDataCatalogue catalogue, PublicAddress address, JsonMapper json) {
		this.catalogue = catalogue;
		this.address = address;
		this.json = json;
	}

	@GetMapping(BASE + "package_list")
	ResponseEntity<byte[]> packageList(WebRequest request) {
		return ok("package_list", catalogue.all().stream().map(OpenDataCatalogue.Entry::name).sorted().toList(), request);
	}

	@GetMapping(BASE + "package_show")
	ResponseEntity<byte[]> packageShow(@RequestParam(defaultValue = "") String id, WebRequest request) {
		return catalogue.named(id).map(e -> ok("package_show", dataset(e), request))
			.orElseGet(() -> notFound("package_show"));
	}

	@GetMapping(BASE + "package_search")
	ResponseEntity<byte[]> packageSearch(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "10") int rows, @RequestParam(defaultValue = "0") int start, WebRequest request) {
		if (rows < 0 || rows > MAX_ROWS || start < 0) {
			return error("package_search", HttpStatus.BAD_REQUEST, "Validation Error",
					"rows must be 0 to " + MAX_ROWS + " and start at least 0");
		}
		String query = q.strip().toLowerCase(Locale.ROOT);
		List<OpenDataCatalogue.Entry> matches = catalogue.all().stream()
			.filter(e -> query.isEmpty() || query.equals("*:*") || searchable(e).contains(query))
			.toList();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("count", matches.size());
		result.put("results", matches.stream().skip(start).limit(rows).map(this::dataset).toList());
		return ok("package_search", result, request);
	}

	@GetMapping(BASE + "resource_show")
	ResponseEntity<byte[]> resourceShow(@RequestParam(defaultValue = "") String id, WebRequest request) {
		for (OpenDataCatalogue.Entry entry : catalogue.all()) {
			for (DatasetDescription.Distribution file : entry.description().distributions()) {
				if ((entry.name() + "-" + file.id()).equals(id)) {
					return ok("resource_show", resource(entry, file), request);
				}
			}
		}
		return notFound("resource_show");
	}

	private Map<String, Object> dataset(OpenDataCatalogue.Entry e) {
		DatasetDescription d = e.description();
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("id", e.name());
		dataset.put("name", e.name());
		dataset.put("title", d.title().th() + " – " + e.station().profile().nameTh());
		dataset.put("title_en", d.title().en() + " – " + e.station().profile().nameEn());
		dataset.put("notes", d.description().th());
		dataset.put("notes_en", d.description().en());
		dataset.put("url", address.base() + "/" + e.station().code() + "/data/" + d.name() + ".json");
		dataset.put("license_id", "CC-BY-4.0");
		dataset.put("license_title", "Creative Commons Attribution 4.0");
		dataset.put("maintainer", e.station().profile().nameTh());
		dataset.put("maintainer_email", e.station().profile().email());
		dataset.put("metadata_created", ckanTime(e.created()));
		dataset.put("metadata_modified", ckanTime(e.modified()));
		dataset.put("organization", Map.of("name", e.station().code(), "title", e.station().profile().nameTh()));
		dataset.put("tags", d.keywords().stream().map(k -> Map.of("name", k)).toList());
		// GD-Catalog fields, as Thai CKAN portals name them.
		dataset.put("data_type", d.dataType());
		dataset.put("objective", d.objective().th());
		dataset.put("update_frequency_unit", "เดือน");
		dataset.put("update_frequency_interval", d.frequencyMonths());
		dataset.put("geo_coverage", "จังหวัด" + e.station().profile().provinceTh());
		dataset.put("data_source", d.source().th());
		dataset.put("data_format", d.distributions().stream().map(DatasetDescription.Distribution::format).distinct().toList());
		dataset.put("data_category", "ข้อมูลสาธารณะ");
		dataset.put("accessible_condition", "เปิดเผยโดยไม่มีเงื่อนไข");
		dataset.put("created_date", e.created().atZone(FiscalYear.BANGKOK).toLocalDate().toString());
		dataset.put("last_updated_date", e.modified().atZone(FiscalYear.BANGKOK).toLocalDate().toString());
		dataset.put("first_year_of_data", String.valueOf(FiscalYear.containing(e.firstPeriod().atDay(1)).beYear()));
		dataset.put("last_year_of_data", String.valueOf(FiscalYear.containing(e.lastPeriod().atDay(1)).beYear()));
		dataset.put("stale", e.stale());
		dataset.put("num_resources", d.distributions().size());
		List<Map<String, Object>> resources = new ArrayList<>();
		d.distributions().forEach(file -> resources.add(resource(e, file)));
		dataset.put("resources", resources);
		return dataset;
	}

	private Map<String, Object> resource(OpenDataCatalogue.Entry e, DatasetDescription.Distribution file) {
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("id", e.name() + "-" + file.id());
		resource.put("package_id", e.name());
		resource.put("name", file.title().th());
		resource.put("name_en", file.title().en());
		resource.put("url", address.base() + "/" + e.station().code() + "/data/" + file.file());
		resource.put("format", file.format());
		resource.put("mimetype", file.mediaType());
		resource.put("last_modified", ckanTime(e.modified()));
		return resource;
	}

	private static String searchable(OpenDataCatalogue.Entry e) {
		DatasetDescription d = e.description();
		return String.join(" ", e.name(), d.title().th(), d.title().en(), d.description().th(), d.description().en(),
				String.join(" ", d.keywords()), e.station().profile().nameTh(), e.station().profile().nameEn())
			.toLowerCase(Locale.ROOT);
	}

	/** CKAN writes times in UTC without a zone. */
	private static String ckanTime(java.time.Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
	}

	private ResponseEntity<byte[]> ok(String action, Object result, WebRequest request) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("help", address.base() + BASE + "help_show?name=" + action);
		body.put("success", true);
		body.put("result", result);
		return OpenDataController.answer(json.writeValueAsBytes(body), MediaType.APPLICATION_JSON, catalogueModified(),
				request);
	}

	private java.time.Instant catalogueModified() {
		return catalogue.all().stream().map(OpenDataCatalogue.Entry::modified).max(java.time.Instant::compareTo)
			.orElse(java.time.Instant.EPOCH);
	}

	private ResponseEntity<byte[]> notFound(String action) {
		return error(action, HttpStatus.NOT_FOUND, "Not Found Error", "Not found");
	}

	private ResponseEntity<byte[]> error(String action, HttpStatus status, String type, @Nullable String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("help", address.base() + BASE + "help_show?name=" + action);
		body.put("success", false);
		body.put("error", Map.of("__type", type, "message", message == null ? type : message));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(body));
	}
}
