package org.prongsai.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The portal's public address for absolute links (open data, the CKAN API, the URL export, the QR
 * codes of signs and slips, certificates, e-mails to citizens), and the host names it answers.
 * <p>
 * {@code prongsai.public-base-url} when set; otherwise the scheme, host and port of the current
 * request. A request's host is the visitor's to choose, so it is trusted only because
 * {@link KnownHostsFilter} refuses every request for a host the portal is not set up for: the
 * base URL's host, the names in {@code prongsai.web.host-names}, and the loopback names by which
 * the host reaches itself (health checks, metrics, the link checker), which lead nowhere else.
 */
@Component
public class PublicAddress {

	/** What the host calls itself; a link to one of these only works on the host itself. */
	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

	private final String configured;

	private final Set<String> hostNames;

	PublicAddress(@Value("${prongsai.public-base-url:}") @Nullable String configured,
			@Value("${prongsai.web.host-names:}") @Nullable List<String> hostNames) {
		this.configured = configured == null ? "" : configured.strip().replaceAll("/+$", "");
		Set<String> names = new HashSet<>(LOOPBACK);
		if (!this.configured.isEmpty()) {
			names.add(hostOf(this.configured));
		}
		if (hostNames != null) {
			hostNames.stream().map(String::strip).filter(name -> !name.isEmpty()).map(PublicAddress::normalised)
				.forEach(names::add);
		}
		this.hostNames = Set.copyOf(names);
	}

	/** Scheme, host and port of the current request's portal, without a trailing slash. */
	public String base() {
		return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : configured;
	}

	/** The same for a request a filter holds, before Spring MVC has made it current. */
	String base(HttpServletRequest request) {
		return configured.isEmpty() ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() : configured;
	}

	/** Whether the portal answers a request for this host name (as {@code Host} gives it, without the port). */
	boolean answers(@Nullable String host) {
		return host != null && hostNames.contains(normalised(host));
	}

	/** Lower case, without the brackets of an IPv6 literal or a trailing dot. */
	private static String normalised(String host) {
		String name = host.strip().toLowerCase(Locale.ROOT);
		if (name.startsWith("[") && name.endsWith("]")) {
			name = name.substring(1, name.length() - 1);
		}
		return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
	}

	private static String hostOf(String baseUrl) {
		try {
			URI uri = new URI(baseUrl);
			if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
				throw new IllegalStateException("prongsai.public-base-url must be an http or https address with a host name: "
						+ baseUrl);
			}
			return normalised(uri.getHost());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("prongsai.public-base-url is not an address: " + baseUrl, ex);
		}
	}
}
