package org.prongsai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor with a cookie jar of its own, speaking real HTTP to the running portal. Redirects are
 * not followed, so that each one can be checked.
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");

	private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

	private final URI base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	Browser(int port) {
		this.base = URI.create("http://localhost:" + port);
		this.client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/**
	 * Forgets the session cookie, as a browser does whose first answer never arrived (a form sent
	 * again before the page it led to was shown); the other cookies stay.
	 */
	void forgetSession() {
		List.copyOf(cookies.getCookieStore().getCookies()).stream().filter(c -> c.getName().equals("JSESSIONID"))
			.forEach(c -> cookies.getCookieStore().remove(null, c));
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(resolve(path)).GET());
	}

	HttpResponse<String> delete(String path) {
		return send(HttpRequest.newBuilder(resolve(path)).DELETE());
	}

	/** A GET with one extra request header, such as {@code If-None-Match}. */
	HttpResponse<String> get(String path, String header, String value) {
		return send(HttpRequest.newBuilder(resolve(path)).header(header, value).GET());
	}

	/** The response's bytes, for downloads. */
	HttpResponse<byte[]> download(String path) {
		return send(HttpRequest.newBuilder(resolve(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<String> post(String path, Map<String, String> form) {
		String body = form.entrySet().stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Posts a form whose fields may repeat (bidder, bidder, …), given as name, value, name, value. */
	HttpResponse<String> postFields(String path, String... namesAndValues) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			body.append(body.length() == 0 ? "" : "&").append(encode(namesAndValues[i])).append('=')
				.append(encode(namesAndValues[i + 1]));
		}
		return send(HttpRequest.newBuilder(resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Sends one file as a browser's multipart form would, with the page's CSRF token. */
	HttpResponse<String> upload(String path, String csrf, String field, String fileName, String contentType,
			byte[] content) {
		return upload(path, csrf, field, fileName, contentType, content, Map.of());
	}

	/** Sends one file and other fields as a browser's multipart form would. */
	HttpResponse<String> upload(String path, String csrf, String field, String fileName, String contentType,
			byte[] content, Map<String, String> fields) {
		return upload(path, csrf, field, fileName, contentType, content, fields, Map.of());
	}

	/** Sends one file and other fields as a browser's multipart form would, with extra request headers. */
	HttpResponse<String> upload(String path, String csrf, String field, String fileName, String contentType,
			byte[] content, Map<String, String> fields, Map<String, String> headers) {
		String boundary = "----prongsai" + System.nanoTime();
		StringBuilder others = new StringBuilder();
		fields.forEach((name, value) -> others.append("--").append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value)
			.append("\r\n"));
		byte[] head = (others + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail)));
		headers.forEach(request::header);
		return send(request);
	}

	/** Sends a body already encoded (a form, a multipart form), with extra request headers. */
	HttpResponse<String> send(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		return send(request);
	}

	/** The named inputs and text areas of a page's first form with fields, as a browser would send them back. */
	static Map<String, String> formFields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher input = Pattern.compile("<input([^>]*)>").matcher(html);
		while (input.find()) {
			Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group(1));
			Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group(1));
			if (name.find() && !input.group(1).contains("type=\"file\"")) {
				fields.putIfAbsent(name.group(1), value.find() ? unescape(value.group(1)) : "");
			}
		}
		Matcher area = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(html);
		while (area.find()) {
			fields.put(area.group(1), unescape(area.group(2)));
		}
		return fields;
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	/** Signs in through the form as a person would: the page first, then the form with its token. */
	HttpResponse<String> signIn(String username, String password) {
		HttpResponse<String> page = get("/login");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("password", password);
		form.put("_csrf", csrfToken(page.body()));
		return post("/login", form);
	}

	/** The path (and query) a redirect points at, whether the header is absolute or relative. */
	static String redirectTarget(HttpResponse<?> response) {
		String location = response.headers().firstValue("Location")
			.orElseThrow(() -> new AssertionError("no Location header; status " + response.statusCode()));
		URI target = response.uri().resolve(location);
		return target.getRawPath() + (target.getRawQuery() != null ? "?" + target.getRawQuery() : "");
	}

	static String csrfToken(String html) {
		Matcher input = CSRF.matcher(html);
		if (!input.find()) {
			throw new AssertionError("no _csrf input in the page");
		}
		Matcher value = VALUE.matcher(input.group());
		if (!value.find()) {
			throw new AssertionError("the _csrf input has no value: " + input.group());
		}
		return value.group(1);
	}

	/** The one-time token of a public form (a question, feedback): the same token sent twice is taken once. */
	static String formToken(String html) {
		Matcher field = FORM_TOKEN.matcher(html);
		if (!field.find()) {
			throw new AssertionError("no formToken field in the page");
		}
		return field.group(1);
	}

	/**
	 * A GET written by hand on a socket, for what an HTTP client will not send (a {@code Host}
	 * header of one's choosing). HTTP/1.0, so the answer comes whole and unchunked.
	 * @param headers further header lines, such as {@code X-Forwarded-Host: evil.example}
	 */
	static Raw raw(int port, String path, String host, String... headers) {
		try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(30_000);
			StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4));
			int body = answer.indexOf("\r\n\r\n");
			return new Raw(status, answer.substring(0, body), answer.substring(body + 4));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What {@link #raw} got back. */
	record Raw(int status, String head, String body) {
	}

	private URI resolve(String path) {
		return base.resolve(path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			return client.send(request.timeout(Duration.ofSeconds(30)).build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
