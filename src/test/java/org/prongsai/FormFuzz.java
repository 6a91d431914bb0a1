package org.prongsai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

/**
 * Sends every form the visitors reach with what a person would type, then with what an attacker
 * or a broken client sends, and notes every answer that breaks a promise of the portal:
 * <ul>
 * <li>no 5xx, and no answer that breaks off;</li>
 * <li>no exception, stack frame or SQL error in a page, and no value echoed as markup;</li>
 * <li>a POST answered with a page rather than a redirect wrote nothing (the portal redirects after
 * every change, so a page is a refusal, and a refusal changes nothing);</li>
 * <li>the same filling sent again, or twice at once, writes no more than one sending;</li>
 * <li>a forged or missing CSRF token is 403, a form token not of the portal's shape 400;</li>
 * <li>every form that changes something carries one CSRF token and one form token.</li>
 * </ul>
 * Every choice comes from the random given, so a seed gives the same cases.
 */
final class FormFuzz {

	/** An exception's class or a stack frame, as a page must never show one. */
	private static final Pattern LEAK = Pattern.compile("\\b(?:java|javax|jakarta|org|com|sun)\\.[a-z0-9_]+(?:\\.[a-z0-9_]+)*\\.[A-Z]\\w*\\b"
			+ "|\\b[A-Z][A-Za-z]+(?:Exception|Error)\\b|\\bat [a-z][\\w$]*(?:\\.[\\w$<>]+)+\\([\\w$]+\\.java:\\d+\\)"
			+ "|Caused by:|(?i:whitelabel|sqlstate|sql state|psqlexception|jdbcsql|stack ?trace)");

	/** Forms that do slow work (generate documents, open every published link): a few cases each. */
	private static final Pattern HEAVY = Pattern.compile(".*/(?:publish|links|rotate)$");

	/** Forms that remove or close what other forms act on: sent last. */
	private static final Pattern ENDING = Pattern.compile(".*/(?:delete|withdraw|revoke|reject|close|rotate|code|password)$");

	/**
	 * Spring Security's sign-in: every attempt is counted towards the lock-out and audited, so one
	 * sent again is counted again, and it is answered before a form token is looked at.
	 */
	private static final String SIGN_IN = "/login";

	/** A language cookie no language has. */
	private static final String HOSTILE_COOKIE = "lang=<script>";

	/** An answer as the fuzz judges it; status 0 when the connection broke off before it was whole. */
	record Answer(int status, String location, String body) {

		static Answer of(HttpResponse<String> response) {
			return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
		}

		boolean redirected() {
			return status >= 300 && status < 400;
		}

		boolean same(Answer other) {
			return status == other.status && location.equals(other.location);
		}

		@Override
		public String toString() {
			return status + (location.isEmpty() ? "" : " " + location);
		}
	}

	/** One visitor with its cookie jar, signed in unless anonymous, and the CSRF token of its session. */
	static final class Visitor {

		final String name;

		final Browser browser;

		final String csrf;

		Visitor(int port, String username, String password) {
			this.name = username.isEmpty() ? "anonymous" : username;
			this.browser = new Browser(port);
			if (!username.isEmpty()) {
				assertThat(Browser.redirectTarget(browser.signIn(username, password))).as("%s signs in", username)
					.isEqualTo("/admin");
			}
			// For sending forms another visitor found.
			csrf = Browser.csrfToken(browser.get(username.isEmpty() ? "/login" : "/admin").body());
		}

		boolean anonymous() {
			return name.equals("anonymous");
		}
	}

	private final Random random;

	private final TableRows rows;

	private final int casesPerForm;

	private final ExecutorService twiceAtOnce = Executors.newFixedThreadPool(2);

	final List<String> problems = new ArrayList<>();

	final Map<Integer, Integer> statuses = new TreeMap<>();

	/** Forms a person's filling did not get through: their double submits only show that a refusal is repeatable. */
	final List<String> neverTaken = new ArrayList<>();

	int cases;

	int forms;

	FormFuzz(Random random, TableRows rows, int casesPerForm) {
		this.random = random;
		this.rows = rows;
		this.casesPerForm = casesPerForm;
	}

	/**
	 * Fuzzes every form the visitors reached, each shape once, by the first visitor that reached it;
	 * forms that end what others act on go last.
	 * @param reached the forms each visitor found, in the order found
	 * @param others who else sends each form (another role, another station, nobody signed in)
	 */
	void everyForm(Map<Visitor, List<WebForm>> reached, List<Visitor> others) {
		Map<String, Map.Entry<Visitor, WebForm>> shapes = new LinkedHashMap<>();
		reached.forEach((visitor, found) -> found.forEach(form -> shapes.putIfAbsent(form.shape(), Map.entry(visitor, form))));
		List<Map.Entry<Visitor, WebForm>> order = new ArrayList<>(shapes.values());
		order.sort(Comparator.comparing(e -> ENDING.matcher(e.getValue().path()).matches()));
		forms = order.size();
		try {
			for (Map.Entry<Visitor, WebForm> entry : order) {
				form(entry.getKey(), others.get(random.nextInt(others.size())), entry.getValue());
			}
		}
		finally {
			twiceAtOnce.shutdownNow();
		}
	}

	/** Notes what a page read while crawling breaks. */
	void page(Visitor visitor, String page, HttpResponse<String> response) {
		check(visitor, "GET " + page, Answer.of(response), null);
	}

	private void form(Visitor visitor, Visitor other, WebForm found) {
		WebForm form = again(visitor, found);
		if (form == null) {
			return;
		}
		boolean heavy = HEAVY.matcher(form.path()).matches();
		boolean signIn = form.path().equals(SIGN_IN);
		if (form.post()) {
			long csrfFields = form.controls.stream().filter(c -> c.name().equals("_csrf")).count();
			long tokenFields = form.controls.stream().filter(c -> c.name().equals("formToken")).count();
			if (csrfFields != 1 || tokenFields != 1) {
				add(form + ": " + csrfFields + " CSRF fields and " + tokenFields + " form tokens, not one of each");
			}
		}

		// What a person sends, then the same filling again, then the same values twice at once.
		int person = cases;
		WebForm.Submission filled = sendable(form, form.filled(person), random);
		Map<String, Long> before = form.post() ? rows.now() : Map.of();
		Answer first = send(visitor, form, filled, false, "filled");
		if (form.post() && !first.redirected()) {
			neverTaken.add(first.status() + " " + form.path() + " (" + Jsoup.parse(first.body())
				.select(".govuk-error-summary__list li, .govuk-error-message, main p.govuk-body").eachText().stream()
				.findFirst().orElse("") + ")");
		}
		if (form.post() && !signIn) {
			Map<String, Long> afterFirst = rows.now();
			Answer second = send(visitor, form, filled, false, "sent again");
			String changed = TableRows.changed(afterFirst, rows.now());
			if (!changed.isEmpty()) {
				add(visitor.name + " " + form + ": the same filling sent again wrote " + changed);
			}
			if (!second.same(first)) {
				add(visitor.name + " " + form + ": sent again, answered " + second + " where the first was " + first);
			}
			if (!heavy) {
				form = first.redirected() ? again(visitor, found) : form;
				if (form == null) {
					return;
				}
				twiceAtOnce(visitor, form, sendable(form, form.filled(person), random), TableRows.delta(before, afterFirst));
			}
		}

		// Malformed values, one field at a time, the others as a person would send them.
		List<WebForm.Control> targets = new ArrayList<>(form.fillable());
		targets.addAll(form.hidden());
		for (int i = 0; i < (heavy ? 3 : casesPerForm) && !targets.isEmpty(); i++) {
			WebForm.Control target = targets.get(random.nextInt(targets.size()));
			String value = HostileInput.valueFor(target, random);
			Answer answer = send(visitor, form, sendable(form, form.filled(cases), random).with(target.name(), value), false,
					target.name() + "=" + abbreviate(value));
			if (answer.redirected()) {
				// Taken: the page shows the record's new version now.
				form = again(visitor, found);
				if (form == null) {
					return;
				}
			}
		}
		if (!targets.isEmpty() && !heavy) {
			WebForm.Control missing = targets.get(random.nextInt(targets.size()));
			send(visitor, form, sendable(form, form.filled(cases), random).without(missing.name()), false,
					"without " + missing.name());
			send(visitor, form, sendable(form, form.filled(cases), random).repeated("2"), false, "every field twice");
		}

		if (form.post()) {
			tokens(visitor, form, !signIn);
			if (!form.files().isEmpty()) {
				uploads(visitor, form);
			}
			if (!heavy) {
				send(visitor, form, sendable(form, form.filled(cases), random), true, "hostile headers");
			}
		}
		if (!other.name.equals(visitor.name)) {
			WebForm.Submission theirs = sendable(form, form.filled(cases), random);
			send(other, form, form.post() ? theirs.with("_csrf", other.csrf) : theirs, false, "sent by " + other.name);
		}
	}

	/** Forged and missing tokens: a wrong CSRF token is 403, a form token not of the portal's shape 400. */
	private void tokens(Visitor visitor, WebForm form, boolean formToken) {
		WebForm.Submission filled = sendable(form, form.filled(cases), random);
		expect(403, visitor, form, filled.with("_csrf", HostileInput.token(random) + "forged"), "forged CSRF token");
		expect(403, visitor, form, filled.without("_csrf"), "no CSRF token");
		for (String forged : formToken ? List.of("x", "x".repeat(41), "' OR 1=1 --", "\u00e9".repeat(20)) : List.<String>of()) {
			expect(400, visitor, form, filled.with("formToken", forged), "form token " + abbreviate(forged));
		}
		send(visitor, form, filled.without("formToken"), false, "no form token");
	}

	/** Hostile files in the form's first file field, the rest of the form as a person fills it. */
	private void uploads(Visitor visitor, WebForm form) {
		String field = form.files().get(0).name();
		for (HostileInput.Upload upload : HostileInput.UPLOADS) {
			send(visitor, form, sendable(form, form.filled(cases), random)
				.attach(field, upload.fileName(), upload.contentType(), upload.content()), false, "upload " + upload.label());
		}
	}

	/**
	 * A new filling with the values sent first, sent twice at the same moment: both get the same
	 * answer, and together they write no more than the first sending did.
	 */
	private void twiceAtOnce(Visitor visitor, WebForm form, WebForm.Submission filling, Map<String, Long> single) {
		Map<String, Long> before = rows.now();
		CompletableFuture<Answer> one = CompletableFuture.supplyAsync(() -> request(visitor, form, filling, false), twiceAtOnce);
		CompletableFuture<Answer> two = CompletableFuture.supplyAsync(() -> request(visitor, form, filling, false), twiceAtOnce);
		Answer a = one.join();
		Answer b = two.join();
		cases += 2;
		check(visitor, form + " twice at once", a, null);
		check(visitor, form + " twice at once", b, null);
		// Rows and audit entries, not versions: the first may have added the row that this sending updates.
		TableRows.delta(before, rows.now()).forEach((table, n) -> {
			if (!table.endsWith(".version") && Math.abs(n) > Math.abs(single.getOrDefault(table, 0L))) {
				add(visitor.name + " " + form + ": sent twice at once, " + table + " changed by " + n
						+ " where one sending changed it by " + single.getOrDefault(table, 0L));
			}
		});
		if (!a.same(b)) {
			add(visitor.name + " " + form + ": sent twice at once, answered " + a + " and " + b);
		}
	}

	private void expect(int status, Visitor visitor, WebForm form, WebForm.Submission submission, String label) {
		Answer answer = send(visitor, form, submission, false, label);
		if (answer.status() != status && answer.status() != 0) {
			add(visitor.name + " " + form + " [" + label + "]: answered " + answer + ", not " + status);
		}
	}

	/** Sends and judges the answer; a POST answered with a page must have written nothing. */
	private Answer send(Visitor visitor, WebForm form, WebForm.Submission submission, boolean hostile, String label) {
		cases++;
		Map<String, Long> before = form.post() ? rows.now() : Map.of();
		Answer answer = request(visitor, form, submission, hostile);
		statuses.merge(answer.status(), 1, Integer::sum);
		if (answer.status() == 0) {
			add(visitor.name + " " + form + " [" + label + "]: the answer broke off (" + answer.body() + ")");
		}
		String markup = HostileInput.MARKUP.stream()
			.filter(m -> submission.fields.stream().anyMatch(f -> f.getValue().contains(m)))
			.findFirst().orElse(null);
		check(visitor, form + " [" + label + "]", answer, markup);
		if (form.post() && !answer.redirected()) {
			String changed = TableRows.changed(before, rows.now());
			if (!changed.isEmpty()) {
				add(visitor.name + " " + form + " [" + label + "]: answered " + answer.status() + " with a page, yet wrote "
						+ changed);
			}
		}
		return answer;
	}

	private void check(Visitor visitor, String what, Answer answer, String markup) {
		if (answer.status() == 0) {
			return;
		}
		if (answer.status() >= 500) {
			add(visitor.name + " " + what + ": " + answer.status());
		}
		Matcher leak = LEAK.matcher(answer.body());
		if (leak.find()) {
			add(visitor.name + " " + what + ": the page shows \"" + leak.group() + "\"");
		}
		if (markup != null && answer.body().contains(markup)) {
			add(visitor.name + " " + what + ": the page echoes markup unescaped: " + markup);
		}
	}

	private void add(String problem) {
		if (problems.size() < 500) {
			problems.add(problem);
		}
	}

	/**
	 * Sends the submission; {@code hostile} adds a body in a character set that does not exist and a
	 * language cookie no language has. A connection that breaks off is an answer of status 0, with
	 * what broke as its body.
	 */
	static Answer request(Visitor visitor, WebForm form, WebForm.Submission submission, boolean hostile) {
		try {
			if (!form.post()) {
				String query = submission.query();
				String path = form.path() + (query.isEmpty() ? "" : "?" + query);
				return Answer.of(hostile ? visitor.browser.get(path, "Cookie", HOSTILE_COOKIE) : visitor.browser.get(path));
			}
			Map<String, String> headers = hostile ? Map.of("Cookie", HOSTILE_COOKIE) : Map.of();
			String charset = hostile ? "; charset=x-no-such-charset" : "";
			if (form.multipart) {
				String boundary = "----fuzz" + Long.toHexString(System.nanoTime());
				return Answer.of(visitor.browser.send("POST", form.action, "multipart/form-data; boundary=" + boundary + charset,
						submission.multipart(boundary), headers));
			}
			return Answer.of(visitor.browser.send("POST", form.action, "application/x-www-form-urlencoded" + charset,
					submission.query().getBytes(StandardCharsets.UTF_8), headers));
		}
		catch (UncheckedIOException ex) {
			return new Answer(0, "", String.valueOf(ex.getMessage()));
		}
	}

	/** The filling with a fresh form token, as a page rendered now would give it. */
	static WebForm.Submission sendable(WebForm form, WebForm.Submission filled, Random random) {
		return form.post() ? filled.with("formToken", HostileInput.token(random)) : filled.without("formToken");
	}

	/** The form as its page shows it now (fresh values and version), or null when the page no longer has it. */
	private static WebForm again(Visitor visitor, WebForm found) {
		HttpResponse<String> page = visitor.browser.get(found.page);
		if (page.statusCode() != 200 || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
			return null;
		}
		List<WebForm> forms = WebForm.on(found.page, Jsoup.parse(page.body()));
		return forms.stream().filter(f -> f.action.equals(found.action) && f.shape().equals(found.shape())).findFirst()
			.or(() -> forms.stream().filter(f -> f.shape().equals(found.shape())).findFirst())
			.orElse(null);
	}

	private static String abbreviate(String value) {
		String shown = value.length() > 24 ? value.substring(0, 24) + "…(" + value.length() + ")" : value;
		StringBuilder visible = new StringBuilder();
		shown.codePoints().forEach(cp -> visible.append(Character.isISOControl(cp) ? String.format("\\u%04x", cp)
				: new String(Character.toChars(cp))));
		return visible.toString();
	}
}
