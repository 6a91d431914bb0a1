package org.prongsai;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows the links of the portal from a few start pages, as one visitor (anonymous or signed in),
 * and collects the forms on every page it reaches. Pages of the same shape (the same address but
 * for ids) are read at most twice, downloads and the other language not at all, so that a demo
 * with hundreds of records is crawled in a few hundred requests.
 */
final class Crawl {

	/** Addresses that are files to download, not pages with links or forms. */
	private static final Pattern DOWNLOAD = Pattern.compile(".*(?:\\.(?:pdf|xlsx|docx|csv|json|jsonld|ttl|png|jpe?g|webp|svg|pem|zip"
			+ "|css|js|ico|txt|xml)|/photo|/files/[^/]+|/slip|/download|/api/.*)$");

	private static final int PAGES_PER_SHAPE = 2;

	private final Browser browser;

	private final String within;

	private final int maxPages;

	private final Map<String, Integer> shapes = new HashMap<>();

	private final Set<String> seen = new HashSet<>();

	private final List<WebForm> forms = new ArrayList<>();

	private int pages;

	/**
	 * @param within the start of the addresses to follow ({@code /} for all of the portal)
	 * @param maxPages how many pages to read at most
	 */
	Crawl(Browser browser, String within, int maxPages) {
		this.browser = browser;
		this.within = within;
		this.maxPages = maxPages;
	}

	/**
	 * Crawls from the start pages, handing every answer to {@code check} (the address and the answer).
	 * @return the forms found, in the order found
	 */
	List<WebForm> from(List<String> starts, BiConsumer<String, HttpResponse<String>> check) {
		Deque<String> queue = new ArrayDeque<>(starts);
		seen.addAll(starts);
		while (!queue.isEmpty() && pages < maxPages) {
			String page = queue.poll();
			HttpResponse<String> response = browser.get(page);
			pages++;
			check.accept(page, response);
			if (response.statusCode() >= 300 && response.statusCode() < 400) {
				response.headers().firstValue("Location").map(l -> sameHost(page, l)).ifPresent(next -> enqueue(queue, next));
				continue;
			}
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (response.statusCode() != 200 || !type.startsWith("text/html")) {
				continue;
			}
			Document document = Jsoup.parse(response.body(), "http://portal" + page);
			forms.addAll(WebForm.on(page, document));
			for (Element link : document.select("a[href]")) {
				String next = sameHost(page, link.attr("href"));
				if (next != null) {
					enqueue(queue, next);
				}
			}
		}
		return forms;
	}

	int pages() {
		return pages;
	}

	private void enqueue(Deque<String> queue, String next) {
		if (seen.contains(next) || !next.startsWith(within) || DOWNLOAD.matcher(next.replaceAll("\\?.*", "")).matches()
				|| next.contains("lang=") || next.startsWith("/logout")) {
			return;
		}
		seen.add(next);
		String shape = shape(next);
		int count = shapes.merge(shape, 1, Integer::sum);
		if (count <= PAGES_PER_SHAPE) {
			queue.add(next);
		}
	}

	/** The address's path and query on this host, without its fragment; null for another host or scheme. */
	static String sameHost(String page, String href) {
		if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")
				|| href.startsWith("javascript:")) {
			return null;
		}
		URI target;
		try {
			target = URI.create("http://portal" + page).resolve(href.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (!"portal".equals(target.getHost())) {
			return null;
		}
		return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
	}

	static String shape(String address) {
		int query = address.indexOf('?');
		String path = WebForm.withoutIds(query < 0 ? address : address.substring(0, query));
		if (query < 0) {
			return path;
		}
		List<String> keys = new ArrayList<>();
		for (String pair : address.substring(query + 1).split("&")) {
			keys.add(pair.replaceAll("=.*", ""));
		}
		keys.sort(null);
		return path + "?" + String.join("&", keys);
	}
}
