package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class LinkFetcherTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final List<HttpServer> servers = new java.util.ArrayList<>();

	@AfterEach
	void stop() {
		servers.forEach(server -> server.stop(0));
	}

	@Test
	void aNameOnThePrivateNetworkIsNeverConnectedTo() throws Exception {
		AtomicInteger hits = new AtomicInteger();
		int port = serve("127.0.0.1", hits, 200, null);
		DnsResolver names = names(Map.of("intranet.example", "127.0.0.1"));
		try (LinkFetcher fetcher = new LinkFetcher(names, PublicInternet::isPublic, TIMEOUT, TIMEOUT)) {
			assertThat(fetcher.opens(URI.create("http://intranet.example:" + port + "/"))).isFalse();
			assertThat(fetcher.opens(URI.create("http://127.0.0.1:" + port + "/"))).isFalse();
			assertThat(fetcher.opens(URI.create("http://[::ffff:127.0.0.1]:" + port + "/"))).isFalse();
		}
		assertThat(hits).as("no request reached the server").hasValue(0);
	}

	@Test
	void everyRedirectIsCheckedAgainAndOnlyAnAllowedAddressIsReached() throws Exception {
		AtomicInteger inside = new AtomicInteger();
		int insidePort = serve("127.0.0.2", inside, 200, null);
		AtomicInteger outside = new AtomicInteger();
		int outsidePort = serve("127.0.0.1", outside, 200, null);
		AtomicInteger redirects = new AtomicInteger();
		int toInside = serve("127.0.0.1", redirects, 302, "http://intranet.example:" + insidePort + "/admin");
		int toOutside = serve("127.0.0.1", redirects, 301, "http://www.example:" + outsidePort + "/page");
		DnsResolver names = names(Map.of("www.example", "127.0.0.1", "intranet.example", "127.0.0.2"));
		InetAddress allowed = InetAddress.getByName("127.0.0.1");
		try (LinkFetcher fetcher = new LinkFetcher(names, allowed::equals, TIMEOUT, TIMEOUT)) {
			assertThat(fetcher.opens(URI.create("http://www.example:" + toInside + "/"))).isFalse();
			assertThat(fetcher.opens(URI.create("http://www.example:" + toOutside + "/"))).isTrue();
		}
		assertThat(inside).as("the redirect into the private network was not followed").hasValue(0);
		assertThat(outside).hasValue(1);
		assertThat(redirects).hasValue(2);
	}

	@Test
	void onlyTheStatusIsReadNeverTheBody() throws Exception {
		AtomicInteger hits = new AtomicInteger();
		HttpServer endless = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
		endless.createContext("/", exchange -> {
			hits.incrementAndGet();
			exchange.sendResponseHeaders(200, 0);
			byte[] chunk = new byte[64 * 1024];
			try (OutputStream out = exchange.getResponseBody()) {
				while (true) {
					out.write(chunk);
				}
			}
			catch (IOException ex) {
				// the checker hung up, as it should
			}
		});
		endless.start();
		servers.add(endless);
		DnsResolver names = names(Map.of("files.example", "127.0.0.1"));
		try (LinkFetcher fetcher = new LinkFetcher(names, address -> true, TIMEOUT, TIMEOUT)) {
			assertThat(fetcher.opens(URI.create("http://files.example:" + endless.getAddress().getPort() + "/big.pdf"))).isTrue();
		}
		assertThat(hits).hasValue(1);
	}

	@Test
	void aSchemeOtherThanTheWebsIsNotOpened() throws Exception {
		try (LinkFetcher fetcher = new LinkFetcher(names(Map.of()), address -> true, TIMEOUT, TIMEOUT)) {
			assertThat(fetcher.opens(URI.create("file:///etc/passwd"))).isFalse();
			assertThat(fetcher.opens(URI.create("ftp://files.example/a"))).isFalse();
		}
	}

	private int serve(String address, AtomicInteger hits, int status, String location) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
		server.createContext("/", exchange -> {
			hits.incrementAndGet();
			if (location != null) {
				exchange.getResponseHeaders().add("Location", location);
			}
			byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
		servers.add(server);
		return server.getAddress().getPort();
	}

	/** Names of our own, so no test asks a real resolver; a literal resolves to itself. */
	private static DnsResolver names(Map<String, String> table) {
		return new DnsResolver() {
			@Override
			public InetAddress[] resolve(String host) throws UnknownHostException {
				String address = table.get(host);
				if (address == null && !host.matches("[0-9.]+|\\[?[0-9a-fA-F:.]+\\]?")) {
					throw new UnknownHostException(host);
				}
				return new InetAddress[] { InetAddress.getByName(address == null ? host : address) };
			}

			@Override
			public String resolveCanonicalHostname(String host) {
				return host;
			}
		};
	}
}
