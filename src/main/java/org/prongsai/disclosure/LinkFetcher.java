package org.prongsai.disclosure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Opens one address and says whether it answered, going only where {@code allowed} lets it: every
 * name is resolved once, refused when any of its addresses is not allowed, and the connection is
 * made to those very addresses (so a name cannot point elsewhere between the check and the
 * connection). Redirects are followed here, hop by hop, each new host checked the same way. Only
 * the status line and headers are read, within a deadline for the whole address: a body is never
 * downloaded, and a server that answers slowly or without end cannot hold the checker.
 */
final class LinkFetcher implements AutoCloseable {

	static final int MAX_REDIRECTS = 5;

	private final CloseableHttpClient http;

	private final Duration deadline;

	/**
	 * @param lookup how names become addresses (the system's resolver in production)
	 * @param allowed which addresses may be connected to
	 * @param timeout for connecting and for each read
	 * @param deadline for one address with all its redirects
	 */
	LinkFetcher(DnsResolver lookup, Predicate<InetAddress> allowed, Duration timeout, Duration deadline) {
		this.deadline = deadline;
		DnsResolver checked = new DnsResolver() {
			@Override
			public InetAddress[] resolve(String host) throws UnknownHostException {
				InetAddress[] addresses = lookup.resolve(host);
				for (InetAddress address : addresses) {
					if (!allowed.test(address)) {
						throw new UnknownHostException(host + " is not on the public internet");
					}
				}
				return addresses;
			}

			@Override
			public String resolveCanonicalHostname(String host) throws UnknownHostException {
				return host;
			}
		};
		Timeout each = Timeout.of(timeout);
		this.http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(checked)
				.setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
					.http1Config(Http1Config.custom().setMaxLineLength(8192).setMaxHeaderCount(100).build())
					.build())
				.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(each).setSocketTimeout(each).build())
				.build())
			.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(each).build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.disableContentCompression()
			.setUserAgent("Prongsai link checker")
			.build();
	}

	/** The production fetcher: the system's resolver, public addresses only. */
	static LinkFetcher toPublicInternet(Duration timeout, Duration deadline) {
		return new LinkFetcher(SystemDefaultDnsResolver.INSTANCE, PublicInternet::isPublic, timeout, deadline);
	}

	/** Whether the address, after at most {@link #MAX_REDIRECTS} redirects, answers below 400. */
	boolean opens(URI address) {
		long until = System.nanoTime() + deadline.toNanos();
		URI target = address;
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			if (!("https".equals(target.getScheme()) || "http".equals(target.getScheme())) || target.getHost() == null) {
				return false;
			}
			long left = until - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			HttpGet get = new HttpGet(target);
			CompletableFuture<Void> stop = CompletableFuture.runAsync(get::cancel,
					CompletableFuture.delayedExecutor(left, TimeUnit.NANOSECONDS));
			CloseableHttpResponse response;
			try {
				response = open(get);
			}
			catch (IOException | IllegalArgumentException ex) {
				return false;
			}
			finally {
				stop.cancel(false);
			}
			int status = response.getCode();
			Header location = response.getFirstHeader("Location");
			// Nothing of the body is read: the connection is dropped instead of drained.
			response.close(CloseMode.IMMEDIATE);
			if (status < 300 || status >= 400 || location == null) {
				return status < 400;
			}
			try {
				target = target.resolve(location.getValue().strip());
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}
		return false;
	}

	@SuppressWarnings("deprecation")
	private CloseableHttpResponse open(HttpGet get) throws IOException {
		// The form that hands the response back unread; the others consume the whole body first.
		return http.execute(get);
	}

	@Override
	public void close() throws IOException {
		http.close();
	}
}
