package org.prongsai.disclosure;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.prongsai.platform.web.Refusal;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * Opens every link a station publishes, and every published document's file at its public
 * address, and records whether each answered, so that a broken link or a file the page cannot
 * serve fails its element before an assessor finds it. A link to the portal itself (a path
 * starting with {@code /}) is opened on this server; any other only on the public internet
 * ({@link PublicInternet}), so a published link cannot make the portal reach into its own host or
 * network. A check asked for on the dashboard runs in the background, one station at a time with
 * a short queue, and the dashboard shows its result once it is there.
 */
@Service
public class LinkChecker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LinkChecker.class);

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** For one link with its redirects, however slowly its server answers. */
	static final Duration DEADLINE = Duration.ofSeconds(30);

	/** Stations whose check may wait behind the one running; more are refused until the queue shortens. */
	static final int QUEUED = 16;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Environment environment;

	private final Publishing publishing;

	private final StationDirectory stations;

	private final LinkFetcher publicWeb = LinkFetcher.toPublicInternet(TIMEOUT, DEADLINE);

	/** The portal's own pages, at the address the portal gives itself. */
	private final LinkFetcher self = new LinkFetcher(SystemDefaultDnsResolver.INSTANCE, address -> true, TIMEOUT, DEADLINE);

	private final ThreadPoolExecutor background = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(QUEUED), runnable -> {
				Thread thread = new Thread(runnable, "link-check");
				thread.setDaemon(true);
				return thread;
			});

	/** The latest check asked for, per station: one entry a station at most. */
	private final Map<UUID, Run> runs = new ConcurrentHashMap<>();

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
	 * Starts checking the station's links in the background, unless a check of the station is
	 * waiting or running already.
	 * @return that check, done or not
	 * @throws Busy when {@link #QUEUED} stations are waiting already
	 */
	public Run start(UUID stationId) {
		synchronized (runs) {
			Run current = runs.get(stationId);
			if (current != null && !current.done()) {
				return current;
			}
			Run run = new Run(clock.instant(), new CompletableFuture<>());
			try {
				background.execute(() -> {
					try {
						run.result().complete(check(stationId));
					}
					catch (RuntimeException ex) {
						log.warn("Could not check the links of station {}", stationId, ex);
						run.result().completeExceptionally(ex);
					}
				});
			}
			catch (RejectedExecutionException ex) {
				throw new Busy();
			}
			runs.put(stationId, run);
			return run;
		}
	}

	/** The station's latest check started with {@link #start}, if one was since the portal started. */
	public Optional<Run> latest(UUID stationId) {
		return Optional.ofNullable(runs.get(stationId));
	}

	/**
	 * Checks the station's published links now, on the caller's thread (the nightly check's).
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
			return url.startsWith("/") ? self.opens(URI.create(selfBaseUrl() + url)) : publicWeb.opens(URI.create(url));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public void destroy() throws IOException {
		background.shutdownNow();
		publicWeb.close();
		self.close();
	}

	private record Link(String kind, String url) {
	}

	/** What one run of the checker found. */
	public record Result(int checked, int broken) {
	}

	/**
	 * A check started in the background.
	 * @param result completes with what it found, or exceptionally when it could not finish
	 */
	public record Run(Instant startedAt, CompletableFuture<Result> result) {

		public boolean done() {
			return result.isDone();
		}

		/** What it found; null while it runs or when it failed. */
		public @Nullable Result found() {
			return result.isDone() && !result.isCompletedExceptionally() ? result.join() : null;
		}

		public boolean failed() {
			return result.isCompletedExceptionally();
		}
	}

	/** Too many stations' checks are waiting; nothing was started. */
	public static class Busy extends Refusal {

		Busy() {
			super("disclosure.links.busy");
		}
	}
}
