package org.prongsai.disclosure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * Opens every link a station publishes, and every published document's file at its public
 * address, and records whether each answered, so that a broken link or a file the page cannot
 * serve fails its element before an assessor finds it. A link to the portal itself (a path
 * starting with {@code /}) is opened on this server.
 */
@Service
public class LinkChecker {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Environment environment;

	private final Publishing publishing;

	private final StationDirectory stations;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(TIMEOUT)
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	LinkChecker(JdbcClient jdbc, Clock clock, Environment environment, Publishing publishing, StationDirectory stations) {
		this.publishing = publishing;
		this.stations = stations;
		this.jdbc = jdbc;
		this.clock = clock;
		this.environment = environment;
	}

	/** This server, as the port it actually listens on (known only once it has started). */
	private String selfBaseUrl() {
		String configured = environment.getProperty("prongsai.link-check.self-url");
		if (configured != null && !configured.isBlank()) {
			return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
		}
		return "http://127.0.0.1:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
	}

	/**
	 * Checks the station's published links now.
	 * @return how many were checked and how many did not answer
	 */
	public Result check(UUID stationId) {
		List<Link> links = jdbc.sql("select link_kind, url from disclosure_link where station_id = :station and withdrawn_at is null")
			.param("station", stationId)
			.query((rs, n) -> new Link(rs.getString("link_kind"), rs.getString("url")))
			.list();
		int broken = 0;
		for (Link link : links) {
			boolean resolves = resolves(link.url());
			publishing.recordLinkCheck(stationId, link.kind(), link.url(), resolves, clock.instant());
			broken += resolves ? 0 : 1;
		}
		String code = stations.find(stationId).map(StationView::code).orElse(null);
		if (code == null) {
			return new Result(links.size(), broken);
		}
		List<PublishedFile> documents = jdbc.sql("select id, fiscal_year from disclosure_document where station_id = :station"
				+ " and withdrawn_at is null")
			.param("station", stationId)
			.query((rs, n) -> new PublishedFile(rs.getObject("id", UUID.class), rs.getInt("fiscal_year")))
			.list();
		for (PublishedFile document : documents) {
			// The address the item page links to, so the check meets what a visitor meets.
			boolean resolves = resolves("/" + code + "/oit/" + document.fiscalYear() + "/files/" + document.id());
			publishing.recordFileCheck(stationId, document.id(), resolves, clock.instant());
			broken += resolves ? 0 : 1;
		}
		return new Result(links.size() + documents.size(), broken);
	}

	private record PublishedFile(UUID id, int fiscalYear) {
	}

	boolean resolves(String url) {
		try {
			URI target = URI.create(url.startsWith("/") ? selfBaseUrl() + url : url);
			if (!"https".equals(target.getScheme()) && !"http".equals(target.getScheme())) {
				return false;
			}
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(target).timeout(TIMEOUT).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() < 400;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private record Link(String kind, String url) {
	}

	/** What one run of the checker found. */
	public record Result(int checked, int broken) {
	}
}
