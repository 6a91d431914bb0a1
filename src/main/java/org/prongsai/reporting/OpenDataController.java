package org.prongsai.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

import org.prongsai.platform.documents.CsvTable;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.platform.web.PublicAddress;
import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/**
 * The station's open data, read-only: each dataset as paged JSON and as CSV, made from its
 * released periods only. Answers carry a strong {@code ETag} (the body's SHA-256) and
 * {@code Last-Modified} (the latest release), and a client that has the current version gets 304.
 */
@RestController
class OpenDataController {

	static final int MAX_PAGE_SIZE = 500;

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private static final MediaType TURTLE = new MediaType("text", "turtle", java.nio.charset.StandardCharsets.UTF_8);

	private static final MediaType JSON_LD = new MediaType("application", "ld+json");

	private final DatasetReleases releases;

	private final OpenDataCatalogue catalogue;

	private final PublicAddress address;

	private final JsonMapper json;

	OpenDataController(DatasetReleases releases, OpenDataCatalogue catalogue, PublicAddress address, JsonMapper json) {
		this.releases = releases;
		this.catalogue = catalogue;
		this.address = address;
		this.json = json;
	}

	/** The station's catalogue in DCAT as JSON-LD. */
	@GetMapping(StationPaths.STATION + "/data/catalog.jsonld")
	ResponseEntity<byte[]> catalogueJsonLd(StationView station, WebRequest request) {
		List<OpenDataCatalogue.Entry> datasets = catalogue.datasets(station);
		return answer(json.writeValueAsBytes(DcatCatalogue.of(station, datasets, address.base()).jsonLd()), JSON_LD,
				modified(datasets), request);
	}

	/** The station's catalogue in DCAT as Turtle. */
	@GetMapping(StationPaths.STATION + "/data/catalog.ttl")
	ResponseEntity<byte[]> catalogueTurtle(StationView station, WebRequest request) {
		List<OpenDataCatalogue.Entry> datasets = catalogue.datasets(station);
		return answer(DcatCatalogue.of(station, datasets, address.base()).turtle().getBytes(java.nio.charset.StandardCharsets.UTF_8),
				TURTLE, modified(datasets), request);
	}

	private static Instant modified(List<OpenDataCatalogue.Entry> datasets) {
		return datasets.stream().map(OpenDataCatalogue.Entry::modified).max(Instant::compareTo).orElse(Instant.EPOCH);
	}

	/** A dataset, a page at a time; an unknown dataset is a 404. */
	@GetMapping(StationPaths.STATION + "/data/{dataset:[a-z-]+}.json")
	ResponseEntity<byte[]> json(StationView station, @PathVariable String dataset, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "100") int size, WebRequest request) {
		DatasetDescription description = described(dataset);
		if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page from 1, size from 1 to " + MAX_PAGE_SIZE);
		}
		Released released = released(station, description.name());
		int total = released.records().size();
		int pages = Math.max(1, (total + size - 1) / size);
		int from = Math.min(total, (page - 1) * size);
		String base = "/" + station.code() + "/data/" + description.name() + ".json";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("dataset", description.name());
		body.put("station", station.code());
		body.put("periods", released.periods());
		body.put("page", page);
		body.put("page_size", size);
		body.put("total", total);
		body.put("pages", pages);
		body.put("next", page < pages ? base + "?page=" + (page + 1) + "&size=" + size : null);
		body.put("records", released.records().subList(from, Math.min(total, from + size)));
		return answer(json.writeValueAsBytes(body), MediaType.APPLICATION_JSON, released.lastModified(), request);
	}

	/** A dataset as CSV, one record per row. */
	@GetMapping(StationPaths.STATION + "/data/{dataset:[a-z-]+}.csv")
	ResponseEntity<byte[]> csv(StationView station, @PathVariable String dataset, WebRequest request) {
		DatasetDescription description = described(dataset);
		Released released = released(station, description.name());
		// Stream.toList keeps the nulls of fields without a value (a missing reference price).
		List<List<?>> rows = released.records().stream()
			.<List<?>>map(r -> description.fields().stream().map(r::get).toList())
			.toList();
		return answer(CsvTable.of(description.fields(), rows), CSV, released.lastModified(), request);
	}

	/** Every bid of the procurement dataset as CSV, keyed by month and sequence. */
	@GetMapping(StationPaths.STATION + "/data/procurement-bids.csv")
	ResponseEntity<byte[]> procurementBidsCsv(StationView station, WebRequest request) {
		Released released = released(station, ProcurementDataset.NAME);
		List<List<?>> rows = new ArrayList<>();
		for (Map<String, Object> record : released.records()) {
			for (Object bid : (List<?>) record.get("bids")) {
				Map<?, ?> b = (Map<?, ?>) bid;
				rows.add(List.of(record.get("month"), record.get("sequence"), b.get("bidder"), b.get("offered_price_baht")));
			}
		}
		return answer(CsvTable.of(ProcurementDataset.BID_FIELDS, rows), CSV, released.lastModified(), request);
	}

	private static DatasetDescription described(String dataset) {
		return OpenDataCatalogue.DESCRIPTIONS.stream().filter(d -> d.name().equals(dataset)).findFirst()
			.orElseThrow(() -> new NotFoundException("dataset " + dataset));
	}

	private Released released(StationView station, String dataset) {
		List<DatasetReleases.Release> current = releases.current(station.id(), dataset);
		List<Map<String, Object>> records = new ArrayList<>();
		current.forEach(release -> records.addAll(releases.records(release)));
		Instant last = current.stream().map(DatasetReleases.Release::releasedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		return new Released(current.stream().map(DatasetReleases.Release::period).toList(), records, last);
	}

	static ResponseEntity<byte[]> answer(byte[] body, MediaType type, Instant lastModified, WebRequest request) {
		String etag = '"' + Files.sha256(body) + '"';
		if (request.checkNotModified(etag, lastModified.toEpochMilli())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CACHE).build();
		}
		return ResponseEntity.ok().contentType(type).eTag(etag).lastModified(lastModified).cacheControl(CACHE).body(body);
	}

	private record Released(List<String> periods, List<Map<String, Object>> records, Instant lastModified) {
	}
}
