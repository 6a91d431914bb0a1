package org.prongsai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.prongsai.disclosure.DisclosureContent;
import org.prongsai.disclosure.LinkChecker;
import org.prongsai.disclosure.LocalizedText;
import org.prongsai.disclosure.Publishing;
import org.prongsai.disclosure.SampleDocuments;
import org.prongsai.integrity.ComplaintFixtures;
import org.prongsai.platform.audit.AuditEntryView;
import org.prongsai.platform.audit.AuditTrail;
import org.prongsai.platform.audit.ChainVerification;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.HeldHashes;
import org.prongsai.platform.security.PasswordHashing;

/**
 * The portal end to end: a real server on a random port, a real HTTP client with cookies, and a
 * freshly migrated database with the demo stations. Each subclass names the database; the
 * scenarios are the same on all of them.
 * <p>
 * Accounts are shared by the scenarios of one class, and every scenario comes from 127.0.0.1, whose
 * failed sign-ins are counted: a scenario that locks that address out does so with the clock set
 * back, so that the lock-out is over for the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"prongsai.demo.enabled=true",
		"prongsai.demo.password=" + PortalScenarios.DEMO_PASSWORD,
		"spring.flyway.clean-disabled=false",
		"prongsai.files.root=target/portal-scenarios/files",
		"prongsai.keys.root=target/portal-scenarios/keys",
		// Every scenario comes from one address (loopback): a client's quotas would be shared by all of
		// them, so they are raised, and the stations' quotas set low enough to reach in a scenario.
		"prongsai.submissions.complaint.per-client=30/1h, 400MB/1h",
		"prongsai.submissions.complaint-reply.per-client=100/1h, 1GB/1h",
		"prongsai.submissions.complaint-reply.per-station=6/1h, 60MB/1h",
		"prongsai.submissions.lost-document.per-client=100/1h, 1GB/1h",
		"prongsai.submissions.lost-document.per-station=6/1h, 60MB/1h" })
@Import({ CleanDatabaseBeforeMigrating.class, AdjustableClock.Configuration.class })
abstract class PortalScenarios {

	static final String DEMO_PASSWORD = "Kamala-demo-2569!";

	private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail audit;

	@Autowired
	org.springframework.core.env.Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Publishing publishing;

	@Autowired
	LinkChecker linkChecker;

	@Autowired
	org.prongsai.platform.files.Files files;

	@Autowired
	AdjustableClock clock;

	@Autowired
	DisclosureContent content;

	@Autowired
	PasswordHashing hashing;

	/** The in-process SMTP server the portal sends citizens' e-mails to. */
	static final com.icegreen.greenmail.util.GreenMail MAIL = startMail();

	@org.springframework.test.context.DynamicPropertySource
	static void mailServer(org.springframework.test.context.DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	private static com.icegreen.greenmail.util.GreenMail startMail() {
		int free;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			free = socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		com.icegreen.greenmail.util.GreenMail mail = new com.icegreen.greenmail.util.GreenMail(
				new com.icegreen.greenmail.util.ServerSetup(free, "127.0.0.1", "smtp"));
		mail.start();
		return mail;
	}

	Browser browser() {
		return new Browser(port);
	}

	@Test
	void demoHomePageIsThaiByDefaultAndEnglishOnceChosenAndTheChoiceIsRemembered() {
		Browser visitor = browser();

		HttpResponse<String> root = visitor.get("/");
		assertThat(root.statusCode()).isEqualTo(302);
		assertThat(Browser.redirectTarget(root)).isEqualTo("/kamala");

		HttpResponse<String> thai = visitor.get("/kamala");
		assertThat(thai.statusCode()).isEqualTo(200);
		assertThat(thai.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
		assertThat(thai.body()).contains("<html lang=\"th\"")
			.contains("สถานีตำรวจภูธรกมลา")
			.doesNotContain("Kamala Provincial Police Station");

		HttpResponse<String> english = visitor.get("/kamala?lang=en");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("<html lang=\"en\"").contains("Kamala Provincial Police Station");

		HttpResponse<String> next = visitor.get("/kamala/contact");
		assertThat(next.body()).as("the language cookie keeps English on the next page")
			.contains("<html lang=\"en\"")
			.contains("Kamala Provincial Police Station")
			.doesNotContain("สถานีตำรวจภูธรกมลา");

		assertThat(browser().get("/kamala").body()).as("another visitor still gets Thai").contains("<html lang=\"th\"");
	}

	/**
	 * A complainant who reads the form has no session yet, so when they send it twice before the
	 * first answer arrives (a double click), the second request knows nothing of the first one's
	 * session: it shows the receipt the first one issued rather than refusing the form as sent, or
	 * the complainant would be left without their receipt.
	 */
	@Test
	void aComplaintSentAgainBeforeItsAnswerArrivedShowsTheSameReceipt() {
		Browser complainant = browser();
		String form = complainant.get("/kamala/complaints/new?lang=en").body();
		Map<String, String> fields = new LinkedHashMap<>(complaintForm(form, ""));
		fields.put("_csrf", Browser.csrfToken(form));
		long before = jdbc.sql("select count(*) from complaint").query(Long.class).single();

		assertThat(Browser.redirectTarget(complainant.post("/kamala/complaints/new", fields)))
			.isEqualTo("/kamala/complaints/receipt");
		complainant.forgetSession();
		HttpResponse<String> again = complainant.post("/kamala/complaints/new", fields);

		assertThat(again.statusCode()).isEqualTo(200);
		Matcher shown = Pattern.compile("id=\"receipt\">([0-9A-Z-]+)<").matcher(again.body());
		assertThat(shown.find()).as(again.body()).isTrue();
		UUID complaint = jdbc.sql("select id from complaint where locator = :locator")
			.param("locator", shown.group(1).replace("-", "").substring(0, 8)).query(UUID.class).single();
		assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(before + 1);
		assertThat(again.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
		for (String table : List.of("complaint_handler", "complaint_stage")) {
			jdbc.sql("delete from " + table + " where complaint_id = :id").param("id", complaint).update();
		}
		jdbc.sql("delete from complaint where id = :id").param("id", complaint).update();
	}

	/**
	 * A session costs the server memory for half an hour, so an anonymous visitor gets one only once
	 * they have sent something that needs it (a complaint's receipt to show, a case opened): reading
	 * every public page and form, and asking for the console, creates none.
	 */
	@Test
	void anAnonymousVisitorReadingEveryPageAndFormGetsNoSession() {
		Browser visitor = browser();
		for (String path : List.of("/kamala", "/kamala/contact", "/kamala/complaints", "/kamala/complaints/new",
				"/kamala/complaints/follow", "/kamala/complaints/receipt", "/kamala/complaints/mine", "/kamala/questions",
				"/kamala/questions/ask", "/kamala/feedback", "/kamala/e-services", "/kamala/e-services/lost-document",
				"/kamala/e-services/case", "/kamala/e-services/case/status", "/login", "/admin", "/admin/complaints")) {
			HttpResponse<String> page = visitor.get(path);
			assertThat(page.statusCode()).as(path).isIn(200, 302);
			assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID="));
		}
		HttpResponse<String> form = visitor.get("/kamala/questions/ask");
		assertThat(form.body()).as("the form still carries its CSRF token").contains("name=\"_csrf\"");
	}

	@Test
	void stationListNamesBothDemoStations() {
		HttpResponse<String> list = browser().get("/stations");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("สถานีตำรวจภูธรกมลา", "href=\"/kamala\"", "สถานีตำรวจภูธรทุ่งทอง",
				"href=\"/thung-thong\"");
	}

	@Test
	void contactPageShowsAllFiveContactElementsOfItsOwnStationOnly() {
		String kamala = browser().get("/kamala/contact").body();
		assertThat(kamala).contains("สถานีตำรวจภูธรกมลา")
			.contains("99 ถนนสาธิต ตำบลกมลา อำเภอกะทู้ จังหวัดภูเก็ต 83150")
			.contains("href=\"tel:076000191\"", ">0 7600 0191<")
			.contains("href=\"mailto:kamala.demo@example.org\"", ">kamala.demo@example.org<")
			.contains("href=\"https://www.openstreetmap.org/?mlat=7.950300&amp;mlon=98.283400");
		assertThat(kamala).as("nothing of the other station")
			.doesNotContain("0 7600 0192", "thungthong.demo@example.org", "สถานีตำรวจภูธรทุ่งทอง", "0 7600 0200");

		String thungThong = browser().get("/thung-thong/contact").body();
		assertThat(thungThong).contains("สถานีตำรวจภูธรทุ่งทอง", "0 7600 0192", "thungthong.demo@example.org",
				"1 หมู่ 1 ตำบลทุ่งทอง", "mlat=8.450000");
		assertThat(thungThong).doesNotContain("0 7600 0191", "kamala.demo@example.org", "สถานีตำรวจภูธรกมลา",
				"0 7600 0100");
	}

	@Test
	void unknownStationGetsTheFriendlyThaiNotFoundPageWithoutInternals() {
		HttpResponse<String> missing = browser().get("/no-such-station");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(missing.body()).contains("<html lang=\"th\"", "ไม่พบหน้าที่ต้องการ", "กลับไปหน้าแรก")
			.doesNotContainIgnoringCase("exception")
			.doesNotContainIgnoringCase("whitelabel")
			.doesNotContain("at org.", "at java.", "NotFoundException", "station no-such-station", "trace");
	}

	@Test
	void publicPagesCarryTheSecurityHeaders() {
		HttpResponse<String> page = browser().get("/kamala");
		String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		String scriptSrc = directive(csp, "script-src");
		assertThat(scriptSrc).isEqualTo("script-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(directive(csp, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
		assertThat(directive(csp, "object-src")).isEqualTo("object-src 'none'");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
				policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
		assertThat(page.body()).as("no inline script or style").doesNotContain("<script", "<style", " style=\"");
	}

	private static String directive(String csp, String name) {
		return List.of(csp.split(";")).stream()
			.map(String::strip)
			.filter(d -> d.startsWith(name + " "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " in " + csp));
	}

	@Test
	void adminNeedsSignInAndAnonymousVisitorsAreSentToTheSignInPage() {
		HttpResponse<String> admin = browser().get("/admin");
		assertThat(admin.statusCode()).isEqualTo(302);
		assertThat(Browser.redirectTarget(admin)).isEqualTo("/login");
		assertThat(admin.body()).doesNotContain("ผู้ดูแลระบบ");
	}

	@Test
	void demoAccountSignsInAndLandsOnTheConsole() {
		Browser staff = browser();
		HttpResponse<String> anonymous = staff.get("/kamala");
		assertThat(anonymous.body()).doesNotContain("action=\"/logout\"");

		HttpResponse<String> signIn = staff.signIn("kamala.admin", DEMO_PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(Browser.redirectTarget(signIn)).isEqualTo("/admin");

		HttpResponse<String> console = staff.get("/admin");
		assertThat(console.statusCode()).as("a signed-in visitor is not sent back to the sign-in page")
			.isNotIn(301, 302, 303, 401, 403);
		// The public pages offer the console and sign-out to a signed-in visitor only.
		assertThat(staff.get("/kamala").body()).contains("action=\"/logout\"", "href=\"/admin\"");
		assertThat(staff.get("/login").body()).doesNotContain("govuk-error-summary");
	}

	@Test
	void wrongPasswordIsRefusedWithTheSameAnswerAsAnUnknownName() {
		Browser staff = browser();
		HttpResponse<String> wrong = staff.signIn("kamala.finance", "not the password");
		assertThat(Browser.redirectTarget(wrong)).isEqualTo("/login?error");
		HttpResponse<String> unknown = staff.signIn("nobody.here", "not the password");
		assertSameAnswer(unknown, wrong);
		assertThat(staff.get("/login?error").body()).contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
		assertThat(Browser.redirectTarget(staff.get("/admin"))).isEqualTo("/login");
	}

	/** The same status, headers (but for the date) and body, byte for byte. */
	static void assertSameAnswer(HttpResponse<String> actual, HttpResponse<String> expected) {
		assertThat(actual.statusCode()).isEqualTo(expected.statusCode());
		Map<String, List<String>> headers = new HashMap<>(actual.headers().map());
		Map<String, List<String>> expectedHeaders = new HashMap<>(expected.headers().map());
		headers.remove("date");
		expectedHeaders.remove("date");
		assertThat(headers).isEqualTo(expectedHeaders);
		assertThat(actual.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(expected.body().getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void signInWithoutCsrfTokenIsForbidden() {
		Browser staff = browser();
		staff.get("/login");
		HttpResponse<String> refused = staff.post("/login",
				Map.of("username", "kamala.officer", "password", DEMO_PASSWORD));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContainIgnoringCase("exception");
		assertThat(Browser.redirectTarget(staff.get("/admin"))).as("still signed out").isEqualTo("/login");
	}

	@Test
	void fiveWrongPasswordsLockThisAddressOutOfTheNameAndNobodyElseTellingNoNames() {
		String account = "kamala.supply";
		// Every client here is 127.0.0.1: the failures are made two days ago, so their lock-outs are over today.
		clock.set(Instant.now().minus(java.time.Duration.ofDays(2)));
		try {
			Browser staff = browser();
			for (int attempt = 1; attempt <= 5; attempt++) {
				HttpResponse<String> wrong = staff.signIn(account, "wrong-" + attempt);
				assertThat(Browser.redirectTarget(wrong)).as("attempt %d", attempt).isEqualTo("/login?error");
				assertSameAnswer(staff.signIn("kamala.nobody", "wrong-" + attempt), wrong);
			}
			HttpResponse<String> locked = staff.signIn(account, DEMO_PASSWORD);
			assertThat(Browser.redirectTarget(locked)).isEqualTo("/login?locked");
			assertSameAnswer(staff.signIn("kamala.nobody", DEMO_PASSWORD), locked);
			assertThat(staff.get("/login?locked").body())
				.contains("มีการเข้าสู่ระบบผิดจากอุปกรณ์นี้หลายครั้งเกินไป กรุณาลองใหม่อีกครั้งใน 15 นาที");
			assertThat(Browser.redirectTarget(staff.get("/admin"))).isEqualTo("/login");
			assertThat(Browser.redirectTarget(browser().signIn(account, DEMO_PASSWORD))).as("another browser, same address")
				.isEqualTo("/login?locked");
			assertThat(Browser.redirectTarget(browser().signIn("kamala.officer", DEMO_PASSWORD)))
				.as("another name from the same address").isEqualTo("/admin");
			Browser english = browser();
			english.get("/kamala?lang=en");
			assertThat(english.get("/login?locked").body()).contains("Too many failed sign-ins from this device. Try again in 15 minutes.");
		}
		finally {
			clock.reset();
		}
		assertThat(Browser.redirectTarget(browser().signIn(account, DEMO_PASSWORD))).as("the lock-out is over")
			.isEqualTo("/admin");

		List<String> failures = audit.recent(null, 1000).stream()
			.filter(e -> e.action().equals("security.sign-in.failed") && e.target().equals(account))
			.map(AuditEntryView::afterSummary)
			.toList();
		assertThat(failures).as("the refusals of a client locked out checked nothing, so wrote nothing")
			.containsExactly("wrong password", "wrong password", "wrong password", "wrong password", "wrong password");
	}

	@Test
	void aPortalTooBusyToHashSaysSoOnTheSignInAndComplaintPagesAndNeverFailsWith500() {
		Browser admin = browser();
		admin.signIn("kamala.admin", DEMO_PASSWORD);
		String adminCsrf = Browser.csrfToken(admin.get("/admin/accounts").body());
		Browser complainant = browser();
		String followCsrf = Browser.csrfToken(complainant.get("/kamala/complaints/follow").body());
		Browser english = browser();
		english.get("/kamala?lang=en");
		String englishCsrf = Browser.csrfToken(english.get("/kamala/complaints/follow").body());

		try (HeldHashes held = HeldHashes.filling(hashing, hashing.maxConcurrent())) {
			Browser staff = browser();
			HttpResponse<String> busy = staff.signIn("kamala.commander", DEMO_PASSWORD);
			assertThat(Browser.redirectTarget(busy)).isEqualTo("/login?busy");
			assertSameAnswer(staff.signIn("kamala.nobody", DEMO_PASSWORD), busy);
			assertThat(staff.get("/login?busy").body()).contains("ขณะนี้ระบบมีผู้ใช้งานมาก กรุณารอสักครู่แล้วเข้าสู่ระบบอีกครั้ง");
			assertThat(english.get("/login?busy").body()).contains("The portal is busy. Wait a moment and sign in again.");

			String receipt = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01";
			HttpResponse<String> follow = complainant.post("/kamala/complaints/follow", Map.of("_csrf", followCsrf, "receipt", receipt));
			assertThat(follow.statusCode()).isEqualTo(429);
			assertThat(follow.body()).contains("ขณะนี้ระบบมีผู้ใช้งานมาก กรุณารอสักครู่แล้วลองอีกครั้ง");
			HttpResponse<String> followInEnglish = english.post("/kamala/complaints/follow", Map.of("_csrf", englishCsrf, "receipt", receipt));
			assertThat(followInEnglish.statusCode()).isEqualTo(429);
			assertThat(followInEnglish.body()).contains("The portal is busy. Wait a moment and try again.");

			HttpResponse<String> account = admin.post("/admin/accounts", Map.of("_csrf", adminCsrf, "username",
					"kamala.rush", "displayName", "ร.ต.ต.เร่งรีบ", "roles", "OFFICER"));
			assertThat(account.statusCode()).as("a screen with nothing of its own to say").isEqualTo(429);
			assertThat(account.body()).contains("กรุณาลองใหม่อีกครั้งในอีกสักครู่").doesNotContainIgnoringCase("exception");
		}
		assertThat(jdbc.sql("select count(*) from account where username = 'kamala.rush'").query(Long.class).single())
			.as("nothing was saved").isZero();
		assertThat(Browser.redirectTarget(browser().signIn("kamala.commander", DEMO_PASSWORD))).isEqualTo("/admin");
	}

	@Test
	void wrongReceiptsLockOutTheClientThatTypesThemAndRightOnesNeverCount() {
		UUID kamala = jdbc.sql("select id from station where code = 'kamala'").query(UUID.class).single();
		// Concluded long ago, handled by no one: no list or statistic of the other scenarios shows it.
		UUID complaint = ComplaintFixtures.complaint(jdbc, kamala, "OTHER", null, ComplaintFixtures.bangkok(2001, 1, 5, 10, 0),
				"CONCLUDED", ComplaintFixtures.bangkok(2001, 2, 5, 10, 0));
		String secret = "RGHT5ECRET7ABCDE";
		jdbc.sql("update complaint set locator = 'RCPT7EST', receipt_hash = :hash where id = :id")
			.param("hash", hashing.argon2().encode(secret)).param("id", complaint).update();
		Browser complainant = browser();
		String csrf = Browser.csrfToken(complainant.get("/kamala/complaints/follow").body());
		Map<String, String> right = Map.of("_csrf", csrf, "receipt", "RCPT7EST" + secret);
		Map<String, String> wrong = Map.of("_csrf", csrf, "receipt", "RCPT7EST" + secret.replace('E', 'F'));
		// Every client here is 127.0.0.1: the tries are made two days ago, so the lock-out is over today.
		clock.set(Instant.now().minus(java.time.Duration.ofDays(2)));
		try {
			for (int attempt = 1; attempt <= 25; attempt++) {
				assertThat(Browser.redirectTarget(complainant.post("/kamala/complaints/follow", right))).as("attempt %d", attempt)
					.isEqualTo("/kamala/complaints/mine");
			}
			for (int attempt = 1; attempt <= 20; attempt++) {
				assertThat(complainant.post("/kamala/complaints/follow", wrong).statusCode()).as("attempt %d", attempt)
					.isEqualTo(404);
			}
			HttpResponse<String> locked = complainant.post("/kamala/complaints/follow", right);
			assertThat(locked.statusCode()).isEqualTo(429);
			assertThat(locked.body()).contains("ลองรหัสรับเรื่องมากเกินไปในชั่วโมงนี้");
		}
		finally {
			clock.reset();
		}
		assertThat(Browser.redirectTarget(complainant.post("/kamala/complaints/follow", right))).as("the lock-out is over")
			.isEqualTo("/kamala/complaints/mine");
		jdbc.sql("delete from complaint_stage where complaint_id = :id").param("id", complaint).update();
		jdbc.sql("delete from complaint where id = :id").param("id", complaint).update();
	}

	@Test
	void everySignInSuccessAndFailureIsAudited() {
		Browser staff = browser();
		String account = "kamala.publisher";
		staff.signIn(account, "wrong password");
		staff.signIn("someone.unknown", "pasted-password-123");
		HttpResponse<String> success = staff.signIn(account, DEMO_PASSWORD);
		assertThat(Browser.redirectTarget(success)).isEqualTo("/admin");

		List<AuditEntryView> entries = audit.recent(null, 1000);
		assertThat(entries).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("security.sign-in.failed");
			assertThat(e.target()).isEqualTo(account);
			assertThat(e.stationId()).isNotNull();
		});
		assertThat(entries).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("security.sign-in.succeeded");
			assertThat(e.target()).isEqualTo(account);
			assertThat(e.stationId()).isNotNull();
		});
		assertThat(entries).as("an unknown name is kept only cut short").anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("security.sign-in.failed");
			assertThat(e.target()).isEqualTo("som***");
			assertThat(e.stationId()).isNull();
		});
		assertThat(entries).noneSatisfy(e -> assertThat(e.toString()).contains(DEMO_PASSWORD))
			.noneSatisfy(e -> assertThat(e.toString()).contains("pasted-password-123"));
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void stylesheetIsCssCachedForAYearWithoutTheGovUkTypeface() {
		String page = browser().get("/kamala").body();
		Matcher link = STYLESHEET.matcher(page);
		assertThat(link.find()).as("a stylesheet link").isTrue();
		assertThat(link.group(1)).matches("/assets/site-[0-9a-f]{16}\\.css");

		HttpResponse<String> css = browser().get(link.group(1));
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/css"));
		assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(
				cache -> assertThat(cache).contains("max-age=31536000", "public"));
		assertThat(css.body()).contains(".govuk-header", "Sarabun").doesNotContain("GDS Transport");
	}

	@Test
	void healthEndpointIsUp() {
		HttpResponse<String> health = browser().get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void demoAccountsAndStationsExistOnceEvenWhenTheSeederRunsAgain() throws Exception {
		SmartLifecycle seeder = context.getBean("demoStations", SmartLifecycle.class);
		seeder.start();
		seeder.start();

		for (String username : List.of("kamala.commander", "kamala.admin", "kamala.publisher", "kamala.officer",
				"kamala.finance", "kamala.supply", "kamala.complaints", "kamala.assessor", "thungthong.admin",
				"region8.admin")) {
			assertThat(jdbc.sql("select count(*) from account where username = ?").param(username)
				.query(Long.class).single()).as(username).isEqualTo(1);
		}
		assertThat(jdbc.sql("select code from station order by code").query(String.class).list())
			.containsExactly("kamala", "thung-thong");
	}

	@Test
	void consoleShowsTheActingStationAndOnlyTheScreensOfTheRoles() {
		Browser admin = browser();
		admin.signIn("kamala.admin", DEMO_PASSWORD);
		String console = admin.get("/admin").body();
		assertThat(console).contains("สถานีตำรวจภูธรกมลา", "href=\"/admin/station\"", "href=\"/admin/audit\"")
			.doesNotContain("สถานีตำรวจภูธรทุ่งทอง");

		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		assertThat(officer.get("/admin").body()).contains("สถานีตำรวจภูธรกมลา")
			.doesNotContain("href=\"/admin/station\"", "href=\"/admin/audit\"");
		HttpResponse<String> forbidden = officer.get("/admin/station");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("ไม่มีสิทธิ์เข้าถึงหน้านี้").doesNotContainIgnoringCase("exception");
	}

	@Test
	void financeKeepsTheBudgetItemsTheCriteriaGiveItAndNoOthers() {
		Browser finance = browser();
		finance.signIn("kamala.finance", DEMO_PASSWORD);
		String dashboard = finance.get("/admin/readiness?year=2567&cutOff=2024-05-15&lang=en").body();
		assertThat(dashboard).contains("href=\"/admin/readiness\"");
		assertThat(finance.get("/admin/disclosure/2567/O12?lang=en").statusCode()).isEqualTo(200);
		HttpResponse<String> policy = finance.get("/admin/disclosure/2567/O18");
		assertThat(policy.statusCode()).as("the anti-bribery policy is the publisher's").isEqualTo(403);
		long texts = jdbc.sql("select count(*) from disclosure_text").query(Long.class).single();
		HttpResponse<String> write = finance.post("/admin/disclosure/2567/O18/text", Map.of("_csrf",
				Browser.csrfToken(finance.get("/admin/disclosure/2567/O12").body()), "element", "policy", "th-objective", "x"));
		assertThat(write.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from disclosure_text").query(Long.class).single()).isEqualTo(texts);
		assertThat(dashboard).as("no way offered into items finance does not keep")
			.doesNotContain("href=\"/admin/disclosure/2567/O7\"", "href=\"/admin/disclosure/2567/O18\"");

		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		assertThat(officer.get("/admin/disclosure/2567/O12").statusCode()).isEqualTo(403);
	}

	@Test
	void stationAdminChangesOnlyTheirOwnStationAndTheChangeIsAuditedWithBeforeAndAfter() {
		Browser admin = browser();
		admin.signIn("thungthong.admin", DEMO_PASSWORD);
		String page = admin.get("/admin/station").body();
		assertThat(page).contains("สถานีตำรวจภูธรทุ่งทอง").doesNotContain("สถานีตำรวจภูธรกมลา");
		Map<String, String> form = Browser.formFields(page);
		form.put("addressTh", form.get("addressTh") + " อาคารใหม่ชั้น 2");
		HttpResponse<String> saved = admin.post("/admin/station", form);
		assertThat(Browser.redirectTarget(saved)).isEqualTo("/admin/station");
		assertThat(admin.get("/admin/station").body()).contains("บันทึกเรียบร้อยแล้ว");

		assertThat(browser().get("/thung-thong/contact").body()).contains("อาคารใหม่ชั้น 2");
		assertThat(browser().get("/kamala/contact").body()).doesNotContain("อาคารใหม่ชั้น 2");

		UUID thungThong = jdbc.sql("select id from station where code = 'thung-thong'").query(UUID.class).single();
		assertThat(audit.recent(thungThong, 50)).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("station.profile.updated");
			assertThat(e.actor()).isEqualTo("thungthong.admin");
			assertThat(e.actorRoles()).contains("STATION_ADMIN");
			assertThat(e.beforeSummary()).contains("ตำบลทุ่งทอง").doesNotContain("อาคารใหม่ชั้น 2");
			assertThat(e.afterSummary()).contains("อาคารใหม่ชั้น 2");
			assertThat(e.clientAddress()).isNotBlank();
		});

		Browser kamala = browser();
		kamala.signIn("kamala.admin", DEMO_PASSWORD);
		assertThat(kamala.get("/admin/audit").body()).as("another station's audit entries stay hidden")
			.doesNotContain("อาคารใหม่ชั้น 2", "thungthong.admin");
	}

	@Test
	void invalidProfileIsRefusedInTheUsersLanguageAndChangesNothing() {
		Browser admin = browser();
		admin.signIn("kamala.commander", DEMO_PASSWORD);
		assertThat(admin.get("/admin/station").statusCode()).as("a commander does not edit the profile").isEqualTo(403);

		Browser stationAdmin = browser();
		stationAdmin.signIn("kamala.admin", DEMO_PASSWORD);
		stationAdmin.get("/admin?lang=en");
		Map<String, String> form = Browser.formFields(stationAdmin.get("/admin/station").body());
		String phoneBefore = form.get("phone");
		form.put("phone", "call us");
		form.put("email", "not-an-address");
		form.put("nameEn", "");
		HttpResponse<String> refused = stationAdmin.post("/admin/station", form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("There is a problem", "Phone number is not in the right format",
				"E-mail must be an e-mail address", "Full name in English is required", "aria-invalid=\"true\"");
		assertThat(browser().get("/kamala/contact").body()).contains(phoneBefore).doesNotContain("call us");
	}

	@Test
	void aStaleProfileFormIsRefusedAsAConflictInsteadOfOverwriting() {
		Browser admin = browser();
		admin.signIn("kamala.admin", DEMO_PASSWORD);
		Map<String, String> first = Browser.formFields(admin.get("/admin/station").body());
		// The same page open in a second tab: the same version, a filling of its own.
		Map<String, String> second = Browser.formFields(admin.get("/admin/station").body());
		first.put("addressEn", "1 First Edit Road, Kamala");
		assertThat(admin.post("/admin/station", first).statusCode()).isEqualTo(302);
		second.put("addressEn", "2 Second Edit Road, Kamala");
		HttpResponse<String> conflict = admin.post("/admin/station", second);
		assertThat(conflict.statusCode()).isEqualTo(200);
		assertThat(conflict.body()).contains("มีผู้อื่นแก้ไขข้อมูลนี้", "1 First Edit Road");
		assertThat(browser().get("/kamala/contact?lang=en").body()).contains("1 First Edit Road")
			.doesNotContain("2 Second Edit Road");
	}

	@Test
	void regionAdminActsOnlyForStationsOfTheirRegion() {
		Browser region = browser();
		region.signIn("region8.admin", DEMO_PASSWORD);
		String console = region.get("/admin").body();
		assertThat(console).contains("สถานีตำรวจภูธรกมลา", "สถานีตำรวจภูธรทุ่งทอง");
		assertThat(region.get("/admin/station").statusCode()).as("no station chosen yet").isEqualTo(404);

		UUID thungThong = jdbc.sql("select id from station where code = 'thung-thong'").query(UUID.class).single();
		String csrf = Browser.csrfToken(console);
		HttpResponse<String> chosen = region.post("/admin/acting-station",
				Map.of("station", thungThong.toString(), "_csrf", csrf));
		assertThat(Browser.redirectTarget(chosen)).isEqualTo("/admin");
		assertThat(region.get("/admin/station").body()).contains("สถานีตำรวจภูธรทุ่งทอง");

		HttpResponse<String> elsewhere = region.post("/admin/acting-station",
				Map.of("station", UUID.randomUUID().toString(), "_csrf", csrf));
		assertThat(elsewhere.statusCode()).isEqualTo(404);

		Browser stationAdmin = browser();
		stationAdmin.signIn("kamala.admin", DEMO_PASSWORD);
		HttpResponse<String> notAllowed = stationAdmin.post("/admin/acting-station",
				Map.of("station", thungThong.toString(), "_csrf", Browser.csrfToken(stationAdmin.get("/admin").body())));
		assertThat(notAllowed.statusCode()).isEqualTo(403);
		assertThat(stationAdmin.get("/admin/station").body()).contains("สถานีตำรวจภูธรกมลา");
	}

	@Test
	void stationPhotoIsCheckedByItsBytesAndServedOnlyForItsStation() throws Exception {
		Browser admin = browser();
		admin.signIn("kamala.admin", DEMO_PASSWORD);
		String csrf = Browser.csrfToken(admin.get("/admin/station").body());
		long storedBefore = jdbc.sql("select count(*) from stored_file").query(Long.class).single();

		HttpResponse<String> fake = admin.upload("/admin/station/photo", csrf, "photo", "station.jpg", "image/jpeg",
				"%PDF-1.4 not a photo at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		assertThat(Browser.redirectTarget(fake)).isEqualTo("/admin/station");
		assertThat(admin.get("/admin/station").body()).contains("ไฟล์นี้เป็นชนิด PDF", "JPEG, PNG, WebP");
		assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isEqualTo(storedBefore);
		assertThat(browser().get("/kamala/photo").statusCode()).isEqualTo(404);

		HttpResponse<String> real = admin.upload("/admin/station/photo", csrf, "photo", "อาคาร.pdf",
				"application/pdf", SampleDocuments.png());
		assertThat(Browser.redirectTarget(real)).isEqualTo("/admin/station");

		HttpResponse<String> served = browser().get("/kamala/photo");
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(browser().get("/kamala").body()).contains("src=\"/kamala/photo\"");
		assertThat(browser().get("/thung-thong/photo").statusCode()).isEqualTo(404);
	}

	@Test
	void anExecutiveWithoutAPhotoLeavesItemO1IncompleteUntilThePhotoIsUploaded() throws Exception {
		UUID thungThong = stationId("thung-thong");
		assertThat(executivesComplete(thungThong)).as("the demo executive has a photo").isTrue();
		Browser admin = browser();
		admin.signIn("thungthong.admin", DEMO_PASSWORD);

		Map<String, String> form = Browser.formFields(admin.get("/admin/organisation/officers/new").body());
		form.putAll(Map.of("rankTh", "พ.ต.ท.", "rankEn", "Pol. Lt. Col.", "nameTh", "ภาพ ยังไม่มี", "nameEn",
				"Phap Yangmaimi", "titleTh", "รองผู้กำกับการ", "titleEn", "Deputy Superintendent", "officialPhone",
				"0 7600 0201", "executive", "true"));
		HttpResponse<String> added = admin.post("/admin/organisation/officers", form);
		assertThat(Browser.redirectTarget(added)).isEqualTo("/admin/organisation");
		assertThat(executivesComplete(thungThong)).as("O1 asks for every executive's photo").isFalse();

		UUID officer = jdbc.sql("select id from officer where name_en = 'Phap Yangmaimi'").query(UUID.class).single();
		String editor = admin.get("/admin/organisation/officers/" + officer).body();
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(30, 40, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", png);
		HttpResponse<String> uploaded = admin.upload("/admin/organisation/officers/" + officer + "/photo",
				Browser.csrfToken(editor), "photo", "face.png", "image/png", png.toByteArray());
		assertThat(Browser.redirectTarget(uploaded)).isEqualTo("/admin/organisation/officers/" + officer);
		assertThat(executivesComplete(thungThong)).isTrue();

		String o1 = browser().get("/thung-thong/oit/2567/O1?lang=en").body();
		assertThat(o1).contains("src=\"/thung-thong/officers/" + officer + "/photo?v=", "alt=\"Pol. Lt. Col. Phap Yangmaimi\"");
		HttpResponse<byte[]> photo = browser().download("/thung-thong/officers/" + officer + "/photo");
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(photo.body()).isEqualTo(png.toByteArray());
		assertThat(browser().download("/kamala/officers/" + officer + "/photo").statusCode()).isEqualTo(404);
		assertThat(audit.recent(thungThong, 20)).extracting(AuditEntryView::action)
			.contains("organisation.officer.added", "organisation.officer.photo.changed");
	}

	private boolean executivesComplete(UUID station) {
		return content.snapshot(station, FY2567, clock.instant()).filledFields().contains("executives.contact");
	}

	@Test
	void stationAdminCreatesAnAccountWhosePasswordIsShownOnceAndWorks() {
		Browser admin = browser();
		admin.signIn("kamala.admin", DEMO_PASSWORD);
		String page = admin.get("/admin/accounts").body();
		assertThat(page).contains("kamala.officer").doesNotContain("thungthong.admin", "region8.admin");

		HttpResponse<String> created = admin.post("/admin/accounts", Map.of("_csrf", Browser.csrfToken(page),
				"username", "kamala.newcomer", "displayName", "ส.ต.ต.มาใหม่ ตั้งใจ", "roles", "PUBLISHER"));
		assertThat(Browser.redirectTarget(created)).isEqualTo("/admin/accounts");
		String shown = admin.get("/admin/accounts").body();
		Matcher password = Pattern.compile("prongsai-password\">([^<]+)<").matcher(shown);
		assertThat(password.find()).as("the one-time password is shown").isTrue();
		assertThat(admin.get("/admin/accounts").body()).as("and only once").doesNotContain(password.group(1));

		Browser newcomer = browser();
		assertThat(Browser.redirectTarget(newcomer.signIn("kamala.newcomer", password.group(1)))).isEqualTo("/admin");
		assertThat(newcomer.get("/admin/accounts").statusCode()).as("a publisher manages no accounts").isEqualTo(403);
		assertThat(audit.recent(null, 200)).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("account.created");
			assertThat(e.target()).isEqualTo("kamala.newcomer");
			assertThat(e.actor()).isEqualTo("kamala.admin");
		}).noneSatisfy(e -> assertThat(e.toString()).contains(password.group(1)));

		HttpResponse<String> taken = admin.post("/admin/accounts", Map.of("_csrf", Browser.csrfToken(shown),
				"username", "kamala.newcomer", "displayName", "อีกคน", "roles", "OFFICER"));
		assertThat(taken.statusCode()).isEqualTo(200);
		assertThat(taken.body()).contains("ชื่อผู้ใช้นี้มีผู้ใช้แล้ว");
		HttpResponse<String> regional = admin.post("/admin/accounts", Map.of("_csrf", Browser.csrfToken(shown),
				"username", "kamala.boss", "displayName", "ผู้ใหญ่", "roles", "REGION_ADMIN"));
		assertThat(regional.body()).contains("บทบาทนี้ให้ได้เฉพาะผู้ดูแลระบบระดับภาค");
		assertThat(jdbc.sql("select count(*) from account where username = 'kamala.boss'").query(Long.class).single())
			.isZero();
	}

	@Test
	void anotherStationsAccountCannotBeGivenANewPassword() {
		UUID kamalaOfficer = jdbc.sql("select id from account where username = 'kamala.officer'").query(UUID.class)
			.single();
		Browser other = browser();
		other.signIn("thungthong.admin", DEMO_PASSWORD);
		String csrf = Browser.csrfToken(other.get("/admin/accounts").body());
		HttpResponse<String> refused = other.post("/admin/accounts/" + kamalaOfficer + "/password", Map.of("_csrf", csrf));
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(Browser.redirectTarget(browser().signIn("kamala.officer", DEMO_PASSWORD))).as("password unchanged")
			.isEqualTo("/admin");
	}

	@Test
	void aPublisherFixesAFailingElementAndTheReadinessSeesIt() {
		Browser admin = browser();
		admin.signIn("thungthong.admin", DEMO_PASSWORD);
		String readiness = admin.get("/admin/readiness?year=2567&cutOff=2024-05-15&lang=en").body();
		assertThat(elementRow(readiness, "Traffic")).contains("Fail", "Still missing a file in PDF");

		String editor = admin.get("/admin/disclosure/2567/O8").body();
		String csrf = Browser.csrfToken(editor);
		long documents = jdbc.sql("select count(*) from disclosure_document").query(Long.class).single();
		HttpResponse<String> word = admin.upload("/admin/disclosure/2567/O8/documents", csrf, "file", "manual.docx",
				"application/octet-stream", SampleDocuments.docx(),
				Map.of("element", "traffic", "titleTh", "คู่มือจราจร", "titleEn", "Traffic manual"));
		assertThat(Browser.redirectTarget(word)).isEqualTo("/admin/disclosure/2567/O8");
		assertThat(admin.get("/admin/disclosure/2567/O8").body()).contains("This file is DOCX, but item O8 takes only PDF");
		assertThat(jdbc.sql("select count(*) from disclosure_document").query(Long.class).single()).isEqualTo(documents);

		HttpResponse<String> pdf = admin.upload("/admin/disclosure/2567/O8/documents", csrf, "file", "manual.pdf",
				"application/pdf", SampleDocuments.pdf("traffic manual"),
				Map.of("element", "traffic", "titleTh", "คู่มือจราจร", "titleEn", "Traffic manual"));
		assertThat(Browser.redirectTarget(pdf)).isEqualTo("/admin/disclosure/2567/O8");
		assertThat(admin.get("/admin/disclosure/2567/O8").body()).contains("Published").doesNotContain("There is a problem");
		assertThat(elementRow(admin.get("/admin/readiness?year=2567&cutOff=2024-05-15&lang=en").body(), "Traffic"))
			.contains("Pass", "Every format is there");

		Browser kamala = browser();
		kamala.signIn("kamala.publisher", DEMO_PASSWORD);
		UUID thungThongDocument = jdbc.sql("select d.id from disclosure_document d join station s on s.id = d.station_id"
				+ " where s.code = 'thung-thong' and d.document_kind = 'staff-manual.traffic'").query(UUID.class).list().get(0);
		HttpResponse<String> foreign = kamala.post("/admin/disclosure/2567/O8/documents/" + thungThongDocument + "/withdraw",
				Map.of("_csrf", Browser.csrfToken(kamala.get("/admin/disclosure/2567/O8").body()), "element", "traffic"));
		assertThat(foreign.statusCode()).as("another station's document").isEqualTo(404);
	}

	@Test
	void aPublisherWritesThePolicySectionBySectionAndReadinessNamesWhatIsStillMissing() {
		Browser admin = browser();
		admin.signIn("thungthong.admin", DEMO_PASSWORD);
		String editor = admin.get("/admin/disclosure/2567/O18?lang=en").body();
		assertThat(editor).contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Whistleblower protection and confidentiality</legend>",
				"name=\"th-protection\"", "name=\"en-announcement\"");
		String csrf = Browser.csrfToken(editor);
		long texts = jdbc.sql("select count(*) from disclosure_text").query(Long.class).single();
		HttpResponse<String> blank = admin.post("/admin/disclosure/2567/O18/text",
				Map.of("_csrf", csrf, "element", "policy", "th-objective", " ", "en-objective", ""));
		assertThat(Browser.redirectTarget(blank)).isEqualTo("/admin/disclosure/2567/O18");
		assertThat(admin.get("/admin/disclosure/2567/O18?lang=en").body()).contains("Fill in the text in at least one language");
		assertThat(jdbc.sql("select count(*) from disclosure_text").query(Long.class).single()).isEqualTo(texts);

		Map<String, String> sections = new java.util.HashMap<>(Map.of("_csrf", csrf, "element", "policy"));
		for (String section : List.of("objective", "scope", "definitions", "violations", "monitoring", "channels",
				"announcement")) {
			sections.put("th-" + section, "ข้อความหัวข้อ " + section);
			sections.put("en-" + section, "Text of " + section);
		}
		sections.put("th-protection", "ข้อมูลผู้แจ้งเก็บเป็นความลับ");
		admin.post("/admin/disclosure/2567/O18/text", sections);
		assertThat(elementRow(admin.get("/admin/readiness?year=2567&cutOff=2024-05-15&lang=en").body(),
				"Policy by the current commander, in Thai and English"))
			.contains("Fail", "Some sections are missing — Thai: complete; English: Whistleblower protection and confidentiality");

		admin.post("/admin/disclosure/2567/O18/text", Map.of("_csrf", csrf, "element", "policy", "en-protection",
				"Whistleblowers are protected and their identity kept confidential."));
		assertThat(elementRow(admin.get("/admin/readiness?year=2567&cutOff=2024-05-15&lang=en").body(),
				"Policy by the current commander, in Thai and English"))
			.contains("Pass");
		String page = browser().get("/thung-thong/oit/2567/O18?lang=en").body();
		assertThat(page).contains("<h4 class=\"govuk-heading-s\">Whistleblower protection and confidentiality</h4>",
				"<h4 class=\"govuk-heading-s\">การคุ้มครองผู้แจ้งและการรักษาความลับ</h4>",
				"Whistleblowers are protected and their identity kept confidential.");
		assertThat(page.indexOf(">Objective</h4>")).as("sections in the criteria's order")
			.isLessThan(page.indexOf(">Whistleblower protection and confidentiality</h4>"));
	}

	@Test
	void aPublisherKeepsTheLawsByCategoryAndTheCommitteeWithPhotosAndBios() {
		Browser admin = browser();
		admin.signIn("thungthong.admin", DEMO_PASSWORD);
		String readiness = "/admin/readiness?year=2567&cutOff=2024-05-15&lang=en";
		assertThat(elementRow(admin.get(readiness).body(), "Laws the station enforces, by category")).contains("Fail");
		String csrf = Browser.csrfToken(admin.get("/admin/disclosure/2567/O3").body());
		long laws = jdbc.sql("select count(*) from disclosure_law").query(Long.class).single();

		admin.post("/admin/disclosure/2567/O3/laws", Map.of("_csrf", csrf, "element", "laws", "category", "piracy",
				"titleTh", "กฎหมาย", "titleEn", "A law"));
		assertThat(admin.get("/admin/disclosure/2567/O3?lang=en").body()).contains("That law category is not known");
		admin.post("/admin/disclosure/2567/O3/laws", Map.of("_csrf", csrf, "element", "laws", "category", "traffic",
				"titleTh", "พระราชบัญญัติจราจรทางบก", "titleEn", "Land Traffic Act", "url", "javascript:alert(1)"));
		assertThat(admin.get("/admin/disclosure/2567/O3?lang=en").body()).contains("https://");
		assertThat(jdbc.sql("select count(*) from disclosure_law").query(Long.class).single()).isEqualTo(laws);

		admin.post("/admin/disclosure/2567/O3/laws", Map.of("_csrf", csrf, "element", "laws", "category", "traffic",
				"titleTh", "พระราชบัญญัติจราจรทางบก", "titleEn", "Land Traffic Act", "url", "https://www.krisdika.go.th",
				"essential", "true"));
		assertThat(elementRow(admin.get(readiness).body(), "Laws the station enforces, by category")).contains("Pass");
		String lawsPage = browser().get("/thung-thong/oit/2567/O3?lang=en").body();
		assertThat(lawsPage).contains("Laws people should know first", "<h3 class=\"govuk-heading-s\">Traffic law</h3>",
				"<a class=\"govuk-link\" href=\"https://www.krisdika.go.th\" rel=\"noopener\">Land Traffic Act</a>");
		assertThat(lawsPage).as("the laws are searched from the item's own page")
			.contains("<form action=\"/thung-thong/search\" method=\"get\" role=\"search\"", "<label class=\"govuk-label\" for=\"law-search\">Search the related laws</label>");
		assertThat(browser().get("/thung-thong/search?q=" + java.net.URLEncoder.encode("จราจร", StandardCharsets.UTF_8)).body())
			.as("laws are searchable in Thai").contains("/thung-thong/oit/2567/O3");

		csrf = Browser.csrfToken(admin.get("/admin/disclosure/2567/O4").body());
		Map<String, String> member = Map.of("element", "members", "nameTh", "นายทดลอง ใจดี", "nameEn", "Mr Thodlong Jaidee",
				"roleTh", "กรรมการ", "roleEn", "Member", "citizen", "true");
		HttpResponse<String> notAPhoto = admin.upload("/admin/disclosure/2567/O4/committee", csrf, "photo", "member.png",
				"image/png", SampleDocuments.pdf("not a photo"), member);
		assertThat(Browser.redirectTarget(notAPhoto)).isEqualTo("/admin/disclosure/2567/O4");
		assertThat(admin.get("/admin/disclosure/2567/O4?lang=en").body()).contains("The type of this file is PDF");
		assertThat(jdbc.sql("select count(*) from committee_member where station_id = ?").param(stationId("thung-thong"))
			.query(Long.class).single()).isZero();

		admin.upload("/admin/disclosure/2567/O4/committee", csrf, "photo", "member.png", "image/png", SampleDocuments.png(),
				member);
		String afterAdding = admin.get(readiness).body();
		assertThat(elementRow(afterAdding, "Role and members with photos")).contains("Pass");
		assertThat(elementRow(afterAdding, "Short bios of the citizen members")).contains("Fail", "Not filled in yet");
		UUID first = jdbc.sql("select m.id from committee_member m join station s on s.id = m.station_id"
				+ " where s.code = 'thung-thong' and m.withdrawn_at is null").query(UUID.class).single();
		assertThat(admin.get("/admin/disclosure/2567/O4?lang=en").body()).contains("No short bio in both languages yet");

		Map<String, String> withBio = new java.util.HashMap<>(member);
		withBio.putAll(Map.of("_csrf", csrf, "bioTh", "ครูโรงเรียนบ้านทุ่งทอง", "bioEn", "Teacher at Ban Thung Thong school"));
		admin.post("/admin/disclosure/2567/O4/committee/" + first, withBio);
		assertThat(elementRow(admin.get(readiness).body(), "Short bios of the citizen members")).contains("Pass");
		UUID current = jdbc.sql("select m.id from committee_member m join station s on s.id = m.station_id"
				+ " where s.code = 'thung-thong' and m.withdrawn_at is null").query(UUID.class).single();
		assertThat(current).as("a change is a new version").isNotEqualTo(first);

		String page = browser().get("/thung-thong/oit/2567/O4?lang=en").body();
		assertThat(page).contains("Mr Thodlong Jaidee", "Citizen member", "Teacher at Ban Thung Thong school",
				"src=\"/thung-thong/oit/2567/committee/" + current + "/photo\"", "alt=\"Mr Thodlong Jaidee\"");
		HttpResponse<byte[]> photo = browser().download("/thung-thong/oit/2567/committee/" + current + "/photo");
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(photo.headers().firstValue("Content-Type")).as("the photo is kept through the change").hasValue("image/png");
		assertThat(browser().get("/thung-thong/oit/2567/committee/" + first + "/photo").statusCode())
			.as("the earlier version is no longer on today's page").isEqualTo(404);
		assertThat(browser().get("/kamala/oit/2567/committee/" + current + "/photo").statusCode())
			.as("another station's address").isEqualTo(404);

		Browser kamala = browser();
		kamala.signIn("kamala.publisher", DEMO_PASSWORD);
		HttpResponse<String> foreign = kamala.post("/admin/disclosure/2567/O4/committee/" + current + "/withdraw",
				Map.of("_csrf", Browser.csrfToken(kamala.get("/admin/disclosure/2567/O4").body()), "element", "members"));
		assertThat(Browser.redirectTarget(foreign)).isEqualTo("/admin/disclosure/2567/O4");
		assertThat(kamala.get("/admin/disclosure/2567/O4?lang=en").body()).contains("That member is not there");
		assertThat(browser().get("/thung-thong/oit/2567/O4?lang=en").body()).contains("Mr Thodlong Jaidee");
		assertThat(audit.recent(stationId("thung-thong"), 30)).extracting(e -> e.action())
			.contains("disclosure.law.published", "disclosure.committee.added", "disclosure.committee.changed");
	}

	@Test
	void financeRecordsTheMonthsProcurementAndPublishesItsSummaryToItsItem() throws Exception {
		Browser finance = browser();
		finance.signIn("kamala.finance", DEMO_PASSWORD);
		String page = finance.get("/admin/procurement?month=2024-03&lang=en").body();
		assertThat(page).contains("Procurement, March 2024", "No procurement this month");
		String csrf = Browser.csrfToken(page);
		long records = jdbc.sql("select count(*) from procurement").query(Long.class).single();

		HttpResponse<String> notABidder = finance.postFields("/admin/procurement", "_csrf", csrf, "month", "2024-03",
				"subject", "จัดซื้อวัสดุสำนักงาน", "budget", "15,000", "referencePrice", "14,500", "method", "specific",
				"bidder", "ร้านสมมติการค้า", "price", "14,200.50", "bidder", "", "price", "",
				"selectedBidder", "ร้านอื่น", "agreedPrice", "14,200.50", "reason", "ราคาต่ำสุดและเสนอครบตามเงื่อนไข",
				"contractNumber", "ข้อตกลง 12/2567", "contractDate", "2024-03-05");
		assertThat(notABidder.statusCode()).isEqualTo(200);
		assertThat(notABidder.body()).contains("The selected bidder must be one of the bidders", "จัดซื้อวัสดุสำนักงาน");
		HttpResponse<String> negative = finance.postFields("/admin/procurement", "_csrf", csrf, "month", "2024-03",
				"subject", "จัดซื้อวัสดุสำนักงาน", "budget", "-15", "method", "specific", "bidder", "ร้านสมมติการค้า",
				"price", "10", "selectedBidder", "ร้านสมมติการค้า", "agreedPrice", "10", "reason", "ราคาเหมาะสม",
				"contractNumber", "ข้อตกลง 12/2567", "contractDate", "2024-03-05");
		assertThat(negative.body()).contains("&quot;-15&quot; is not an amount");
		assertThat(jdbc.sql("select count(*) from procurement").query(Long.class).single()).isEqualTo(records);

		HttpResponse<String> saved = finance.postFields("/admin/procurement", "_csrf", csrf, "month", "2024-03",
				"subject", "จัดซื้อวัสดุสำนักงาน", "budget", "15,000", "referencePrice", "14,500", "method", "specific",
				"bidder", "ร้านสมมติการค้า", "price", "14,200.50", "bidder", "", "price", "",
				"selectedBidder", "ร้านสมมติการค้า", "agreedPrice", "14,200.50", "reason", "ราคาต่ำสุดและเสนอครบตามเงื่อนไข",
				"contractNumber", "ข้อตกลง 12/2567", "contractDate", "2024-03-05");
		assertThat(Browser.redirectTarget(saved)).isEqualTo("/admin/procurement?month=2024-03");
		assertThat(finance.get(Browser.redirectTarget(saved)).body()).contains("จัดซื้อวัสดุสำนักงาน", "14,200.50");
		UUID recorded = jdbc.sql("select id from procurement where subject = 'จัดซื้อวัสดุสำนักงาน' and contract_date = '2024-03-05'")
			.query(UUID.class).single();
		assertThat(finance.get("/admin/procurement/" + recorded + "?lang=en").body()).contains("Change a procurement record",
				"value=\"ข้อตกลง 12/2567\"");
		String[] change = { "_csrf", csrf, "version", "0", "month", "2024-03", "subject", "จัดซื้อวัสดุสำนักงาน",
			"budget", "15,000", "referencePrice", "14,500", "method", "specific", "bidder", "ร้านสมมติการค้า", "price",
			"14,200.50", "selectedBidder", "ร้านสมมติการค้า", "agreedPrice", "14,200.50", "reason",
			"ราคาต่ำสุดและเสนอครบตามเงื่อนไข", "contractNumber", "ข้อตกลง 12/2567", "contractDate", "2024-03-05" };
		HttpResponse<String> changed = finance.postFields("/admin/procurement/" + recorded, change);
		assertThat(changed.statusCode()).as(changed.body().replaceAll("(?s).*(govuk-error-summary__list.{0,400}).*", "$1"))
			.isEqualTo(302);
		finance.get("/admin/procurement?month=2024-03");
		HttpResponse<String> stale = finance.postFields("/admin/procurement/" + recorded, change);
		assertThat(stale.body()).as("a form opened before the change").contains("Someone changed this record in the meantime");
		HttpResponse<byte[]> preview = finance.download("/admin/procurement/summary/2024-03.pdf");
		assertThat(preview.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdfText(preview.body())).contains("สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนมีนาคม 2567",
				"จัดซื้อวัสดุสำนักงาน", "ร้านสมมติการค้า", "14,200.50", "12/2567", "5 มี.ค. 2567", "รวม 1 รายการ");

		HttpResponse<String> published = finance.post("/admin/procurement/publish", Map.of("_csrf", csrf, "month", "2024-03"));
		assertThat(Browser.redirectTarget(published)).isEqualTo("/admin/procurement?month=2024-03");
		assertThat(finance.get("/admin/procurement?month=2024-03&lang=en").body()).contains("summary is published");
		List<UUID> march = jdbc.sql("select d.id from disclosure_document d join station s on s.id = d.station_id"
				+ " where s.code = 'kamala' and d.document_kind = 'procurement-summary' and d.report_month = '2024-03-01'"
				+ " and d.withdrawn_at is null order by d.format").query(UUID.class).list();
		assertThat(march).as("PDF and XLSX, replacing the uploaded March files").hasSize(2);
		String o15 = browser().get("/kamala/oit/2567/O15").body();
		assertThat(o15).contains("/kamala/oit/2567/files/" + march.get(0), "/kamala/oit/2567/files/" + march.get(1));
		byte[] xlsx = browser().download("/kamala/oit/2567/files/" + march.get(1)).body();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet rows = workbook.getSheet("procurement");
			assertThat(rows.getLastRowNum()).isEqualTo(1);
			assertThat(rows.getRow(1).getCell(1).getStringCellValue()).isEqualTo("จัดซื้อวัสดุสำนักงาน");
			assertThat(rows.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(14200.5);
			assertThat(workbook.getSheet("bids").getRow(1).getCell(1).getStringCellValue()).isEqualTo("ร้านสมมติการค้า");
		}

		finance.post("/admin/procurement/publish", Map.of("_csrf", csrf, "month", "2024-03"));
		assertThat(finance.get("/admin/procurement?month=2024-03&lang=en").body())
			.contains("summary is unchanged since it was published");
		assertThat(jdbc.sql("select count(*) from disclosure_document d join station s on s.id = d.station_id"
				+ " where s.code = 'kamala' and d.document_kind = 'procurement-summary' and d.report_month = '2024-03-01'")
			.query(Long.class).single()).as("nothing new for an unchanged month").isEqualTo(
					jdbc.sql("select count(*) from disclosure_document d join station s on s.id = d.station_id"
							+ " where s.code = 'kamala' and d.document_kind = 'procurement-summary'"
							+ " and d.report_month = '2024-03-01'").query(Long.class).single());

		finance.post("/admin/procurement/publish", Map.of("_csrf", csrf, "month", "2024-02"));
		UUID february = jdbc.sql("select d.id from disclosure_document d join station s on s.id = d.station_id"
				+ " where s.code = 'kamala' and d.document_kind = 'procurement-summary' and d.report_month = '2024-02-01'"
				+ " and d.format = 'PDF' and d.withdrawn_at is null").query(UUID.class).single();
		assertThat(pdfText(browser().download("/kamala/oit/2567/files/" + february).body()))
			.as("a month without procurement says so").contains("ไม่มีการจัดซื้อจัดจ้าง");

		HttpResponse<String> data = browser().get("/kamala/data/procurement.json");
		assertThat(data.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
		assertThat(data.body()).contains("\"periods\":[\"2023-10\",\"2023-11\",\"2023-12\",\"2024-01\",\"2024-02\",\"2024-03\"]",
				"\"subject\":\"จัดซื้อวัสดุสำนักงาน\"", "\"agreed_price_baht\":14200.50", "\"contract_date\":\"2024-03-05\"",
				"\"bids\":[{\"bidder\":\"ร้านสมมติการค้า\",\"offered_price_baht\":14200.50}]");
		String etag = data.headers().firstValue("ETag").orElseThrow();
		assertThat(browser().get("/kamala/data/procurement.json", "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(browser().get("/kamala/data/procurement.json?size=0").statusCode()).isEqualTo(400);

		// Typed but not yet published: not open data. Text that looks like a formula stays text in the CSV.
		finance.postFields("/admin/procurement", "_csrf", csrf, "month", "2024-01", "subject", "=HYPERLINK(\"http://x\") ล้างแอร์",
				"budget", "800", "method", "specific", "bidder", "อู่สมมติ", "price", "800", "selectedBidder", "อู่สมมติ",
				"agreedPrice", "800", "reason", "รายเดียวในพื้นที่", "contractNumber", "ข้อตกลง 3/2567", "contractDate", "2024-01-10");
		assertThat(browser().get("/kamala/data/procurement.json").body()).doesNotContain("ล้างแอร์");
		finance.post("/admin/procurement/publish", Map.of("_csrf", csrf, "month", "2024-01"));
		assertThat(browser().get("/kamala/data/procurement.json").body()).as("the cached answer gave way to the release")
			.contains("ล้างแอร์");
		String csv = browser().get("/kamala/data/procurement.csv").body();
		assertThat(csv).startsWith("\uFEFF\"month\",\"sequence\",\"subject\"")
			.contains("\"2024-01\",\"1\",\"'=HYPERLINK(\"\"http://x\"\") ล้างแอร์\",\"800.00\"");
		assertThat(browser().get("/kamala/data/procurement-bids.csv").body()).contains("\"2024-03\",\"1\",\"ร้านสมมติการค้า\",\"14200.50\"");

		// The catalogue and the CKAN API a national portal harvests.
		HttpResponse<String> turtle = browser().get("/kamala/data/catalog.ttl");
		assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
		assertThat(turtle.body()).contains("/kamala/data/procurement>", "\"2023-10-01\"^^<http://www.w3.org/2001/XMLSchema#date>", "\"2024-03-31\"^^<http://www.w3.org/2001/XMLSchema#date>");
		assertThat(browser().get("/kamala/data/catalog.jsonld").body()).contains("\"@type\":[\"http://www.w3.org/ns/dcat#Catalog\"]");
		assertThat(browser().get("/api/3/action/package_list").body()).contains("\"success\":true", "\"kamala-procurement\"")
			.doesNotContain("thung-thong-procurement");
		String show = browser().get("/api/3/action/package_show?id=kamala-procurement").body();
		assertThat(show).contains("\"name\":\"kamala-procurement\"", "\"data_category\":\"ข้อมูลสาธารณะ\"",
				"\"update_frequency_unit\":\"เดือน\"", "\"first_year_of_data\":\"2567\"", "\"stale\":",
				"\"id\":\"kamala-procurement-csv\"", "/kamala/data/procurement.csv\"");
		assertThat(browser().get("/api/3/action/package_search?q=" + java.net.URLEncoder.encode("สขร", StandardCharsets.UTF_8))
			.body()).contains("\"count\":1", "\"name\":\"kamala-procurement\"");
		assertThat(browser().get("/api/3/action/package_search?q=" + java.net.URLEncoder.encode("จัดซื้อ", StandardCharsets.UTF_8))
			.body()).as("the monthly summaries and the plan").contains("\"count\":2", "\"name\":\"kamala-procurement-plan\"");
		assertThat(browser().get("/api/3/action/package_search?q=bicycle").body()).contains("\"count\":0");
		assertThat(browser().get("/api/3/action/resource_show?id=kamala-procurement-json").body())
			.contains("\"format\":\"JSON\"", "\"package_id\":\"kamala-procurement\"");
		HttpResponse<String> missing = browser().get("/api/3/action/package_show?id=kamala-nothing");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("\"success\":false", "Not Found Error");

		Browser publisher = browser();
		publisher.signIn("kamala.publisher", DEMO_PASSWORD);
		assertThat(publisher.get("/admin/procurement").statusCode()).isEqualTo(403);
		assertThat(audit.recent(stationId("kamala"), 40)).extracting(e -> e.action())
			.contains("reporting.procurement.recorded", "disclosure.document.published");
	}

	@Test
	void aPublisherRecordsTheMonthsActivitiesAndPublishesTheOperationsReportAsPdfAndWord() throws Exception {
		Browser publisher = browser();
		publisher.signIn("kamala.publisher", DEMO_PASSWORD);
		String page = publisher.get("/admin/operations?month=2023-12&lang=en").body();
		assertThat(page).contains("Operations, December 2023", "No activity recorded this month yet");
		String csrf = Browser.csrfToken(page);
		Matcher unit = Pattern.compile("<option value=\"([0-9a-f-]{36})\">([^<]+)</option>").matcher(page);
		assertThat(unit.find()).as("the station's units to choose from").isTrue();
		long before = jdbc.sql("select count(*) from operations_activity").query(Long.class).single();

		HttpResponse<String> backwards = publisher.upload("/admin/operations", csrf, "photo", "", "application/octet-stream",
				new byte[0], Map.of("title", "ตั้งจุดตรวจ", "details", "ตั้งจุดตรวจร่วมกับฝ่ายปกครอง", "startedOn", "2023-12-10",
						"endedOn", "2023-12-09", "unit", unit.group(1), "month", "2023-12"));
		assertThat(Browser.redirectTarget(backwards)).isEqualTo("/admin/operations?month=2023-12");
		assertThat(publisher.get("/admin/operations?month=2023-12&lang=en").body())
			.contains("The end date cannot be before the start date");
		assertThat(jdbc.sql("select count(*) from operations_activity").query(Long.class).single()).isEqualTo(before);

		HttpResponse<String> saved = publisher.upload("/admin/operations", csrf, "photo", "checkpoint.png", "image/png",
				SampleDocuments.png(), Map.of("title", "ตั้งจุดตรวจช่วงเทศกาลปีใหม่", "details",
						"ตั้งจุดตรวจร่วมกับฝ่ายปกครองและอาสาสมัคร ตรวจรถ 1,200 คัน", "startedOn", "2023-12-28", "endedOn",
						"2024-01-03", "unit", unit.group(1), "month", "2023-12"));
		assertThat(Browser.redirectTarget(saved)).isEqualTo("/admin/operations?month=2023-12");
		assertThat(publisher.get("/admin/operations?month=2023-12&lang=en").body()).contains("ตั้งจุดตรวจช่วงเทศกาลปีใหม่");
		assertThat(pdfText(publisher.download("/admin/operations/report/2023-12.pdf").body()))
			.contains("รายงานผลการปฏิบัติราชการประจำเดือนธันวาคม", "ตั้งจุดตรวจช่วงเทศกาลปีใหม่",
					"ระหว่างวันที่ 28 ธันวาคม 2566 ถึงวันที่ 3 มกราคม 2567", "หน่วยที่รับผิดชอบ: " + jdbc.sql(
							"select name_th from org_unit where id = ?").param(UUID.fromString(unit.group(1))).query(String.class).single());

		publisher.post("/admin/operations/publish", Map.of("_csrf", csrf, "month", "2023-12"));
		List<UUID> december = jdbc.sql("select d.id from disclosure_document d join station s on s.id = d.station_id"
				+ " where s.code = 'kamala' and d.document_kind = 'operations-report' and d.report_month = '2023-12-01'"
				+ " and d.withdrawn_at is null order by d.format").query(UUID.class).list();
		assertThat(december).as("PDF and DOCX replace the uploaded December files").hasSize(2);
		byte[] docx = browser().download("/kamala/oit/2567/files/" + december.get(0)).body(); // DOCX sorts before PDF
		try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new ByteArrayInputStream(docx))) {
			assertThat(word.getParagraphs()).extracting(p -> p.getText())
				.contains("1. ตั้งจุดตรวจช่วงเทศกาลปีใหม่", "ตั้งจุดตรวจร่วมกับฝ่ายปกครองและอาสาสมัคร ตรวจรถ 1,200 คัน");
			assertThat(word.getAllPictures()).as("the activity's photo").hasSize(1);
		}
		assertThat(browser().get("/kamala/data/operations.json").body()).contains("\"title\":\"ตั้งจุดตรวจช่วงเทศกาลปีใหม่\"",
				"\"has_photo\":true", "\"started_on\":\"2023-12-28\"");
		assertThat(browser().get("/kamala/data/unknown.json").statusCode()).isEqualTo(404);

		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		String officerPage = officer.get("/admin/operations?month=2023-11").body();
		assertThat(officerPage).doesNotContain("action=\"/admin/operations/publish\"");
		assertThat(officer.post("/admin/operations/publish", Map.of("_csrf", Browser.csrfToken(officerPage), "month", "2023-11"))
			.statusCode()).as("an officer records activities but does not publish").isEqualTo(403);

		// An officer deletes what they recorded themselves, never another's; the publishing officer deletes any.
		UUID publishers = jdbc.sql("select id from operations_activity where title = 'ตั้งจุดตรวจช่วงเทศกาลปีใหม่'")
			.query(UUID.class).single();
		String officerCsrf = Browser.csrfToken(officerPage);
		HttpResponse<String> own = officer.upload("/admin/operations", officerCsrf, "photo", "", "application/octet-stream",
				new byte[0], Map.of("title", "ประชุมชุมชนตำบลกมลา", "details", "พบปะผู้นำชุมชนเรื่องความปลอดภัยช่วงปีใหม่",
						"startedOn", "2023-12-20", "unit", unit.group(1), "month", "2023-12"));
		assertThat(Browser.redirectTarget(own)).isEqualTo("/admin/operations?month=2023-12");
		UUID officers = jdbc.sql("select id from operations_activity where title = 'ประชุมชุมชนตำบลกมลา'").query(UUID.class).single();
		String december2023 = officer.get("/admin/operations?month=2023-12&lang=en").body();
		assertThat(december2023).as("a delete button for the officer's own activity only")
			.contains("/admin/operations/" + officers + "/delete").doesNotContain("/admin/operations/" + publishers + "/delete");
		HttpResponse<String> notTheirs = officer.post("/admin/operations/" + publishers + "/delete",
				Map.of("_csrf", officerCsrf, "version", "0"));
		assertThat(Browser.redirectTarget(notTheirs)).isEqualTo("/admin/operations?month=2023-12");
		assertThat(officer.get("/admin/operations?month=2023-12&lang=en").body())
			.contains("Only whoever recorded this activity, the publishing officer or the station administrator may delete it");
		assertThat(jdbc.sql("select count(*) from operations_activity where id = ?").param(publishers).query(Long.class).single())
			.as("another's activity stays").isEqualTo(1);
		officer.post("/admin/operations/" + officers + "/delete", Map.of("_csrf", officerCsrf, "version", "0"));
		assertThat(jdbc.sql("select count(*) from operations_activity where id = ?").param(officers).query(Long.class).single())
			.as("the officer's own is deleted").isZero();
		java.io.ByteArrayOutputStream meeting = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(30, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
				meeting);
		HttpResponse<String> again = officer.upload("/admin/operations", officerCsrf, "photo", "meeting.png", "image/png",
				meeting.toByteArray(), Map.of("title", "ประชุมชุมชนตำบลกมลา", "details", "พบปะผู้นำชุมชนเรื่องความปลอดภัยช่วงปีใหม่",
						"startedOn", "2023-12-20", "unit", unit.group(1), "month", "2023-12"));
		assertThat(again.statusCode()).isEqualTo(302);
		UUID recordedAgain = jdbc.sql("select id from operations_activity where title = 'ประชุมชุมชนตำบลกมลา'").query(UUID.class)
			.single();
		UUID meetingPhoto = jdbc.sql("select photo_file_id from operations_activity where id = ?").param(recordedAgain)
			.query(UUID.class).single();
		publisher.post("/admin/operations/" + recordedAgain + "/delete", Map.of("_csrf", csrf, "version", "0"));
		assertThat(jdbc.sql("select count(*) from operations_activity where id = ?").param(recordedAgain).query(Long.class)
			.single()).as("the publishing officer deletes an officer's activity").isZero();
		assertThat(jdbc.sql("select count(*) from stored_file where id = ?").param(meetingPhoto).query(Long.class).single())
			.as("and its photo with it").isZero();
	}

	@Test
	void aFileOfCrimeFiguresWithAnyBadRowImportsNothingAndAGoodOneIsPublishedAsTheMonthsStatistics() throws Exception {
		Browser publisher = browser();
		publisher.signIn("kamala.publisher", DEMO_PASSWORD);
		String page = publisher.get("/admin/statistics?month=2024-02&lang=en").body();
		String csrf = Browser.csrfToken(page);
		long before = jdbc.sql("select count(*) from crime_statistic").query(Long.class).single();

		String bad = "month,offence,reported,solved,arrested\n2024-02,3.1,12,8,9\n2024-02,9.9,1,0,0\n2024-02,4.1,-3,0,0\n"
				+ "2024-10,3.1,1,1,1\n2024-02,3.1,1,1,1\n";
		publisher.upload("/admin/statistics/import", csrf, "file", "february.csv", "text/csv",
				bad.getBytes(StandardCharsets.UTF_8), Map.of("month", "2024-02"));
		String refused = publisher.get("/admin/statistics?month=2024-02&lang=en").body();
		assertThat(refused).contains("Nothing was imported", "Row 3: The offence code &quot;9.9&quot; is not known",
				"Row 4: The reported cell must be a whole number that is not negative, not &quot;-3&quot;",
				"Row 5: The month 2024-10 is not in fiscal year 2567", "Row 6: Month 2024-02, offence 3.1 repeats an earlier row");
		assertThat(jdbc.sql("select count(*) from crime_statistic").query(Long.class).single()).isEqualTo(before);

		java.io.ByteArrayOutputStream formula = new java.io.ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("figures");
			String[] header = { "month", "offence", "reported", "solved", "arrested" };
			for (int c = 0; c < header.length; c++) {
				sheet.createRow(0);
			}
			Row head = sheet.getRow(0);
			for (int c = 0; c < header.length; c++) {
				head.createCell(c).setCellValue(header[c]);
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("2024-02");
			row.createCell(1).setCellValue("3.1");
			row.createCell(2).setCellFormula("2+2");
			row.createCell(3).setCellValue(1);
			row.createCell(4).setCellValue(1);
			workbook.write(formula);
		}
		publisher.upload("/admin/statistics/import", csrf, "file", "february.xlsx", "application/octet-stream",
				formula.toByteArray(), Map.of("month", "2024-02"));
		assertThat(publisher.get("/admin/statistics?month=2024-02&lang=en").body())
			.as("a formula is never evaluated").contains("Row 2: The reported cell must be a whole number that is not negative, not &quot;=2+2&quot;");

		String good = "month,offence,reported,solved,arrested\r\n2024-02,3.1,12,8,9\r\n2024-02,4.1,21,21,25\r\n";
		publisher.upload("/admin/statistics/import", csrf, "file", "february.csv", "text/csv",
				good.getBytes(java.nio.charset.Charset.forName("x-windows-874")), Map.of("month", "2024-02"));
		assertThat(publisher.get("/admin/statistics?month=2024-02&lang=en").body()).contains("The figures are imported",
				"February 2024");
		assertThat(pdfText(publisher.download("/admin/statistics/report/2024-02.pdf").body()))
			.contains("สถิติคดีอาญาตามระบบ CRIMES", "3.1 ลักทรัพย์", "4.1 ยาเสพติด", "33")
			.as("a reader sees which CRIMES groups the figures cover, by their names")
			.contains("กลุ่มที่ 3 คดีประทุษร้ายต่อทรัพย์", "กลุ่มที่ 4 คดีที่น่าสนใจ");

		publisher.post("/admin/statistics/publish", Map.of("_csrf", csrf, "month", "2024-02"));
		assertThat(jdbc.sql("select count(*) from disclosure_document d join station s on s.id = d.station_id where s.code = 'kamala'"
				+ " and d.document_kind = 'crime-statistics' and d.report_month = '2024-02-01' and d.withdrawn_at is null"
				+ " and d.title_en like 'Crime statistics (CRIMES)%'").query(Long.class).single())
			.as("the generated PDF and workbook replace the uploaded February files").isEqualTo(2);
		assertThat(browser().get("/kamala/data/crime-statistics.json").body()).contains("\"2024-02\"",
				"\"month\":\"2024-02\",\"group\":3,\"offence\":\"3.1\",\"offence_th\":\"ลักทรัพย์\",\"offence_en\":\"Theft\",\"reported\":12",
				"\"month\":\"2024-02\",\"group\":4,\"offence\":\"4.1\"", "\"arrested\":25");
		String o11 = browser().get("/kamala/oit/2567/O11?lang=en").body();
		assertThat(chartRow(o11, "crime-trend", "Feb")).as("February's cases reported and solved, as published")
			.containsExactly("33", "29");
		assertThat(chartRow(o11, "crime-groups", "Crimes against property")).as("the year's theft cases include February's 12")
			.hasSize(1);
	}

	@Test
	void crimeFiguresTypedOnTheScreenAreCheckedWholeAndReplaceTheMonth() throws Exception {
		Browser publisher = browser();
		publisher.signIn("kamala.publisher", DEMO_PASSWORD);
		String page = publisher.get("/admin/statistics?month=2024-01&lang=en").body();
		String csrf = Browser.csrfToken(page);
		assertThat(page).as("the month's imported figures fill the form").contains("Crime figures for January 2024",
				"id=\"crime-reported-3.1\"");
		String january = "select count(*) from crime_statistic c join station s on s.id = c.station_id"
				+ " where s.code = 'kamala' and c.report_month = '2024-01-01'";
		long before = jdbc.sql(january).query(Long.class).single();

		Map<String, String> form = new java.util.HashMap<>(Map.of("_csrf", csrf, "month", "2024-01", "reported-3.1", "15",
				"solved-3.1", "9", "arrested-3.1", "many", "reported-4.1", "20", "solved-4.1", "20", "arrested-4.1", "-2"));
		publisher.post("/admin/statistics/crimes", form);
		String refused = publisher.get("/admin/statistics?month=2024-01&lang=en").body();
		assertThat(refused).contains("&quot;Arrested (people)&quot; for 3.1 Theft must be a whole number that is not negative",
				"&quot;Arrested (people)&quot; for 4.1 Narcotics must be", "value=\"many\"");
		assertThat(jdbc.sql(january).query(Long.class).single()).as("a refused form changes nothing").isEqualTo(before);

		form.put("arrested-3.1", "11");
		form.put("arrested-4.1", "24");
		publisher.post("/admin/statistics/crimes", form);
		assertThat(publisher.get("/admin/statistics?month=2024-01&lang=en").body()).contains("The crime figures are saved");
		assertThat(jdbc.sql(january).query(Long.class).single()).as("every offence, blank ones as none")
			.isEqualTo(16L);
		assertThat(pdfText(publisher.download("/admin/statistics/report/2024-01.pdf").body()))
			.contains("3.1 ลักทรัพย์ 15 9 11", "4.1 ยาเสพติด 20 20 24", "1.1 ฆ่าผู้อื่นโดยเจตนา 0 0 0", "รวม 35 29 35");
		assertThat(audit.recent(null, 20)).extracting(AuditEntryView::action).contains("reporting.statistics.entered");
	}

	@Test
	void checkpointFiguresAreTypedOrImportedCheckedWholeAndChartedOnTheItemPageOnceTheyArePublished() throws Exception {
		Browser publisher = browser();
		publisher.signIn("kamala.publisher", DEMO_PASSWORD);
		String page = publisher.get("/admin/statistics?month=2024-03&lang=en").body();
		String csrf = Browser.csrfToken(page);
		assertThat(page).as("the form shows the month's figures so far").contains("Checkpoint figures for March 2024",
				"Checkpoints set up", "People wanted on a warrant", "value=\"26\"");
		Map<String, String> march = new java.util.LinkedHashMap<>(Map.of("_csrf", csrf, "month", "2024-03", "checkpoints", "30",
				"persons", "2,000", "vehicles", "1500", "drunk_driving", "5", "no_licence", "7", "no_helmet", "20", "drugs", "1",
				"weapons", "0"));
		march.put("immigration", "2");
		march.put("warrants", "1");
		march.put("other_offences", "4");
		march.put("arrests", "-12");
		publisher.post("/admin/statistics/checkpoints", march);
		String refused = publisher.get("/admin/statistics?month=2024-03&lang=en").body();
		assertThat(refused).contains("&quot;People checked&quot; must be a whole number that is not negative",
				"&quot;People arrested&quot; must be a whole number that is not negative", "value=\"2,000\"")
			.doesNotContain("&quot;Checkpoints set up&quot; must be");
		String checkpoints = "select amount from checkpoint_statistic c join station s on s.id = c.station_id"
				+ " where s.code = 'kamala' and c.report_month = '2024-03-01' and c.measure = 'checkpoints'";
		assertThat(jdbc.sql(checkpoints).query(Integer.class).single()).as("a refused form changes nothing").isEqualTo(26);

		march.put("persons", "2000");
		march.put("arrests", "12");
		publisher.post("/admin/statistics/checkpoints", march);
		assertThat(publisher.get("/admin/statistics?month=2024-03&lang=en").body()).contains("The checkpoint figures are saved",
				"value=\"2000\"");
		assertThat(jdbc.sql(checkpoints).query(Integer.class).single()).isEqualTo(30);
		assertThat(audit.recent(null, 50)).extracting(AuditEntryView::action).contains("reporting.checkpoints.entered");

		String header = "month,checkpoints,persons,vehicles,drunk_driving,no_licence,no_helmet,drugs,weapons,immigration,warrants,"
				+ "other_offences,arrests\n";
		publisher.upload("/admin/statistics/checkpoints/import", csrf, "file", "may.csv", "text/csv",
				(header + "2024-05,28,1900,1400,3,6,18,1,0,1,0,2,9\n2024-05,1,1,1,1,1,1,1,1,1,1,1,1\n2023-09,1,1,1,1,1,1,1,1,1,1,1,1\n")
					.getBytes(StandardCharsets.UTF_8), Map.of("month", "2024-03"));
		assertThat(publisher.get("/admin/statistics?month=2024-03&lang=en").body()).contains("Nothing was imported",
				"Row 3: Month 2024-05 repeats an earlier row", "Row 4: The month 2023-09 is not in fiscal year 2567");
		publisher.upload("/admin/statistics/checkpoints/import", csrf, "file", "may.csv", "text/csv",
				"month,checkpoints\n2024-05,3\n".getBytes(StandardCharsets.UTF_8), Map.of("month", "2024-03"));
		assertThat(publisher.get("/admin/statistics?month=2024-03&lang=en").body())
			.contains("Row 1: The header must be month, checkpoints, persons");
		assertThat(jdbc.sql("select count(*) from checkpoint_statistic where report_month = '2024-05-01'").query(Long.class)
			.single()).isZero();

		assertThat(pdfText(publisher.download("/admin/statistics/checkpoints/report/2024-03.pdf").body()))
			.contains("สถิติการตั้งจุดตรวจ/จุดสกัด ประจำเดือนมีนาคม", "2567", "บุคคลตามหมายจับ 1", "รวมความผิดที่ตรวจพบ 40");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
				publisher.download("/admin/statistics/checkpoints/report/2024-03.xlsx").body()))) {
			Row head = workbook.getSheet("checkpoints").getRow(0);
			Row row = workbook.getSheet("checkpoints").getRow(1);
			assertThat(head.getCell(0).getStringCellValue()).isEqualTo("month");
			assertThat(head.getCell(13).getStringCellValue()).isEqualTo("offences_found");
			assertThat(row.getCell(2).getNumericCellValue()).as("a count is a number, not text").isEqualTo(2000);
			assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(40);
		}

		assertThat(chartRow(browser().get("/kamala/oit/2567/O11?lang=en").body(), "checkpoint-trend", "Mar"))
			.as("the chart shows what was published, not what is typed").containsExactly("26", "114", "21");
		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		assertThat(officer.post("/admin/statistics/checkpoints/publish", Map.of("_csrf",
				Browser.csrfToken(officer.get("/admin/statistics").body()), "month", "2024-03")).statusCode())
			.as("an officer enters figures but does not publish").isEqualTo(403);
		publisher.post("/admin/statistics/checkpoints/publish", Map.of("_csrf", csrf, "month", "2024-03"));
		assertThat(publisher.get("/admin/statistics?month=2024-03&lang=en").body()).contains("The month&#39;s statistics are published");
		String o11 = browser().get("/kamala/oit/2567/O11?lang=en").body();
		assertThat(o11).contains("Checkpoint statistics, March 2024");
		assertThat(chartRow(o11, "checkpoint-trend", "Mar")).as("checkpoints, offences found, arrests")
			.containsExactly("30", "40", "12");
		assertThat(browser().get("/kamala/data/checkpoint-statistics.json").body())
			.contains("\"month\":\"2024-03\",\"checkpoints\":30,\"persons\":2000,");
		assertThat(browser().get("/thung-thong/oit/2567/O11?lang=en").body()).as("another station's charts are its own")
			.doesNotContain("chart-checkpoint-trend");
		publisher.post("/admin/statistics/checkpoints/publish", Map.of("_csrf", csrf, "month", "2024-03"));
		assertThat(publisher.get("/admin/statistics?month=2024-03&lang=en").body())
			.contains("The month&#39;s statistics are unchanged since they were published");
	}

	@Test
	void financeKeepsTheYearsProcurementPlanAndAnnouncementsAndPublishesThemToO14() throws Exception {
		Browser finance = browser();
		finance.signIn("kamala.finance", DEMO_PASSWORD);
		String page = finance.get("/admin/procurement-plan?year=2567&lang=en").body();
		String csrf = Browser.csrfToken(page);
		String items = "select count(*) from procurement_plan_item p join station s on s.id = p.station_id where s.code = 'kamala'";
		long before = jdbc.sql(items).query(Long.class).single();

		String refused = finance.post("/admin/procurement-plan/items?lang=en", Map.of("_csrf", csrf, "year", "2567", "subject",
				"จัดซื้อรถจักรยานยนต์สายตรวจ", "budget", "abc", "sourceOfFunds", "งบประมาณแผ่นดิน", "method", "e-bidding",
				"plannedMonth", "2024-02")).body();
		assertThat(refused).contains("There is a problem", "value=\"abc\"", "จัดซื้อรถจักรยานยนต์สายตรวจ");
		assertThat(finance.post("/admin/procurement-plan/items?lang=en", Map.of("_csrf", csrf, "year", "2567", "subject",
				"จัดซื้อรถจักรยานยนต์สายตรวจ", "budget", "96,000", "sourceOfFunds", "งบประมาณแผ่นดิน", "method", "e-bidding",
				"plannedMonth", "2024-11")).body()).contains("The date or month must be in fiscal year 2567");
		assertThat(jdbc.sql(items).query(Long.class).single()).as("a refused item is not kept").isEqualTo(before);

		finance.post("/admin/procurement-plan/items", Map.of("_csrf", csrf, "year", "2567", "subject",
				"จัดซื้อรถจักรยานยนต์สายตรวจ", "budget", "96,000", "sourceOfFunds", "งบประมาณแผ่นดิน", "method", "e-bidding",
				"plannedMonth", "2024-02"));
		assertThat(finance.get("/admin/procurement-plan?year=2567&lang=en").body()).contains("The item is added to the plan");
		assertThat(finance.post("/admin/procurement-plan/announcements?lang=en", Map.of("_csrf", csrf, "year", "2567", "kind",
				"result", "announcedOn", "2024-02-20", "subject", "จัดซื้อรถจักรยานยนต์สายตรวจ", "egpNumber", "67029123456",
				"winner", "", "price", "95,500")).body()).contains("Enter the selected bidder");
		assertThat(finance.post("/admin/procurement-plan/announcements?lang=en", Map.of("_csrf", csrf, "year", "2567", "kind",
				"invitation", "announcedOn", "2024-02-01", "subject", "จัดซื้อรถจักรยานยนต์สายตรวจ", "egpNumber", "6702",
				"documentUrl", "")).body()).contains("The e-GP project number must be 11 or 12 digits");
		finance.post("/admin/procurement-plan/announcements", Map.of("_csrf", csrf, "year", "2567", "kind", "result",
				"announcedOn", "2024-02-20", "subject", "จัดซื้อรถจักรยานยนต์สายตรวจ", "egpNumber", "67029123456", "winner",
				"บริษัท ทดสอบยานยนต์ จำกัด", "price", "95,500", "documentUrl", "https://process3.gprocurement.go.th/"));
		String kept = finance.get("/admin/procurement-plan?year=2567&lang=en").body();
		assertThat(kept).contains("The announcement is added", "จัดซื้อรถจักรยานยนต์สายตรวจ", "96,000.00", "Winning bidder", "บริษัท ทดสอบยานยนต์ จำกัด",
				"95,500.00", "e-GP 67029123456");
		assertThat(audit.recent(null, 20)).extracting(AuditEntryView::action)
			.contains("reporting.plan.recorded", "reporting.announcement.recorded");

		String plan = pdfText(finance.download("/admin/procurement-plan/2567/plan.pdf").body());
		assertThat(plan).contains("แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ", "จัดซื้อรถจักรยานยนต์สายตรวจ", "96,000.00",
				"ประกวดราคา", "รวม 4 รายการ 822,000.00");
		assertThat(pdfText(finance.download("/admin/procurement-plan/2567/announcements.pdf").body()))
			.contains("ประกาศผล", "67029123456", "บริษัท ทดสอบยานยนต์ จำกัด", "95,500.00");

		finance.post("/admin/procurement-plan/publish", Map.of("_csrf", csrf, "year", "2567"));
		assertThat(finance.get("/admin/procurement-plan?year=2567&lang=en").body())
			.contains("The plan and announcements are published");
		String o14 = browser().get("/kamala/oit/2567/O14?lang=en").body();
		assertThat(o14).contains("Annual procurement plan, fiscal year 2567", "Procurement announcements, fiscal year 2567");
		assertThat(jdbc.sql("select count(*) from disclosure_document d join station s on s.id = d.station_id where s.code = 'kamala'"
				+ " and d.document_kind in ('procurement-plan', 'procurement-announcements') and d.withdrawn_at is null")
			.query(Long.class).single()).as("the generated PDFs replace what was uploaded").isEqualTo(2);
		assertThat(browser().get("/kamala/data/procurement-plan.json").body()).contains("\"subject\":\"จัดซื้อรถจักรยานยนต์สายตรวจ\"",
				"\"budget\":96000.00", "\"method\":\"e-bidding\"", "\"planned_month\":\"2024-02\"");
		finance.post("/admin/procurement-plan/publish", Map.of("_csrf", csrf, "year", "2567"));
		assertThat(finance.get("/admin/procurement-plan?year=2567&lang=en").body())
			.contains("The plan and announcements are unchanged since they were published");

		UUID item = jdbc.sql("select p.id from procurement_plan_item p join station s on s.id = p.station_id"
				+ " where s.code = 'kamala' and p.subject = 'จัดซื้อรถจักรยานยนต์สายตรวจ'").query(UUID.class).single();
		Browser other = browser();
		other.signIn("thungthong.admin", DEMO_PASSWORD);
		assertThat(other.post("/admin/procurement-plan/items/" + item + "/delete", Map.of("_csrf",
				Browser.csrfToken(other.get("/admin/procurement-plan").body()), "year", "2567")).statusCode())
			.as("another station's item is not found").isEqualTo(404);
		Browser publisher = browser();
		publisher.signIn("kamala.publisher", DEMO_PASSWORD);
		assertThat(publisher.get("/admin/procurement-plan").statusCode()).as("finance keeps O14").isEqualTo(403);
		finance.post("/admin/procurement-plan/items/" + item + "/delete", Map.of("_csrf", csrf, "year", "2567"));
		assertThat(jdbc.sql(items).query(Long.class).single()).isEqualTo(before);
	}

	/** The figures in a chart's table for one category, in the order of its series. */
	private static List<String> chartRow(String page, String chart, String category) {
		int at = page.indexOf("id=\"chart-" + chart + "\"");
		assertThat(at).as("the chart " + chart).isNotNegative();
		int end = page.indexOf("</figure>", at);
		Matcher row = Pattern.compile("<th scope=\"row\" class=\"govuk-table__header\">" + Pattern.quote(category)
				+ "</th>(.*?)</tr>", Pattern.DOTALL).matcher(page.substring(at, end));
		assertThat(row.find()).as("a row for " + category + " in " + chart).isTrue();
		List<String> values = new ArrayList<>();
		Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(1));
		while (cell.find()) {
			values.add(cell.group(1));
		}
		return values;
	}

	private static String pdfText(byte[] pdf) throws java.io.IOException {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
		}
	}

	/** The texts of the QR codes in a PDF's first page's images. */
	private static List<String> qrCodes(byte[] pdf) throws Exception {
		List<String> decoded = new ArrayList<>();
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			var resources = document.getPage(0).getResources();
			for (var name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
					decoded.add(qrCode(image.getImage()));
				}
			}
		}
		return decoded;
	}

	/**
	 * The text of the QR code a picture shows. The pictures are generated codes, not photos, so the
	 * reader is told so: without that hint some addresses (a port's digits decide) fail to read.
	 */
	private static String qrCode(java.awt.image.BufferedImage picture) throws Exception {
		int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
		return new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
				new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(picture.getWidth(),
						picture.getHeight(), pixels))), Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
			.getText();
	}

	/** The readiness table row of the first element with this title. */
	private static String elementRow(String page, String element) {
		int at = page.indexOf("<td class=\"govuk-table__cell\">" + element + "</td>");
		assertThat(at).as("a row for " + element).isNotNegative();
		return page.substring(at, page.indexOf("</tr>", at));
	}

	@Test
	void theServiceDeskRosterShowsWhoIsOnDutyNowOnlyOnTheStationsOwnPage() {
		Browser admin = browser();
		admin.signIn("kamala.admin", DEMO_PASSWORD);
		String csrf = Browser.csrfToken(admin.get("/admin/duty?lang=en").body());
		String today = LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).toString();
		UUID officer = jdbc.sql("select o.id from officer o join station s on s.id = o.station_id where s.code = 'kamala'"
				+ " order by o.position limit 1").query(UUID.class).single();
		String name = jdbc.sql("select name_en from officer where id = :id").param("id", officer).query(String.class).single();
		UUID foreign = jdbc.sql("select o.id from officer o join station s on s.id = o.station_id where s.code = 'thung-thong'"
				+ " order by o.position limit 1").query(UUID.class).single();
		String shifts = "select count(*) from duty_shift";
		long before = jdbc.sql(shifts).query(Long.class).single();

		assertThat(admin.post("/admin/duty?lang=en", Map.of("_csrf", csrf, "officer", foreign.toString(), "day", today, "from",
				"00:00", "to", "00:00", "deskPhone", "")).body()).contains("Choose one of the station&#39;s officers");
		assertThat(admin.post("/admin/duty?lang=en", Map.of("_csrf", csrf, "officer", officer.toString(), "day", today, "from",
				"00:00", "to", "00:00", "deskPhone", "call us")).body()).contains("The phone number is not valid");
		assertThat(admin.post("/admin/duty?lang=en", Map.of("_csrf", csrf, "officer", officer.toString(), "day", "2024-01-05",
				"from", "08:30", "to", "16:30", "deskPhone", "")).body()).contains("This shift has already ended");
		assertThat(jdbc.sql(shifts).query(Long.class).single()).as("nothing refused is kept").isEqualTo(before);
		assertThat(browser().get("/kamala/e-services?lang=en").body()).contains("No officer is on the roster just now");

		// From midnight to midnight: a night shift's end on the next day, and on duty now.
		admin.post("/admin/duty", Map.of("_csrf", csrf, "officer", officer.toString(), "day", today, "from", "00:00", "to",
				"00:00", "deskPhone", "076 000 191"));
		assertThat(admin.get("/admin/duty?lang=en").body()).contains("The shift is added", name);
		String desk = browser().get("/kamala/e-services?lang=en").body();
		assertThat(desk).contains(name, "on duty until", "href=\"tel:076000191\"");
		assertThat(browser().get("/thung-thong/e-services?lang=en").body()).as("another station's desk")
			.contains("No officer is on the roster just now").doesNotContain(name);
		assertThat(audit.recent(null, 20)).extracting(AuditEntryView::action).contains("eservice.duty.added");

		UUID shift = jdbc.sql("select id from duty_shift where officer_id = :o").param("o", officer).query(UUID.class).single();
		Browser other = browser();
		other.signIn("thungthong.admin", DEMO_PASSWORD);
		assertThat(other.post("/admin/duty/" + shift + "/delete", Map.of("_csrf", Browser.csrfToken(other.get("/admin/duty")
			.body()))).statusCode()).as("another station's shift is not found").isEqualTo(404);
		Browser officerAccount = browser();
		officerAccount.signIn("kamala.officer", DEMO_PASSWORD);
		assertThat(officerAccount.get("/admin/duty").statusCode()).isEqualTo(403);
		admin.post("/admin/duty/" + shift + "/delete", Map.of("_csrf", csrf));
		assertThat(browser().get("/kamala/e-services?lang=en").body()).contains("No officer is on the roster just now");
	}

	@Test
	void aServiceDeskSignCarriesAQrCodeThatOpensItsPage() throws Exception {
		Browser admin = browser();
		admin.signIn("kamala.admin", DEMO_PASSWORD);
		assertThat(admin.get("/admin/signs?lang=en").body()).contains("Online services: report a crime, follow a case, pay a fine",
				"https://itas.nacc.go.th/go/eit/example-kamala");
		byte[] pdf = admin.download("/admin/signs/e-services.pdf").body();
		assertThat(pdfText(pdf)).contains("บริการออนไลน์", "สแกนเพื่อเปิดบริการ", "/kamala/e-services");
		assertThat(qrCodes(pdf)).as("the QR code read back from the PDF's image").singleElement()
			.satisfies(text -> assertThat(text).matches("http://localhost:\\d+/kamala/e-services"));
		assertThat(browser().get(qrCodes(pdf).get(0).replaceFirst("http://localhost:\\d+", "")).statusCode()).isEqualTo(200);

		// The No Gift sign on A3 opens this fiscal year's O18 page; the EIT sign opens the station's survey link.
		byte[] noGift = admin.download("/admin/signs/no-gift.pdf?size=A3").body();
		assertThat(pdfText(noGift)).contains("ไม่รับของขวัญ", "Our officers accept no gifts");
		String year = String.valueOf(FiscalYear.current(clock).beYear());
		assertThat(qrCodes(noGift)).singleElement().satisfies(text -> assertThat(text).endsWith("/kamala/oit/" + year + "/O18"));
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(noGift)) {
			assertThat(document.getPage(0).getMediaBox().getHeight()).as("A3 is 420 mm high").isCloseTo(1190.55f,
					org.assertj.core.data.Offset.offset(1f));
		}
		assertThat(qrCodes(admin.download("/admin/signs/eit.pdf").body())).containsExactly(
				"https://itas.nacc.go.th/go/eit/example-kamala");
		assertThat(admin.get("/admin/signs/eit.pdf?size=A0").statusCode()).isEqualTo(404);
		Browser thungThong = browser();
		thungThong.signIn("thungthong.admin", DEMO_PASSWORD);
		assertThat(thungThong.get("/admin/signs?lang=en").body()).contains("The EIT survey link is not yet set in item O6");
		assertThat(thungThong.get("/admin/signs/eit.pdf").statusCode()).as("no link, no sign").isEqualTo(404);

		// The LINE rich menu: an image of the size its JSON states, and areas that tile it exactly.
		byte[] menu = admin.download("/admin/signs/line-rich-menu.png").body();
		java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(menu));
		assertThat(menu.length).as("LINE takes at most 1 MB").isLessThan(1024 * 1024);
		tools.jackson.databind.JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build()
			.readTree(admin.get("/admin/signs/line-rich-menu.json").body());
		assertThat(json.get("size").get("width").asInt()).isEqualTo(image.getWidth()).isEqualTo(2500);
		assertThat(json.get("size").get("height").asInt()).isEqualTo(image.getHeight()).isEqualTo(843);
		assertThat(json.get("chatBarText").asString().length()).isLessThanOrEqualTo(14);
		int covered = 0;
		List<String> uris = new ArrayList<>();
		for (tools.jackson.databind.JsonNode area : json.get("areas")) {
			tools.jackson.databind.JsonNode bounds = area.get("bounds");
			assertThat(bounds.get("x").asInt()).as("areas side by side").isEqualTo(covered);
			assertThat(bounds.get("height").asInt()).isEqualTo(843);
			covered += bounds.get("width").asInt();
			assertThat(area.get("action").get("label").asString().length()).isLessThanOrEqualTo(20);
			uris.add(area.get("action").get("uri").asString());
		}
		assertThat(covered).isEqualTo(2500);
		assertThat(uris).hasSize(3).contains("tel:191").anySatisfy(u -> assertThat(u).endsWith("/kamala/e-services"))
			.anySatisfy(u -> assertThat(u).endsWith("/kamala/contact"));

		assertThat(admin.get("/admin/signs/nothing.pdf").statusCode()).isEqualTo(404);
		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		assertThat(officer.get("/admin/signs").statusCode()).isEqualTo(403);
	}

	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void anAnonymousComplaintIsSealedKeptFromTheNamedChainOfCommandAndFollowedWithItsReceiptAlone(
			org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		String complaints = "select count(*) from complaint";
		long before = jdbc.sql(complaints).query(Long.class).single();
		UUID traffic = jdbc.sql("select u.id from org_unit u join station s on s.id = u.station_id"
				+ " where s.code = 'kamala' and u.name_en = 'Traffic'").query(UUID.class).single();
		Browser complainant = browser();
		String form = complainant.get("/kamala/complaints/new?lang=en").body();
		assertThat(form).contains("You need not say who you are", "enctype=\"multipart/form-data\"", "Traffic");
		String csrf = Browser.csrfToken(form);
		Map<String, String> fields = complaintForm(form, "unit:" + traffic);
		String agent = "ComplainantAgent/9.9 (private)";
		Map<String, String> headers = Map.of("User-Agent", agent, "X-Forwarded-For", "203.0.113.77");

		// Refused, and nothing kept: a program named .pdf, and a file over the limit.
		byte[] program = ("MZ" + "\0".repeat(200)).getBytes(StandardCharsets.ISO_8859_1);
		assertThat(complainant.upload("/kamala/complaints/new?lang=en", csrf, "files", "evidence.pdf", "application/pdf",
				program, fields).body()).contains("which is not accepted here");
		byte[] tooLarge = new byte[11 * 1024 * 1024];
		tooLarge[0] = (byte) 0xFF;
		tooLarge[1] = (byte) 0xD8;
		tooLarge[2] = (byte) 0xFF;
		assertThat(complainant.upload("/kamala/complaints/new?lang=en", csrf, "files", "big.jpg", "image/jpeg", tooLarge,
				fields).body()).contains("This file is too large. The largest accepted is 10 MB.");
		HttpResponse<String> huge = complainant.upload("/kamala/complaints/new?lang=en", csrf, "files", "video.jpg", "image/jpeg",
				new byte[50 * 1024 * 1024], fields);
		assertThat(huge.statusCode()).isEqualTo(413);
		assertThat(huge.body()).contains("What you sent is larger than we accept. Nothing was saved.");
		Map<String, String> shortOne = new LinkedHashMap<>(fields);
		shortOne.put("what", "สั้นไป");
		assertThat(complainant.upload("/kamala/complaints/new", csrf, "files", "a.jpg", "image/jpeg", photoWithGps(), shortOne)
			.body()).contains("Describe what happened in 20 to 5,000 characters.");
		assertThat(jdbc.sql(complaints).query(Long.class).single()).as("nothing refused is kept").isEqualTo(before);

		// Sent twice (a double click): one complaint, and the receipt shown once.
		int logFrom = output.getAll().length();
		HttpResponse<String> sent = complainant.upload("/kamala/complaints/new", csrf, "files", "checkpoint.jpg", "image/jpeg",
				photoWithGps(), fields, headers);
		HttpResponse<String> again = complainant.upload("/kamala/complaints/new", csrf, "files", "checkpoint.jpg",
				"image/jpeg", photoWithGps(), fields, headers);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		assertThat(Browser.redirectTarget(sent)).isEqualTo("/kamala/complaints/receipt");
		assertThat(Browser.redirectTarget(again)).isEqualTo("/kamala/complaints/receipt");
		String receiptPage = complainant.get("/kamala/complaints/receipt?lang=en").body();
		Matcher shown = Pattern.compile("id=\"receipt\">([0-9A-Z-]+)<").matcher(receiptPage);
		assertThat(shown.find()).as(receiptPage).isTrue();
		String receipt = shown.group(1);
		String locator = receipt.replace("-", "").substring(0, 8);
		assertThat(receipt.replace("-", "")).hasSize(24);
		assertThat(receiptPage).contains("This code is shown only once");
		assertThat(Browser.redirectTarget(complainant.get("/kamala/complaints/receipt"))).as("shown once only")
			.isEqualTo("/kamala/complaints/follow");
		assertThat(jdbc.sql(complaints).query(Long.class).single()).as("the same form twice is one complaint")
			.isEqualTo(before + 1);
		assertThat(output.getAll().substring(logFrom)).as("the submitter's address and browser are never logged")
			.doesNotContain(agent, "203.0.113.77", "127.0.0.1");

		// At rest: nothing readable, no address, no browser, anywhere in the database.
		UUID id = jdbc.sql("select id from complaint where locator = :l").param("l", locator).query(UUID.class).single();
		byte[] sealed = jdbc.sql("select content from complaint where id = :id").param("id", id).query(byte[].class).single();
		for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1)) {
			assertThat(new String(sealed, charset)).doesNotContain("ด่านตรวจ", "checkpoint", "Kamala beach", "what");
		}
		assertThat(textInDatabase("Kamala beach checkpoint")).as("the complaint's words").isEmpty();
		assertThat(textInDatabase(agent)).as("the browser").isEmpty();
		assertThat(textInDatabase("203.0.113.77")).as("the address").isEmpty();
		assertThat(textInDatabase("checkpoint.jpg")).as("the file's name").isEmpty();
		assertThat(jdbc.sql("select count(*) from audit_entry where action like 'integrity.complaint.%' and client_address is not null"
				+ " and target = :l and actor = 'anonymous'").param("l", locator).query(Long.class).single())
			.as("the audit trail keeps no address of the complainant").isZero();

		// Routed around the unit named: the traffic unit's complaint officer never sees it.
		assertThat(jdbc.sql("select a.username from complaint_handler h join account a on a.id = h.account_id"
				+ " where h.complaint_id = :id").param("id", id).query(String.class).list()).containsExactly("kamala.complaints");
		Browser named = browser();
		named.signIn("kamala.integrity", DEMO_PASSWORD);
		assertThat(named.get("/admin/complaints").body()).doesNotContain(locator);
		assertThat(named.get("/admin/complaints/" + locator).statusCode()).isEqualTo(404);
		Browser commander = browser();
		commander.signIn("kamala.commander", DEMO_PASSWORD);
		assertThat(commander.get("/admin/complaints/" + locator).statusCode()).isEqualTo(403);

		// The handler opens it (audited), reads the file without its GPS position, and asks a question.
		Browser handler = browser();
		handler.signIn("kamala.complaints", DEMO_PASSWORD);
		assertThat(handler.get("/admin/complaints?lang=en").body()).contains(locator, "Asking for or taking a bribe");
		long since = audit.recent(null, 1).get(0).seq();
		String opened = handler.get("/admin/complaints/" + locator + "?lang=en").body();
		assertThat(opened).contains("ด่านตรวจหน้าหาดกมลาเรียกเงิน", "&lt;script&gt;alert(1)&lt;/script&gt;", "Kamala beach checkpoint",
				"งานจราจร", "Anonymous", "checkpoint.jpg").doesNotContain("<script>alert(1)</script>");
		assertThat(audit.recent(null, 10)).filteredOn(e -> e.seq() > since).extracting(AuditEntryView::action)
			.contains("integrity.complaint.opened");
		Matcher fileLink = Pattern.compile("href=\"(/admin/complaints/" + locator + "/files/[0-9a-f-]+)\"").matcher(opened);
		assertThat(fileLink.find()).isTrue();
		HttpResponse<byte[]> file = handler.download(fileLink.group(1));
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(new String(file.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPS", "7.8912N");
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(file.body())).getWidth()).isEqualTo(40);
		String handlerCsrf = Browser.csrfToken(opened);
		handler.post("/admin/complaints/" + locator + "/acknowledge", Map.of("_csrf", handlerCsrf, "message", ""));
		assertThat(handler.post("/admin/complaints/" + locator + "/acknowledge?lang=en",
				Map.of("_csrf", handlerCsrf, "message", "")).body()).as("a step sent twice moves it once")
			.contains("This report&#39;s status has already changed");
		handler.post("/admin/complaints/" + locator + "/write",
				Map.of("_csrf", handlerCsrf, "message", "ช่วยบอกเวลาที่เกิดเหตุโดยประมาณได้ไหมครับ"));

		// The complainant comes back with the receipt alone: one wrong character opens nothing.
		Browser back = browser();
		String followPage = back.get("/kamala/complaints/follow?lang=en").body();
		String followCsrf = Browser.csrfToken(followPage);
		char last = receipt.charAt(receipt.length() - 1);
		String wrong = receipt.substring(0, receipt.length() - 1) + (last == 'A' ? 'B' : 'A');
		HttpResponse<String> refused = back.post("/kamala/complaints/follow?lang=en", Map.of("_csrf", followCsrf, "receipt", wrong));
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).contains("No report matches this receipt code");
		assertThat(Browser.redirectTarget(back.get("/kamala/complaints/mine"))).isEqualTo("/kamala/complaints/follow");
		HttpResponse<String> right = back.post("/kamala/complaints/follow",
				Map.of("_csrf", followCsrf, "receipt", receipt.toLowerCase(java.util.Locale.ROOT).replace("-", " ")));
		assertThat(Browser.redirectTarget(right)).isEqualTo("/kamala/complaints/mine");
		HttpResponse<String> mine = back.get("/kamala/complaints/mine?lang=en");
		assertThat(mine.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
		assertThat(mine.body()).contains("Acknowledged", "ช่วยบอกเวลาที่เกิดเหตุโดยประมาณได้ไหมครับ", "checkpoint.jpg")
			.doesNotContain("ร.ต.อ.รับเรื่อง", "kamala.complaints");
		back.upload("/kamala/complaints/mine", Browser.csrfToken(mine.body()), "files", "receipt-photo.jpg", "image/jpeg",
				photoWithGps(), Map.of("message", "ประมาณบ่ายสองโมงครับ"));
		assertThat(handler.get("/admin/complaints/" + locator).body()).contains("ประมาณบ่ายสองโมงครับ", "receipt-photo.jpg");
		assertThat(textInDatabase("ประมาณบ่ายสองโมงครับ")).as("the conversation is sealed too").isEmpty();

		// Concluded with an outcome and a message; overdue only when it was not.
		handler.post("/admin/complaints/" + locator + "/conclude",
				Map.of("_csrf", handlerCsrf, "outcome", "SUBSTANTIATED", "message", "ดำเนินการทางวินัยแล้ว"));
		assertThat(back.get("/kamala/complaints/mine?lang=en").body()).contains("Completed", "Substantiated",
				"ดำเนินการทางวินัยแล้ว");
		assertThat(jdbc.sql("select stage from complaint_stage where complaint_id = :id order by reached_at, stage")
			.param("id", id).query(String.class).list()).containsExactly("RECEIVED", "ACKNOWLEDGED", "CONCLUDED");

		// A new master key seals what comes next; what was sealed before still opens.
		int oldKey = java.nio.ByteBuffer.wrap(sealed, 1, 4).getInt();
		org.prongsai.platform.cli.Operator.Outcome rotated = new org.prongsai.platform.cli.Operator(context)
			.run("complaints", "rotate-key", "--station", "kamala");
		assertThat(rotated.exitCode()).as(rotated.output()).isZero();
		assertThat(rotated.output()).contains("Station kamala now seals complaints with master key " + (oldKey + 1));
		assertThat(audit.recent(null, 3)).extracting(AuditEntryView::action).contains("integrity.complaint.key-rotated");
		assertThat(handler.get("/admin/complaints/" + locator).body()).contains("ด่านตรวจหน้าหาดกมลาเรียกเงิน", "ประมาณบ่ายสองโมงครับ");
		back.post("/kamala/complaints/mine", Map.of("_csrf", Browser.csrfToken(back.get("/kamala/complaints/mine").body()),
				"message", "ขอบคุณครับ"));
		byte[] newest = jdbc.sql("select body from complaint_message where complaint_id = :id order by written_at desc limit 1")
			.param("id", id).query(byte[].class).single();
		assertThat(java.nio.ByteBuffer.wrap(newest, 1, 4).getInt()).as("sealed with the new key").isEqualTo(oldKey + 1);
		assertThat(handler.get("/admin/complaints/" + locator).body()).contains("ขอบคุณครับ");
	}

	@Test
	void aComplaintNamingTheCommanderReachesOnlyTheRegionAndAnOverdueOneIsFlaggedWithoutItsContent() {
		UUID commanderOfficer = jdbc.sql("select o.id from officer o join station s on s.id = o.station_id"
				+ " where s.code = 'kamala' and o.executive and o.unit_id is null").query(UUID.class).single();
		Browser complainant = browser();
		String form = complainant.get("/kamala/complaints/new").body();
		Map<String, String> fields = complaintForm(form, "officer:" + commanderOfficer);
		fields.put("_csrf", Browser.csrfToken(form));
		fields.put("name", "นายร้องเรียน ใจกล้า");
		fields.put("contact", "081 234 5678");
		assertThat(Browser.redirectTarget(complainant.post("/kamala/complaints/new", fields)))
			.isEqualTo("/kamala/complaints/receipt");
		String receipt = complainant.get("/kamala/complaints/receipt").body();
		Matcher shown = Pattern.compile("id=\"receipt\">([0-9A-Z-]+)<").matcher(receipt);
		assertThat(shown.find()).isTrue();
		String locator = shown.group(1).replace("-", "").substring(0, 8);
		UUID id = jdbc.sql("select id from complaint where locator = :l").param("l", locator).query(UUID.class).single();
		assertThat(jdbc.sql("select a.username from complaint_handler h join account a on a.id = h.account_id"
				+ " where h.complaint_id = :id").param("id", id).query(String.class).list()).containsExactly("region8.admin");
		assertThat(textInDatabase("ใจกล้า")).as("the complainant's name is sealed").isEmpty();
		assertThat(textInDatabase("081 234 5678")).as("and their phone").isEmpty();

		for (String staff : List.of("kamala.complaints", "kamala.integrity")) {
			Browser officer = browser();
			officer.signIn(staff, DEMO_PASSWORD);
			assertThat(officer.get("/admin/complaints").body()).as(staff).doesNotContain(locator);
			assertThat(officer.get("/admin/complaints/" + locator).statusCode()).as(staff).isEqualTo(404);
		}
		Browser region = browser();
		region.signIn("region8.admin", DEMO_PASSWORD);
		assertThat(region.get("/admin/complaints?lang=en").body()).contains(locator, "Kamala");
		assertThat(region.get("/admin/complaints/" + locator + "?lang=en").body()).contains("นายร้องเรียน ใจกล้า", "081 234 5678",
				"พ.ต.อ.สมมติ รักษ์ธรรม");

		// A month on, unacknowledged: the region sees it overdue, with both calendars' dates; the commander never sees it.
		try {
			clock.set(java.time.Instant.now().plus(java.time.Duration.ofDays(31)));
			String overdue = region.get("/admin/complaints/overdue?lang=en").body();
			LocalDate due = jdbc.sql("select acknowledge_by from complaint where id = :id").param("id", id)
				.query(java.sql.Date.class).single().toLocalDate();
			assertThat(overdue).contains(locator, "Overdue", "B.E. " + (due.getYear() + 543))
				.doesNotContain("ใจกล้า", "ด่านตรวจ");
			Browser commander = browser();
			commander.signIn("kamala.commander", DEMO_PASSWORD);
			assertThat(commander.get("/admin/complaints/overdue?lang=en").body()).doesNotContain(locator);
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void anAccountMadeAnOfficersOwnByTheRegionChangesWhereAComplaintNamingTheirUnitGoesAndTheStationCannot() {
		UUID integrityAccount = jdbc.sql("select id from account where username = 'kamala.integrity'").query(UUID.class).single();
		UUID trafficOfficer = jdbc.sql("select officer_id from account where id = :id").param("id", integrityAccount)
			.query(UUID.class).single();
		UUID adminInspector = jdbc.sql("select o.id from officer o join station s on s.id = o.station_id where s.code = 'kamala'"
				+ " and o.name_en = 'Thodlong Mankhong'").query(UUID.class).single();
		UUID adminUnit = jdbc.sql("select unit_id from officer where id = :id").param("id", adminInspector).query(UUID.class).single();
		UUID kamala = jdbc.sql("select id from station where code = 'kamala'").query(UUID.class).single();
		Browser admin = browser();
		admin.signIn("kamala.admin", DEMO_PASSWORD);
		String accounts = admin.get("/admin/accounts?lang=en").body();
		assertThat(accounts).contains("Which officer the account kamala.integrity belongs to", "Pol. Lt. Trongpai Trongma");
		HttpResponse<String> refused = admin.post("/admin/accounts/" + integrityAccount + "/officer",
				Map.of("_csrf", Browser.csrfToken(accounts), "officer", adminInspector.toString()));
		assertThat(refused.statusCode()).as("the station's own administrator cannot move a complaint officer").isEqualTo(403);
		assertThat(refused.body()).contains("Only an administrator of the station&#39;s police region");
		assertThat(jdbc.sql("select officer_id from account where id = :id").param("id", integrityAccount).query(UUID.class)
			.single()).isEqualTo(trafficOfficer);

		Browser region = browser();
		region.signIn("region8.admin", DEMO_PASSWORD);
		region.post("/admin/acting-station", Map.of("station", kamala.toString(), "_csrf", Browser.csrfToken(region.get("/admin").body())));
		String csrf = Browser.csrfToken(region.get("/admin/accounts").body());
		try {
			region.post("/admin/accounts/" + integrityAccount + "/officer", Map.of("_csrf", csrf, "officer", adminInspector.toString()));
			assertThat(audit.recent(null, 5)).extracting(AuditEntryView::action).contains("account.officer.assigned");
			assertThat(region.post("/admin/accounts/" + integrityAccount + "/officer",
					Map.of("_csrf", csrf, "officer", UUID.randomUUID().toString())).statusCode()).as("not an officer of the station")
				.isEqualTo(404);

			// Both complaint officers now serve in the administration unit: a complaint naming it goes to the region.
			Browser complainant = browser();
			String form = complainant.get("/kamala/complaints/new").body();
			Map<String, String> fields = complaintForm(form, "unit:" + adminUnit);
			fields.put("_csrf", Browser.csrfToken(form));
			complainant.post("/kamala/complaints/new", fields);
			UUID id = jdbc.sql("select id from complaint where form_token = :t").param("t", fields.get("formToken"))
				.query(UUID.class).single();
			assertThat(jdbc.sql("select handled_by from complaint where id = :id").param("id", id).query(String.class).single())
				.isEqualTo("REGION");
			assertThat(jdbc.sql("select a.username from complaint_handler h join account a on a.id = h.account_id"
					+ " where h.complaint_id = :id").param("id", id).query(String.class).list()).containsExactly("region8.admin");
		}
		finally {
			region.post("/admin/accounts/" + integrityAccount + "/officer", Map.of("_csrf", csrf, "officer", trafficOfficer.toString()));
		}
		Browser other = browser();
		other.signIn("thungthong.admin", DEMO_PASSWORD);
		assertThat(other.post("/admin/accounts/" + integrityAccount + "/officer",
				Map.of("_csrf", Browser.csrfToken(other.get("/admin/accounts").body()), "officer", "")).statusCode())
			.as("another station's administrator cannot touch the account").isEqualTo(404);
		assertThat(jdbc.sql("select officer_id from account where id = :id").param("id", integrityAccount).query(UUID.class)
			.single()).isEqualTo(trafficOfficer);
	}

	@Test
	void itemO5ShowsTheQuestionsAnsweredInItsYearBesideTheLink() {
		String o5 = browser().get("/kamala/oit/2567/O5?lang=en").body();
		assertThat(o5).contains("This fiscal year the station has answered and published 2 questions, the latest on 20 February 2024.");
		assertThat(o5).as("the channel is a link an assessor follows, not its path as text")
			.contains("href=\"/kamala/questions\"");
		assertThat(browser().get("/kamala/oit/2568/O5?lang=en").body()).doesNotContain("answered and published 2 questions");
	}

	@Test
	void anonymousWritesStopAtTheStationsQuotaWith429InTheVisitorsLanguageAndKeepNothing() {
		String reports = "select count(*) from lost_document_report r join station s on s.id = r.station_id"
				+ " where s.code = 'thung-thong'";
		String files = "select count(*) from stored_file";
		String today = LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).toString();
		Browser citizen = browser();
		HttpResponse<String> refused = null;
		for (int i = 0; i < 10 && refused == null; i++) {
			HttpResponse<String> sent = citizen.post("/thung-thong/e-services/lost-document?lang=en",
					lostDocumentForm(citizen.get("/thung-thong/e-services/lost-document?lang=en").body(), today, "Somchai Jaidee"));
			refused = sent.statusCode() == 302 ? null : sent;
		}
		assertThat(refused).as("refused within the station's quota of 6 an hour").isNotNull();
		long reportsKept = jdbc.sql(reports).query(Long.class).single();
		long filesKept = jdbc.sql(files).query(Long.class).single();
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains(
				"The station is receiving more of this form than it can take right now. Nothing was saved. Please try again in");
		HttpResponse<String> thai = citizen.post("/thung-thong/e-services/lost-document?lang=th",
				lostDocumentForm(citizen.get("/thung-thong/e-services/lost-document?lang=th").body(), today, "Somchai Jaidee"));
		assertThat(thai.statusCode()).isEqualTo(429);
		assertThat(thai.body()).contains("ขณะนี้สถานีได้รับแบบฟอร์มนี้มากเกินกว่าจะรับเพิ่มได้ ไม่มีข้อมูลใดถูกบันทึก");
		assertThat(jdbc.sql(reports).query(Long.class).single()).as("no report kept").isEqualTo(reportsKept);
		assertThat(jdbc.sql(files).query(Long.class).single()).as("no file kept").isEqualTo(filesKept);

		// The complainant's replies: the same, and the station's complaints stay open to their other forms.
		Browser complainant = browser();
		String form = complainant.get("/thung-thong/complaints/new").body();
		Map<String, String> complaint = complaintForm(form, "");
		complaint.put("_csrf", Browser.csrfToken(form));
		HttpResponse<String> sent = complainant.post("/thung-thong/complaints/new", complaint);
		assertThat(Browser.redirectTarget(sent)).isEqualTo("/thung-thong/complaints/receipt");
		Matcher shown = Pattern.compile("id=\"receipt\">([0-9A-Z-]+)<")
			.matcher(complainant.get("/thung-thong/complaints/receipt").body());
		assertThat(shown.find()).isTrue();
		String follow = complainant.get("/thung-thong/complaints/follow").body();
		assertThat(Browser.redirectTarget(complainant.post("/thung-thong/complaints/follow",
				Map.of("_csrf", Browser.csrfToken(follow), "receipt", shown.group(1))))).isEqualTo("/thung-thong/complaints/mine");
		String messages = "select count(*) from complaint_message";
		HttpResponse<String> replyRefused = null;
		for (int i = 0; i < 10 && replyRefused == null; i++) {
			HttpResponse<String> reply = complainant.post("/thung-thong/complaints/mine?lang=en", Map.of("_csrf",
					Browser.csrfToken(complainant.get("/thung-thong/complaints/mine").body()), "message", "เพิ่มเติมครั้งที่ " + i));
			replyRefused = reply.statusCode() == 302 ? null : reply;
		}
		assertThat(replyRefused).as("refused within the station's quota of 6 replies an hour").isNotNull();
		long kept = jdbc.sql(messages).query(Long.class).single();
		assertThat(replyRefused.statusCode()).isEqualTo(429);
		assertThat(replyRefused.body()).contains("Nothing was saved.");
		assertThat(complainant.post("/thung-thong/complaints/mine", Map.of("_csrf",
				Browser.csrfToken(complainant.get("/thung-thong/complaints/mine").body()), "message", "อีกครั้ง")).statusCode())
			.isEqualTo(429);
		assertThat(jdbc.sql(messages).query(Long.class).single()).as("no reply kept").isEqualTo(kept);
	}

	/** The complaint form's fields, filled with a bribery report naming {@code named}. */
	private static Map<String, String> complaintForm(String page, String named) {
		Matcher token = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", token.group(1));
		fields.put("category", "BRIBERY");
		fields.put("what", "ด่านตรวจหน้าหาดกมลาเรียกเงิน 500 บาทแทนการออกใบสั่ง <script>alert(1)</script>");
		fields.put("when", "3 มีนาคม 2568");
		fields.put("where", "Kamala beach checkpoint");
		fields.put("named", named);
		fields.put("who", "");
		fields.put("name", "");
		fields.put("contact", "");
		fields.put("website", "");
		return fields;
	}

	/** A 40-pixel JPEG carrying an EXIF segment with a GPS position, as a phone's photo does. */
	private static byte[] photoWithGps() throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "jpg", plain);
		byte[] jpeg = plain.toByteArray();
		byte[] exif = "Exif\0\0MM\0*\0\0\0\bGPSLatitude 7.8912N GPSLongitude 98.2981E".getBytes(StandardCharsets.ISO_8859_1);
		java.io.ByteArrayOutputStream tagged = new java.io.ByteArrayOutputStream();
		tagged.write(jpeg, 0, 2);
		tagged.write(0xFF);
		tagged.write(0xE1);
		tagged.write((exif.length + 2) >> 8);
		tagged.write((exif.length + 2) & 0xFF);
		tagged.write(exif);
		tagged.write(jpeg, 2, jpeg.length - 2);
		return tagged.toByteArray();
	}

	/** Every table and text column of the database that holds the text, as "table.column". */
	private List<String> textInDatabase(String text) {
		List<String> found = new ArrayList<>();
		List<String[]> columns = jdbc.sql("select table_name, column_name from information_schema.columns"
				+ " where lower(table_schema) = 'public' and lower(data_type) in ('character varying', 'text', 'character large object')")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		for (String[] column : columns) {
			long hits = jdbc.sql("select count(*) from " + column[0] + " where " + column[1] + " like :text")
				.param("text", "%" + text + "%").query(Long.class).single();
			if (hits > 0) {
				found.add(column[0] + "." + column[1]);
			}
		}
		return found;
	}

	@Test
	void aQuestionIsPublishedOnlyOnceAnsweredAndWithItsPersonalDataMasked() {
		Browser visitor = browser();
		String url = "/kamala/questions/ask?lang=en";
		String form = visitor.get(url).body();
		String csrf = Browser.csrfToken(form);
		String token = Browser.formToken(form);
		String questions = "select count(*) from question";
		long before = jdbc.sql(questions).query(Long.class).single();
		assertThat(visitor.post(url, Map.of("_csrf", csrf, "formToken", token, "question", "Hi?", "website", "")).body())
			.contains("A question is 10 to 2,000 characters long");
		assertThat(visitor.post(url, Map.of("_csrf", csrf, "formToken", token, "question", "Buy cheap watches at our shop",
				"website", "https://spam.example")).body()).contains("The question could not be sent");
		assertThat(visitor.post(url, Map.of("_csrf", csrf, "formToken", token, "question", "x".repeat(2001), "website", ""))
			.body()).contains("A question is 10 to 2,000 characters long");
		assertThat(jdbc.sql(questions).query(Long.class).single()).as("nothing refused is kept").isEqualTo(before);

		String asked = "รถทะเบียน กข 1234 ถูกยกไปจากหน้าตลาด ติดต่อ 081-234-5678 บัตร 1-1014-00100-10-8 ไปรับรถที่ไหนครับ";
		Map<String, String> ask = Map.of("_csrf", csrf, "formToken", token, "question", asked, "name", "Somchai", "email",
				"somchai@example.org", "website", "");
		visitor.post(url, ask);
		visitor.post(url, ask);
		assertThat(jdbc.sql(questions).query(Long.class).single()).as("the same form twice is one question").isEqualTo(before + 1);
		assertThat(visitor.get(url).body()).contains("Your question is received");
		assertThat(browser().get("/kamala/questions?lang=en").body()).as("nothing public before an answer")
			.doesNotContain("ไปรับรถที่ไหนครับ");

		Browser publisher = browser();
		publisher.signIn("kamala.publisher", DEMO_PASSWORD);
		String queue = publisher.get("/admin/questions?lang=en").body();
		String masked = "รถทะเบียน xx xxxx ถูกยกไปจากหน้าตลาด ติดต่อ xxx-xxx-xxxx บัตร x-xxxx-xxxxx-xx-x ไปรับรถที่ไหนครับ";
		assertThat(queue).contains(asked, masked, "Masked:", "ID number", "phone number", "licence plate",
				"The asker wants an e-mail when it is answered");
		UUID id = jdbc.sql("select id from question where status = 'WAITING' and form_token = :t").param("t", token)
			.query(UUID.class).single();
		String adminCsrf = Browser.csrfToken(queue);
		assertThat(publisher.post("/admin/questions/" + id + "/answer?lang=en", Map.of("_csrf", adminCsrf, "answer", " ")).body())
			.contains("Write an answer of at most 4,000 characters");
		publisher.post("/admin/questions/" + id + "/answer", Map.of("_csrf", adminCsrf, "answer",
				"รับรถได้ที่งานจราจรของสถานี หรือโทร 02 123 4567 ในเวลาราชการ"));
		assertThat(jdbc.sql("select count(*) from question where id = :id and body is null and asker_email is null"
				+ " and asker_name is null").param("id", id).query(Long.class).single()).as("what the asker typed is gone")
			.isEqualTo(1);

		String list = browser().get("/kamala/questions?lang=en").body();
		assertThat(list).contains(masked, "รับรถได้ที่งานจราจรของสถานี หรือโทร xx xxx xxxx ในเวลาราชการ", "The station&#39;s answer")
			.doesNotContain("081-234-5678", "Somchai", "somchai@example.org");
		assertThat(list.indexOf(masked)).as("newest answer first").isLessThan(list.indexOf("บัตรประชาชนหาย"));
		String found = browser().get("/kamala/questions?lang=en&q=" + java.net.URLEncoder.encode("งานจราจร", StandardCharsets.UTF_8))
			.body();
		assertThat(found).contains(masked).doesNotContain("บัตรประชาชนหาย");
		assertThat(browser().get("/thung-thong/questions?lang=en").body()).doesNotContain(masked);
		assertThat(audit.recent(null, 20)).extracting(AuditEntryView::action).contains("integrity.question.asked",
				"integrity.question.answered");

		// One client may ask a few questions an hour, then is told to wait, and nothing more is kept.
		long kept = jdbc.sql(questions).query(Long.class).single();
		int sent = 0;
		String refusal = "";
		int status = 0;
		while (sent < 10 && status != 429) {
			HttpResponse<String> answer = visitor.post(url, Map.of("_csrf", csrf, "formToken", "robot-token-" + sent + "-0123456789",
					"question", "Another question number " + sent, "website", ""));
			status = answer.statusCode();
			refusal = answer.body();
			sent++;
		}
		assertThat(status).isEqualTo(429);
		assertThat(refusal).contains("This form has been sent from this device as often as it can be taken for now."
				+ " Nothing was saved. Please try again in");
		assertThat(jdbc.sql(questions).query(Long.class).single()).isEqualTo(kept + sent - 1);
		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		assertThat(officer.get("/admin/questions").statusCode()).isEqualTo(403);
	}

	@Test
	void serviceFeedbackKeepsOnlyTheMaskedCommentCountsAFormOnceAndStoresNothingItRefuses() {
		Browser visitor = browser();
		String url = "/kamala/feedback";
		String form = visitor.get(url + "?lang=en").body();
		assertThat(form).contains("Rate the service you received", "How satisfied are you with the service?", "5 Very satisfied",
				"Reporting a lost document", "Leave this empty");
		assertThat(Browser.formToken(browser().get(url).body())).as("a page with a form of its own, not from the page cache")
			.isNotEqualTo(Browser.formToken(form));
		String csrf = Browser.csrfToken(form);
		String token = Browser.formToken(form);
		String kept = "select count(*) from service_feedback";
		long before = jdbc.sql(kept).query(Long.class).single();
		Map<String, String> sixStars = Map.of("_csrf", csrf, "formToken", token, "service", "TRAFFIC", "rating", "6", "comment",
				"ใบสั่งช้า", "website", "");
		Map<String, String> robot = Map.of("_csrf", csrf, "formToken", token, "service", "REPORT", "rating", "5", "comment", "",
				"website", "https://spam.example");
		Map<String, String> tooLong = Map.of("_csrf", csrf, "formToken", token, "service", "REPORT", "rating", "4", "comment",
				"ก".repeat(1001), "website", "");
		String refused = visitor.post(url + "?lang=en", sixStars).body();
		assertThat(refused).contains("Choose a rating from 1 to 5", "value=\"TRAFFIC\" selected=\"selected\"", "ใบสั่งช้า");
		assertThat(visitor.post(url, robot).body()).contains("The feedback could not be sent");
		assertThat(visitor.post(url, tooLong).body()).contains("A comment is at most 1,000 characters long");
		assertThat(visitor.post(url + "?lang=th", sixStars).body()).contains("กรุณาเลือกคะแนนความพึงพอใจ 1 ถึง 5");
		assertThat(visitor.post(url, robot).body()).contains("ส่งแบบประเมินไม่ได้");
		assertThat(visitor.post(url, tooLong).body()).contains("ความคิดเห็นยาวได้ไม่เกิน 1,000 ตัวอักษร");
		assertThat(jdbc.sql(kept).query(Long.class).single()).as("nothing refused is kept").isEqualTo(before);

		String typed = "เจ้าหน้าที่บริการดีมาก โทรกลับได้ที่ 081-234-5678 บัตร 1-1014-00100-10-8";
		Map<String, String> given = Map.of("_csrf", csrf, "formToken", token, "service", "LOST_DOCUMENT", "rating", "5",
				"comment", typed, "website", "");
		assertThat(Browser.redirectTarget(visitor.post(url, given))).isEqualTo(url);
		visitor.post(url, given);
		assertThat(jdbc.sql(kept).query(Long.class).single()).as("the same form twice counts once").isEqualTo(before + 1);
		assertThat(visitor.get(url + "?lang=en").body()).contains("Thank you for your feedback");
		assertThat(jdbc.sql("select service, rating, comment from service_feedback where form_token = :t").param("t", token)
			.query((rs, n) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3)).single())
			.isEqualTo("LOST_DOCUMENT 5 เจ้าหน้าที่บริการดีมาก โทรกลับได้ที่ xxx-xxx-xxxx บัตร x-xxxx-xxxxx-xx-x");
		assertThat(audit.recent(stationId("kamala"), 10)).filteredOn(e -> e.action().equals("integrity.feedback.given"))
			.singleElement().satisfies(e -> assertThat(e.afterSummary()).isEqualTo("LOST_DOCUMENT rated 5, a comment with 2 masked"));
	}

	@Test
	void theCommanderReadsTheFeedbackMonthByMonthAndNoOneElseDoes() {
		UUID kamala = stationId("kamala");
		UUID thungThong = stationId("thung-thong");
		giveFeedback(kamala, "2023-11-02T03:00:00Z", "REPORT", 5, null);
		giveFeedback(kamala, "2023-11-30T16:59:00Z", "REPORT", 4, "บริการรวดเร็ว");
		giveFeedback(kamala, "2023-11-15T03:00:00Z", "TRAFFIC", 2, null);
		giveFeedback(kamala, "2023-11-30T17:00:00Z", "CASE_INQUIRY", 1, "รอนานมาก (1 ธันวาคม ตามเวลาไทย)");
		giveFeedback(kamala, "2024-02-10T03:00:00Z", "LOST_DOCUMENT", 3, "ต้องมาสองรอบ");
		giveFeedback(thungThong, "2023-11-05T03:00:00Z", "REPORT", 1, "ความเห็นของสถานีทุ่งทอง");

		Browser commander = browser();
		commander.signIn("kamala.commander", DEMO_PASSWORD);
		String page = commander.get("/admin/feedback?year=2567&lang=en").body();
		String november = between(page, "November 2023", "December 2023");
		assertThat(november).contains("Reporting a crime or recording an event in the daily report", "Traffic, tickets, accidents",
				"All services");
		assertThat(cells(between(november, "daily report", "Traffic"))).containsExactly("2", "4.5", "0", "0", "0", "1", "1");
		assertThat(cells(between(november, "All services", "</tbody>"))).containsExactly("3", "3.7", "0", "1", "0", "1", "1");
		assertThat(cells(between(between(page, "December 2023", "January 2024"), "All services", "</tbody>")))
			.as("17:00 on 30 November in UTC is 1 December in Bangkok").containsExactly("1", "1.0", "1", "0", "0", "0", "0");
		assertThat(between(page, "January 2024", "February 2024")).contains("No feedback");
		assertThat(cells(between(between(page, "February 2024", "March 2024"), "All services", "</tbody>")))
			.containsExactly("1", "3.0", "0", "0", "1", "0", "0");
		assertThat(cells(between(between(page, "The whole fiscal year", "</table>"), "All services", "</tbody>")))
			.containsExactly("5", "3.0", "1", "1", "1", "1", "1");
		assertThat(page).contains("ต้องมาสองรอบ", "บริการรวดเร็ว").doesNotContain("ความเห็นของสถานีทุ่งทอง");
		assertThat(page.indexOf("ต้องมาสองรอบ")).as("newest comment first").isLessThan(page.indexOf("บริการรวดเร็ว"));
		assertThat(commander.get("/admin/feedback?year=2567&lang=th").body()).contains("พฤศจิกายน 2566", "ไม่มีผู้ประเมิน",
				"ทั้งปีงบประมาณ");
		assertThat(commander.get("/admin/feedback?year=2023").statusCode()).as("a Gregorian year").isEqualTo(404);

		Browser assessor = browser();
		assessor.signIn("kamala.assessor", DEMO_PASSWORD);
		assertThat(assessor.get("/admin/feedback?year=2567").body()).contains("ต้องมาสองรอบ");
		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		assertThat(officer.get("/admin/feedback").statusCode()).isEqualTo(403);
		Browser other = browser();
		other.signIn("thungthong.admin", DEMO_PASSWORD);
		String theirs = other.get("/admin/feedback?year=2567&lang=en").body();
		assertThat(theirs).contains("ความเห็นของสถานีทุ่งทอง").doesNotContain("ต้องมาสองรอบ", "บริการรวดเร็ว");
		assertThat(cells(between(between(theirs, "November 2023", "December 2023"), "All services", "</tbody>")))
			.containsExactly("1", "1.0", "1", "0", "0", "0", "0");
	}

	private void giveFeedback(UUID station, String at, String service, int rating, @Nullable String comment) {
		jdbc.sql("insert into service_feedback (id, station_id, form_token, given_at, service, rating, comment)"
				+ " values (:id, :station, :token, :at, :service, :rating, :comment)")
			.param("id", UUID.randomUUID()).param("station", station).param("token", UUID.randomUUID().toString().replace("-", ""))
			.param("at", Timestamp.from(Instant.parse(at))).param("service", service).param("rating", rating)
			.param("comment", comment).update();
	}

	/** The part of a page from the first {@code from} to the next {@code to} after it. */
	private static String between(String page, String from, String to) {
		int start = page.indexOf(from);
		assertThat(start).as("the page holds " + from).isNotNegative();
		int end = page.indexOf(to, start + from.length());
		assertThat(end).as("the page holds " + to + " after " + from).isPositive();
		return page.substring(start, end);
	}

	/** The numbers of a table's cells, in order. */
	private static List<String> cells(String html) {
		return Pattern.compile("govuk-table__cell--numeric\">([^<]*)<").matcher(html).results().map(m -> m.group(1)).toList();
	}

	@Test
	void aBillPaidByThaiQrIsMarkedPaidOnlyByTheBanksReconciliationFile() throws Exception {
		Browser finance = browser();
		finance.signIn("kamala.finance", DEMO_PASSWORD);
		String page = finance.get("/admin/payments?lang=en").body();
		String csrf = Browser.csrfToken(page);
		assertThat(page).as("the demo's made-up biller ID says so").contains("This biller ID is fictional, for the demonstration")
			.doesNotContain("Allow bills to be issued");
		assertThat(finance.post("/admin/payments/setting", Map.of("_csrf", csrf, "billerId", "099400000000001", "enabled", "true"))
			.statusCode()).as("where the money goes is the administrator's to set").isEqualTo(403);
		String bills = "select count(*) from bill";
		long before = jdbc.sql(bills).query(Long.class).single();
		assertThat(finance.post("/admin/payments?lang=en", Map.of("_csrf", csrf, "description", "Copies", "amount", "-5",
				"reference2", "")).body()).contains("Enter an amount more than zero, with at most two decimals");
		assertThat(finance.post("/admin/payments?lang=en", Map.of("_csrf", csrf, "description", "Copies", "amount", "1.005",
				"reference2", "")).body()).contains("Enter an amount more than zero, with at most two decimals");
		assertThat(jdbc.sql(bills).query(Long.class).single()).isEqualTo(before);

		String first = Browser.redirectTarget(finance.post("/admin/payments", Map.of("_csrf", csrf, "description",
				"ค่าถ่ายสำเนารายงาน", "amount", "150.50", "reference2", "fee"))).substring("/admin/payments/".length());
		String second = Browser.redirectTarget(finance.post("/admin/payments", Map.of("_csrf", csrf, "description",
				"ค่าถ่ายภาพ", "amount", "99", "reference2", ""))).substring("/admin/payments/".length());
		assertThat(finance.get("/admin/payments/" + first + "?lang=en").body()).contains("150.50 baht", "Not paid");
		String payload = qrCode(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
				finance.download("/admin/payments/" + first + "/qr.png").body())));
		assertThat(payload).as("a bill payment for this amount to the station's biller with the bill's references")
			.startsWith("000201010212").contains("0016A000000677010112", "0115000000000000000",
					"02" + String.format("%02d", first.length()) + first, "0303FEE", "5303764", "5406150.50", "5802TH");

		byte[] notText = { (byte) 0xFF, (byte) 0xFE, (byte) 0xDB, (byte) 0xFC, 0 };
		assertThat(finance.upload("/admin/payments/reconcile?lang=en", csrf, "file", "bank.csv", "text/csv", notText).body())
			.contains("The file could not be read");
		assertThat(finance.upload("/admin/payments/reconcile?lang=en", csrf, "file", "bank.csv", "text/csv",
				("date,reference1,reference2,amount\n2026-12-01," + first + ",FEE,150.50\n2026-12-01," + second + ",,lots\n")
					.getBytes(StandardCharsets.UTF_8)).body())
			.contains("Row 3 of the file is not valid");
		String paid = "select b.reference1 from bill b join station s on s.id = b.station_id where s.code = 'kamala'"
				+ " and b.paid_on is not null";
		assertThat(jdbc.sql(paid).query(String.class).list()).as("a file refused marks nothing").isEmpty();

		String bank = "date,reference1,reference2,amount\n2026-12-01," + first + ",FEE,\"150.50\"\n2026-12-02," + second
				+ ",,98.00\n2026-12-02,2570999999,,10.00\n";
		finance.upload("/admin/payments/reconcile", csrf, "file", "bank.csv", "text/csv", bank.getBytes(StandardCharsets.UTF_8));
		assertThat(finance.get("/admin/payments?lang=en").body()).contains("Marked paid: 1 (" + first + ")",
				"References the station never issued, not recorded: 2570999999",
				"Amounts that differ from the bill, not recorded; please check: " + second);
		assertThat(jdbc.sql(paid).query(String.class).list()).as("exactly the matched reference").containsExactly(first);
		finance.upload("/admin/payments/reconcile", csrf, "file", "bank.csv", "text/csv", bank.getBytes(StandardCharsets.UTF_8));
		assertThat(finance.get("/admin/payments?lang=en").body()).contains("Already marked paid: " + first);
		assertThat(audit.recent(null, 20)).filteredOn(e -> e.action().equals("eservice.payments.paid"))
			.extracting(AuditEntryView::target).containsExactly(first);

		Browser other = browser();
		other.signIn("thungthong.admin", DEMO_PASSWORD);
		assertThat(other.get("/admin/payments/" + first).statusCode()).isEqualTo(404);
		assertThat(other.get("/admin/payments/" + first + "/qr.png").statusCode()).isEqualTo(404);
		String otherCsrf = Browser.csrfToken(other.get("/admin/payments").body());
		assertThat(other.post("/admin/payments?lang=en", Map.of("_csrf", otherCsrf, "description", "x", "amount", "1",
				"reference2", "")).body()).as("off until the station sets a biller ID").contains("Thai QR payment is not switched on");
		assertThat(other.post("/admin/payments/setting?lang=en", Map.of("_csrf", otherCsrf, "billerId", "12345", "enabled", "true"))
			.body()).contains("A biller ID is 15 digits");
	}

	@Test
	void theStationsGuidesToTheNationalServicesArePublishedInO10AndReadinessChecksEachLinkWithItsGuide() {
		Browser admin = browser();
		admin.signIn("kamala.admin", DEMO_PASSWORD);
		String readiness = "/admin/readiness?year=2567&cutOff=2024-05-15&lang=en";
		String dashboard = admin.get(readiness).body();
		for (String element : List.of("Online crime report", "Online fine payment", "Case tracking")) {
			assertThat(elementRow(dashboard, element)).as(element).doesNotContain("Fail", "guide");
		}
		assertThat(elementRow(dashboard, "Online fine payment")).contains("Pass");
		assertThat(browser().get("/kamala/contact?lang=en").body()).as("the station's social channels on every page")
			.contains("Follow Kamala", "href=\"https://www.facebook.com/example.kamala.demo\" rel=\"noopener me\">Facebook</a>",
					">YouTube</a>")
			.doesNotContain(">TikTok</a>");
		assertThat(browser().get("/kamala?lang=en").body()).as("each service one click from the home page")
			.contains("<a class=\"govuk-link\" href=\"https://ptm.police.go.th/eTicket/\">Check and pay a traffic fine (PTM e-Ticket)",
					"<a class=\"govuk-link\" href=\"https://thaipoliceonline.go.th\">Report a crime online");
		assertThat(browser().get("/kamala/e-services/guide/fine?lang=en").body()).contains("<h1 class=\"govuk-heading-l\">How to use",
				"<li>Pay only through the channels the site shows; the station takes no fine into any account.</li>");
		assertThat(browser().get("/kamala/oit/2567/O10?lang=en").body()).contains("Step-by-step guide",
				"Open ptm.police.go.th/eTicket/, the national electronic ticket system.");
		assertThat(browser().get("/thung-thong/e-services/guide/fine").statusCode()).as("no guide written there").isEqualTo(404);

		String edit = "/admin/e-services/fine?year=2567&lang=en";
		String save = "/admin/e-services/fine?lang=en";
		String csrf = Browser.csrfToken(admin.get(edit).body());
		String links = "select count(*) from disclosure_link";
		String texts = "select count(*) from disclosure_text";
		long linksBefore = jdbc.sql(links).query(Long.class).single();
		long textsBefore = jdbc.sql(texts).query(Long.class).single();
		Map<String, String> fine = new HashMap<>(Map.of("_csrf", csrf, "year", "2567", "address",
				"http://ptm.police.go.th/eTicket/", "guideTh", "เปิดเว็บไซต์ระบบใบสั่ง\nชำระค่าปรับ", "guideEn", ""));
		assertThat(admin.post(save, fine).body()).contains("Enter a web address starting with https://");
		assertThat(jdbc.sql(links).query(Long.class).single()).isEqualTo(linksBefore);
		assertThat(jdbc.sql(texts).query(Long.class).single()).isEqualTo(textsBefore);

		// The English guide emptied: the address is unchanged, so its link check stands, but O10 now fails.
		fine.put("address", "https://ptm.police.go.th/eTicket/");
		assertThat(Browser.redirectTarget(admin.post(save, fine))).isEqualTo("/admin/e-services/fine?year=2567");
		assertThat(admin.get(edit).body()).contains("Saved and published in item O10");
		assertThat(jdbc.sql(links).query(Long.class).single()).as("the same address is not published again").isEqualTo(linksBefore);
		assertThat(elementRow(admin.get(readiness).body(), "Online fine payment")).contains("Fail",
				"its step-by-step guide is missing in English");
		fine.put("guideEn", "Open the ticket site.\nPay the fine.");
		admin.post(save, fine);
		assertThat(elementRow(admin.get(readiness).body(), "Online fine payment")).contains("Pass");
		assertThat(browser().get("/kamala/e-services/guide/fine?lang=en").body()).contains("<li>Open the ticket site.</li>",
				"<li>Pay the fine.</li>");

		// A link withdrawn from O10 fails its element.
		jdbc.sql("update disclosure_link set withdrawn_at = current_timestamp, withdrawn_by = 'scenario' where link_kind = 'eservice.fine'"
				+ " and withdrawn_at is null and station_id = (select id from station where code = 'kamala')").update();
		assertThat(elementRow(admin.get(readiness).body(), "Online fine payment")).contains("Fail", "The link is not set");
		admin.post(save, fine);
		assertThat(elementRow(admin.get(readiness).body(), "Online fine payment")).as("published again, not yet checked")
			.contains("The link is set but not checked yet");
		jdbc.sql("update disclosure_link set checked_at = current_timestamp, resolves = true where link_kind = 'eservice.fine'"
				+ " and withdrawn_at is null").update();

		// Pictures: only real images, each described in both languages; served only for the station's own guide.
		String pictures = "/admin/e-services/fine/pictures?lang=en";
		long stored = jdbc.sql("select count(*) from stored_file").query(Long.class).single();
		assertThat(admin.upload(pictures, csrf, "picture", "step1.png", "image/png", SampleDocuments.png(),
				Map.of("year", "2567", "altTh", "", "altEn", "")).body()).contains("Describe the picture in both Thai and English");
		assertThat(admin.upload(pictures, csrf, "picture", "step1.png", "image/png",
				"%PDF-1.4 not a picture".getBytes(StandardCharsets.US_ASCII),
				Map.of("year", "2567", "altTh", "หน้าค้นหาใบสั่ง", "altEn", "The ticket search page")).body())
			.contains("JPEG, PNG, WebP");
		assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isEqualTo(stored);
		admin.upload(pictures, csrf, "picture", "step1.png", "image/png", SampleDocuments.png(),
				Map.of("year", "2567", "altTh", "หน้าค้นหาใบสั่ง", "altEn", "The ticket search page"));
		UUID picture = jdbc.sql("select id from station_service_picture").query(UUID.class).single();
		assertThat(browser().get("/kamala/e-services/guide/fine?lang=en").body())
			.contains("src=\"/kamala/e-services/guide/fine/" + picture + "\" alt=\"The ticket search page\"");
		assertThat(browser().get("/kamala/e-services/guide/fine/" + picture).headers().firstValue("Content-Type"))
			.hasValue("image/png");
		assertThat(browser().get("/thung-thong/e-services/guide/fine/" + picture).statusCode()).isEqualTo(404);
		admin.post("/admin/e-services/fine/pictures/" + picture + "/delete", Map.of("_csrf", csrf, "year", "2567"));
		assertThat(browser().get("/kamala/e-services/guide/fine/" + picture).statusCode()).isEqualTo(404);

		// A channel of the station's own shows on its e-services page, not in O10; a national one can't be removed.
		assertThat(admin.post("/admin/e-services?lang=en", Map.of("_csrf", csrf, "year", "2567", "nameTh", "", "nameEn", "Hotline",
				"address", "1599")).body()).contains("Enter the name in both Thai and English");
		admin.post("/admin/e-services", Map.of("_csrf", csrf, "year", "2567", "nameTh", "ศูนย์รับเรื่องร้องเรียน",
				"nameEn", "Complaints centre", "address", "1599"));
		String own = jdbc.sql("select service_key from station_service where name_en = 'Complaints centre'").query(String.class).single();
		assertThat(browser().get("/kamala/e-services?lang=en").body()).contains("Complaints centre", "href=\"tel:1599\"");
		assertThat(admin.post("/admin/e-services/fine/delete", Map.of("_csrf", csrf)).statusCode()).isEqualTo(404);
		admin.post("/admin/e-services/" + own + "/delete", Map.of("_csrf", csrf));
		assertThat(browser().get("/kamala/e-services?lang=en").body()).doesNotContain("Complaints centre");

		assertThat(audit.recent(null, 30)).extracting(AuditEntryView::action).contains("eservice.service.saved",
				"eservice.service.picture-added", "eservice.service.added", "eservice.service.removed", "disclosure.text.published");
		Browser publisher = browser();
		publisher.signIn("kamala.publisher", DEMO_PASSWORD);
		assertThat(publisher.get("/admin/e-services").statusCode()).as("kept by the station's administrator").isEqualTo(403);
		assertThat(publisher.get("/admin/disclosure/2567/O10?lang=en").body()).contains("kept with its step-by-step guide",
				"href=\"/admin/e-services?year=2567\"");
	}

	@Test
	void anonymousPagesComeFromTheCacheUntilAChangeIsMadeThroughThePortal() {
		Browser admin = browser();
		admin.signIn("thungthong.admin", DEMO_PASSWORD);
		String before = browser().get("/thung-thong/contact").body();
		assertThat(before).doesNotContain("แก้ตรงในฐานข้อมูล");

		jdbc.sql("update station set address_th = address_th || ' แก้ตรงในฐานข้อมูล' where code = 'thung-thong'").update();
		assertThat(browser().get("/thung-thong/contact").body()).as("a change behind the portal's back waits for the TTL")
			.isEqualTo(before);

		Map<String, String> form = Browser.formFields(admin.get("/admin/station").body());
		String original = form.get("addressTh").replace(" แก้ตรงในฐานข้อมูล", "");
		form.put("addressTh", original + " แก้ผ่านพอร์ทัล");
		assertThat(admin.post("/admin/station", form).statusCode()).isEqualTo(302);
		assertThat(browser().get("/thung-thong/contact").body()).as("a change through the portal shows at once")
			.contains("แก้ผ่านพอร์ทัล")
			.doesNotContain("แก้ตรงในฐานข้อมูล");

		form = Browser.formFields(admin.get("/admin/station").body());
		form.put("addressTh", original);
		assertThat(admin.post("/admin/station", form).statusCode()).isEqualTo(302);
		assertThat(browser().get("/thung-thong/contact").body()).doesNotContain("แก้ผ่านพอร์ทัล");
	}

	@Test
	void cachedPagesKeepTheirLanguageTheSecurityHeadersAndAnswerRevalidationWith304() {
		Browser thai = browser();
		Browser english = browser();
		english.get("/kamala/e-services?lang=en");
		for (int i = 0; i < 2; i++) {
			assertThat(thai.get("/kamala/e-services").body()).contains("<html lang=\"th\"");
			assertThat(english.get("/kamala/e-services").body()).contains("<html lang=\"en\"");
		}

		HttpResponse<String> hit = thai.get("/kamala/e-services");
		assertThat(hit.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(hit.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).contains("Cookie"));
		assertThat(hit.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
		assertThat(hit.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(hit.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(hit.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		String etag = hit.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(english.get("/kamala/e-services").headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));

		HttpResponse<String> revalidated = thai.get("/kamala/e-services", "If-None-Match", etag);
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
		assertThat(revalidated.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(thai.get("/kamala/e-services", "If-None-Match", "\"0000\"").statusCode()).isEqualTo(200);
	}

	@Test
	void aSignedInVisitorNeitherGetsNorLeavesACachedPage() {
		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		HttpResponse<String> signedIn = officer.get("/thung-thong/e-services");
		assertThat(signedIn.body()).contains("ออกจากระบบ");
		assertThat(signedIn.headers().firstValue("Cache-Control")).hasValueSatisfying(
				cc -> assertThat(cc).contains("no-store"));
		assertThat(signedIn.headers().firstValue("ETag")).isEmpty();

		assertThat(browser().get("/thung-thong/e-services").body()).as("the signed-in page was not kept")
			.doesNotContain("ออกจากระบบ");
		assertThat(browser().get("/thung-thong/e-services").headers().firstValue("ETag")).isPresent();
		assertThat(officer.get("/thung-thong/e-services").body()).as("the anonymous page is not served to a member")
			.contains("ออกจากระบบ");
	}

	@Test
	void aRequestForAHostThePortalDoesNotAnswerIsRefusedAndItsHostNeverBecomesAnotherVisitorsLinks() {
		String local = "http://localhost:" + port;
		for (String path : List.of("/kamala/data/catalog.jsonld", "/kamala/data/catalog.ttl",
				"/api/3/action/package_show?id=kamala-procurement", "/kamala/oit/2567/urls.csv", "/kamala/e-services",
				"/admin/signs", "/login")) {
			Browser.Raw poisoned = Browser.raw(port, path, "evil.example");
			assertThat(poisoned.status()).as(path).isEqualTo(421);
			assertThat(poisoned.head() + poisoned.body()).as(path).doesNotContain("evil.example");
			assertThat(browser().get(path).body()).as("the next visitor of " + path).doesNotContain("evil.example");
		}
		assertThat(Browser.raw(port, "/kamala", "evil.example:" + port).status()).isEqualTo(421);
		assertThat(Browser.raw(port, "/kamala", "localhost.evil.example").status()).isEqualTo(421);

		// A forwarded host counts only behind a proxy the portal is told about (server.forward-headers-strategy).
		Browser.Raw forwarded = Browser.raw(port, "/kamala/data/catalog.jsonld", "localhost:" + port,
				"X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https");
		assertThat(forwarded.status()).isEqualTo(200);
		assertThat(forwarded.body()).contains(local + "/kamala/data/").doesNotContain("evil.example");

		// Two names the portal answers: each visitor gets the links of the name they came by, cached or not.
		Browser.Raw byAddress = Browser.raw(port, "/kamala/data/catalog.jsonld", "127.0.0.1:" + port);
		assertThat(byAddress.body()).contains("http://127.0.0.1:" + port + "/kamala/data/");
		assertThat(browser().get("/kamala/data/catalog.jsonld").body()).contains(local + "/kamala/data/")
			.doesNotContain("127.0.0.1");
		assertThat(Browser.raw(port, "/kamala/data/catalog.jsonld", "127.0.0.1:" + port).body())
			.contains("http://127.0.0.1:" + port + "/kamala/data/").doesNotContain("localhost");

		// Orchestrators check health by the machine's address; a redirect names no host at all.
		assertThat(Browser.raw(port, "/actuator/health", "10.0.0.7:" + port).status()).isEqualTo(200);
		HttpResponse<String> root = browser().get("/");
		assertThat(root.headers().firstValue("Location")).hasValue("/kamala");
	}

	@Test
	void notFoundPagesAndLanguageSwitchesAreNeverCached() {
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> missing = browser().get("/no-such-station/contact");
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(missing.headers().firstValue("ETag")).isEmpty();
			assertThat(missing.headers().firstValue("Cache-Control")).hasValueSatisfying(
					cc -> assertThat(cc).contains("no-store"));
		}
		HttpResponse<String> switched = browser().get("/kamala/complaints?lang=en");
		assertThat(switched.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).startsWith("lang=en"));
		assertThat(switched.headers().firstValue("ETag")).isEmpty();
		assertThat(browser().get("/kamala/complaints").body()).contains("<html lang=\"th\"");
	}

	@Test
	void theLinkCheckerFailsALinkThatDoesNotOpenAndPassesOneThatDoes() {
		UUID thungThong = jdbc.sql("select id from station where code = 'thung-thong'").query(UUID.class).single();
		publishing.setLink(thungThong, "eservice.report", "/thung-thong/e-services", "test");
		// The portal itself answers at this address, but a published link may not reach the portal's own host.
		publishing.setLink(thungThong, "eservice.fine", "http://127.0.0.1:" + port + "/thung-thong", "test");
		for (String guide : List.of("eservice.report.guide", "eservice.fine.guide")) {
			publishing.publishText(thungThong, FY2567, guide, "th", "ขั้นตอนที่ 1", "test");
			publishing.publishText(thungThong, FY2567, guide, "en", "Step 1", "test");
		}
		// Published staff development criteria whose stored file is then lost from the disk.
		UUID manual = publishPdf("thung-thong", "O16", "hr-development", null, "หลักเกณฑ์การพัฒนากำลังพล สภ.ทุ่งทอง",
				"Thung Thong staff development criteria");
		String sha256 = jdbc.sql("select f.sha256 from stored_file f join disclosure_document d on d.file_id = f.id where d.id = ?")
			.param(manual).query(String.class).single();
		java.nio.file.Path stored = java.nio.file.Path.of(environment.getRequiredProperty("prongsai.files.root"))
			.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
		assertThat(stored).exists();
		Browser admin = browser();
		admin.signIn("thungthong.admin", DEMO_PASSWORD);
		String before = admin.get("/admin/readiness?year=2567&cutOff=2024-05-15&lang=en").body();
		assertThat(elementRow(before, "Online crime report")).contains("not checked yet");
		assertThat(elementRow(before, "Staff development criteria")).contains("Pass");
		try {
			java.nio.file.Files.delete(stored);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}

		HttpResponse<String> checked = admin.post("/admin/readiness/links",
				Map.of("_csrf", Browser.csrfToken(before), "year", "2567"));
		assertThat(Browser.redirectTarget(checked)).isEqualTo("/admin/readiness?year=2567");
		// The check runs in the background: the request came back at once, and the page shows the result when it is there.
		LinkChecker.Run run = linkChecker.latest(thungThong).orElseThrow();
		assertThat(admin.get("/admin/readiness?year=2567&lang=en").body())
			.containsAnyOf("Checking the links and files in the background", "links and files; ");
		assertThat(run.result()).succeedsWithin(java.time.Duration.ofMinutes(2));
		String after = admin.get("/admin/readiness?year=2567&cutOff=2024-05-15").body();
		assertThat(after).containsPattern("Checked \\d+ links and files; [2-9]\\d* did not open");
		assertThat(elementRow(after, "Online crime report")).contains("Pass", "The link works");
		assertThat(elementRow(after, "Online fine payment")).contains("Fail", "did not open when last checked");
		assertThat(elementRow(after, "Staff development criteria"))
			.contains("Fail", "The PDF file did not open from the page when links were last checked");
	}

	static final FiscalYear FY2567 = FiscalYear.of(2567);

	UUID stationId(String code) {
		return jdbc.sql("select id from station where code = ?").param(code).query(UUID.class).single();
	}

	UUID publishPdf(String station, String item, String kind, YearMonth month, String th, String en) {
		try (org.prongsai.platform.files.CheckedFile pdf = files.check(org.prongsai.platform.files.FileUse.PUBLICATION,
				en + ".pdf", new ByteArrayInputStream(SampleDocuments.pdf(en)))) {
			return publishing.publishDocument(stationId(station), FY2567, item, kind, month, null, new LocalizedText(th, en),
					pdf, "scenario");
		}
	}

	@Test
	void financePlansTheBudgetAndTheSixMonthReportIsPublishedOnlyAsTheCommanderAcknowledgedIt() throws Exception {
		Browser finance = browser();
		finance.signIn("kamala.finance", DEMO_PASSWORD);
		String page = finance.get("/admin/budget?year=2567").body();
		assertThat(page).contains("แผนการใช้จ่ายงบประมาณ ปีงบประมาณ พ.ศ. 2567", "ค่าตอบแทนการปฏิบัติงานนอกเวลาราชการ", "1,470,000.00");
		String csrf = Browser.csrfToken(page);
		long lines = jdbc.sql("select count(*) from budget_line").query(Long.class).single();
		long paid = jdbc.sql("select count(*) from budget_disbursement").query(Long.class).single();

		HttpResponse<String> notAnAmount = finance.postFields("/admin/budget/lines", "_csrf", csrf, "year", "2567", "source",
				"national", "category", "operating", "description", "ค่าซ่อมบำรุงอาคารที่ทำการ", "q1", "", "q2", "25,000.5x");
		assertThat(notAnAmount.statusCode()).isEqualTo(200);
		assertThat(notAnAmount.body()).contains("&quot;25,000.5x&quot; ไม่ใช่จำนวนเงินที่ใช้ได้", "ค่าซ่อมบำรุงอาคารที่ทำการ",
				"value=\"25,000.5x\"");
		assertThat(finance.postFields("/admin/budget/lines", "_csrf", csrf, "year", "2567", "source", "national", "category",
				"operating", "description", "ค่าซ่อมบำรุงอาคารที่ทำการ").body()).contains("กรุณากรอกวงเงินอย่างน้อยหนึ่งไตรมาส");
		assertThat(finance.postFields("/admin/budget/lines", "_csrf", csrf, "year", "2567", "source", "lottery", "category",
				"operating", "description", "ค่าซ่อมบำรุงอาคารที่ทำการ", "q1", "100").body()).contains("กรุณาเลือกแหล่งของเงินจากรายการ");
		UUID overtime = jdbc.sql("select l.id from budget_line l join station s on s.id = l.station_id where s.code = 'kamala'"
				+ " and l.description = 'ค่าตอบแทนการปฏิบัติงานนอกเวลาราชการ'").query(UUID.class).single();
		assertThat(finance.postFields("/admin/budget/disbursements", "_csrf", csrf, "year", "2567", "line", overtime.toString(),
				"paidOn", "2024-10-01", "amount", "1,000").body()).contains("วันที่เบิกจ่ายต้องอยู่ในปีงบประมาณ พ.ศ. 2567");
		assertThat(jdbc.sql("select count(*) from budget_line").query(Long.class).single()).isEqualTo(lines);
		assertThat(jdbc.sql("select count(*) from budget_disbursement").query(Long.class).single()).isEqualTo(paid);

		// Another station's plan is neither shown nor reachable, and nothing can be paid against it.
		Browser thungThong = browser();
		thungThong.signIn("thungthong.admin", DEMO_PASSWORD);
		thungThong.postFields("/admin/budget/lines", "_csrf", Browser.csrfToken(thungThong.get("/admin/budget?year=2567").body()),
				"year", "2567", "source", "revenue", "category", "other", "description", "งบของสถานีทุ่งทอง", "q1", "5,000");
		UUID theirs = jdbc.sql("select id from budget_line where description = 'งบของสถานีทุ่งทอง'").query(UUID.class).single();
		assertThat(finance.get("/admin/budget/lines/" + theirs).statusCode()).isEqualTo(404);
		assertThat(finance.post("/admin/budget/lines/" + theirs + "/delete", Map.of("_csrf", csrf, "version", "0")).statusCode())
			.isEqualTo(404);
		assertThat(finance.postFields("/admin/budget/disbursements", "_csrf", csrf, "year", "2567", "line", theirs.toString(),
				"paidOn", "2024-01-05", "amount", "100").body()).contains("กรุณาเลือกรายการตามแผนของปีงบประมาณนี้");
		assertThat(finance.get("/admin/budget?year=2567").body()).doesNotContain("งบของสถานีทุ่งทอง");
		assertThat(jdbc.sql("select count(*) from budget_disbursement").query(Long.class).single()).isEqualTo(paid);

		// A new line and a payment against it change the report the commander acknowledged: it must be acknowledged again.
		HttpResponse<String> added = finance.postFields("/admin/budget/lines", "_csrf", csrf, "year", "2567", "source", "national",
				"category", "operating", "description", "ค่าซ่อมบำรุงอาคารที่ทำการ", "q1", "", "q2", "25,000.50");
		assertThat(Browser.redirectTarget(added)).isEqualTo("/admin/budget?year=2567");
		UUID repairs = jdbc.sql("select id from budget_line where description = 'ค่าซ่อมบำรุงอาคารที่ทำการ'").query(UUID.class).single();
		finance.postFields("/admin/budget/disbursements", "_csrf", csrf, "year", "2567", "line", repairs.toString(), "paidOn",
				"2024-03-15", "amount", "20,000", "note", "ซ่อมหลังคา");
		assertThat(finance.get("/admin/budget/report?year=2567").body()).contains("ไม่มีผลแล้ว", "845,500.00");
		List<UUID> reportFiles = currentDocuments("budget-report");
		HttpResponse<String> refused = finance.post("/admin/budget/report/publish", Map.of("_csrf", csrf, "year", "2567"));
		assertThat(finance.get(Browser.redirectTarget(refused)).body())
			.contains("เผยแพร่ไม่ได้: ตัวเลขหรือข้อความของรายงานเปลี่ยนไปหลังจากหัวหน้าสถานีรับทราบ");
		assertThat(currentDocuments("budget-report")).isEqualTo(reportFiles);
		assertThat(finance.post("/admin/budget/report/acknowledge", Map.of("_csrf", csrf, "year", "2567", "fingerprint", "x"))
			.statusCode()).as("only the commander acknowledges").isEqualTo(403);

		Browser commander = browser();
		commander.signIn("kamala.commander", DEMO_PASSWORD);
		assertThat(commander.get("/admin/budget?year=2567").statusCode()).as("the commander reads the report, not the plan's forms")
			.isEqualTo(403);
		String report = commander.get("/admin/budget/report?year=2567").body();
		assertThat(report).contains("ค่าซ่อมบำรุงอาคารที่ทำการ", "845,500.00", "ไม่มีผลแล้ว").doesNotContain("name=\"problems\"");
		Matcher fingerprint = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]{64})\"").matcher(report);
		assertThat(fingerprint.find()).isTrue();
		String commanderCsrf = Browser.csrfToken(report);
		HttpResponse<String> stale = commander.post("/admin/budget/report/acknowledge",
				Map.of("_csrf", commanderCsrf, "year", "2567", "fingerprint", "0".repeat(64)));
		assertThat(commander.get(Browser.redirectTarget(stale)).body()).contains("รายงานมีการเปลี่ยนแปลงหลังจากที่เปิดอ่าน");
		commander.post("/admin/budget/report/acknowledge",
				Map.of("_csrf", commanderCsrf, "year", "2567", "fingerprint", fingerprint.group(1)));
		assertThat(commander.get("/admin/budget/report?year=2567").body()).contains("หัวหน้าสถานีรับทราบแล้ว: พ.ต.อ.สมมติ รักษ์ธรรม");

		finance.post("/admin/budget/report/publish", Map.of("_csrf", csrf, "year", "2567"));
		assertThat(finance.get("/admin/budget/report?year=2567&lang=en").body()).contains("The six-month report is published");
		List<UUID> published = currentDocuments("budget-report");
		assertThat(published).as("PDF and XLSX, replacing the files before").hasSize(2).doesNotContainAnyElementsOf(reportFiles);
		String o12 = browser().get("/kamala/oit/2567/O12").body();
		assertThat(o12).contains("/kamala/oit/2567/files/" + published.get(0), "/kamala/oit/2567/files/" + published.get(1),
				"รายงานผลการใช้จ่ายงบประมาณรอบ 6 เดือน ปีงบประมาณ พ.ศ. 2567 ข้อมูล ณ วันที่ 31 มีนาคม 2567");
		for (UUID old : reportFiles) {
			assertThat(o12).doesNotContain(old.toString());
		}
		String text = pdfText(browser().download("/kamala/oit/2567/files/" + published.get(0)).body());
		assertThat(text).contains("รายงานผลการใช้จ่ายงบประมาณรอบ 6 เดือน", "สถานีตำรวจภูธรกมลา", "ค่าซ่อมบำรุงอาคารที่ทำการ",
				"25,000.50", "20,000.00", "80.00", "895,000.50", "845,500.00", "ปัญหาและอุปสรรค", "ทราบ", "(พ.ต.อ.สมมติ รักษ์ธรรม)",
				"ข้อมูล ณ วันที่ 31 มีนาคม 2567", "หน้า 1 จาก");
		assertThat(text).as("the report is addressed to the head of the station, whose acknowledgement it carries")
			.contains("เรียน หัวหน้าสถานีตำรวจภูธรกมลา เพื่อโปรดทราบ");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
				browser().download("/kamala/oit/2567/files/" + published.get(1)).body()))) {
			Sheet rows = workbook.getSheet("report");
			assertThat(rows.getNumMergedRegions()).isZero();
			assertThat(rows.getLastRowNum()).isEqualTo(6);
			assertThat(cells(rows.getRow(0))).startsWith("fiscal_year", "as_of", "sequence");
			Row repairRow = rows.getRow(4);
			assertThat(repairRow.getCell(7).getStringCellValue()).isEqualTo("ค่าซ่อมบำรุงอาคารที่ทำการ");
			assertThat(repairRow.getCell(9).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
			assertThat(repairRow.getCell(9).getNumericCellValue()).isEqualTo(25000.5);
			assertThat(repairRow.getCell(14).getNumericCellValue()).isEqualTo(20000);
			assertThat(workbook.getSheet("disbursements").getLastRowNum()).as("October to March only").isEqualTo(21);
			assertThat(workbook.getSheet("metadata")).isNotNull();
		}

		// The plan, published from the same screen, replaces the uploaded plan on the same page.
		finance.post("/admin/budget/publish", Map.of("_csrf", csrf, "year", "2567"));
		List<UUID> plan = currentDocuments("budget-plan");
		assertThat(plan).hasSize(2);
		assertThat(browser().get("/kamala/oit/2567/O12").body()).contains("/kamala/oit/2567/files/" + plan.get(0));
		assertThat(pdfText(browser().download("/kamala/oit/2567/files/" + plan.get(0)).body()))
			.contains("แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567", "รวมงบประมาณแผ่นดิน", "1,495,000.50");

		HttpResponse<String> data = browser().get("/kamala/data/budget.json");
		assertThat(data.body()).contains("\"periods\":[\"2024-03\"]", "\"description\":\"ค่าซ่อมบำรุงอาคารที่ทำการ\"",
				"\"planned_q2_baht\":25000.50", "\"disbursed_baht\":20000.00", "\"percent_of_first_half\":80.00",
				"\"as_of\":\"2024-03-31\"");
		assertThat(browser().get("/kamala/data/budget.csv").body()).startsWith("\uFEFF\"fiscal_year\",\"as_of\",\"sequence\"")
			.contains("\"2567\",\"2024-03-31\",\"4\",\"national\",\"งบประมาณแผ่นดิน\",\"operating\",\"งบดำเนินงาน\",\"ค่าซ่อมบำรุงอาคารที่ทำการ\"");
		assertThat(browser().get("/api/3/action/package_show?id=kamala-budget").body()).contains("\"update_frequency_interval\":6",
				"\"stale\":", "/kamala/data/budget.csv\"");
		assertThat(browser().get("/kamala/data/catalog.ttl").body()).contains("/kamala/data/budget>", "frequency/ANNUAL_2>");
		assertThat(audit.recent(stationId("kamala"), 40)).extracting(e -> e.action()).contains("reporting.budget.line.recorded",
				"reporting.budget.disbursement.recorded", "reporting.budget.report.acknowledged", "disclosure.document.published");
	}

	@Test
	void theInvestigationFundIsPublishedAsOfTheEndOfTheSecondQuarterAsPdfExcelAndWord() throws Exception {
		Browser finance = browser();
		finance.signIn("kamala.finance", DEMO_PASSWORD);
		String page = finance.get("/admin/investigation-fund?year=2567").body();
		assertThat(page).contains("เงินกองทุนเพื่อการสืบสวนและสอบสวนคดีอาญา ปีงบประมาณ พ.ศ. 2567", "32,500.00", "12,500.00");
		String csrf = Browser.csrfToken(page);
		String version = jdbc.sql("select q.version from investigation_fund_quarter q join station s on s.id = q.station_id"
				+ " where s.code = 'kamala' and q.fiscal_year = 2567 and q.fund_quarter = 2").query(Integer.class).single().toString();

		HttpResponse<String> overspent = finance.postFields("/admin/investigation-fund/quarters/2", "_csrf", csrf, "year", "2567",
				"version", version, "allocated", "45,000", "spent", "120,000", "cases", "8");
		assertThat(overspent.body()).contains("ยอดใช้จ่ายเกินเงินที่มีอยู่ ทำให้เงินคงเหลือ ณ สิ้นไตรมาส 2 ติดลบ", "value=\"120,000\"");
		assertThat(finance.postFields("/admin/investigation-fund/quarters/2", "_csrf", csrf, "year", "2567", "version", version,
				"allocated", "45,000", "spent", "50,000", "cases", "-1").body()).contains("จำนวนคดีต้องเป็นจำนวนเต็มไม่ติดลบ");
		assertThat(jdbc.sql("select q.spent from investigation_fund_quarter q join station s on s.id = q.station_id"
				+ " where s.code = 'kamala' and q.fiscal_year = 2567 and q.fund_quarter = 2").query(java.math.BigDecimal.class).single())
			.isEqualByComparingTo("51000");

		Browser thungThong = browser();
		thungThong.signIn("thungthong.admin", DEMO_PASSWORD);
		thungThong.postFields("/admin/investigation-fund/quarters/1", "_csrf",
				Browser.csrfToken(thungThong.get("/admin/investigation-fund?year=2567").body()), "year", "2567", "allocated", "20,000",
				"spent", "5,000", "cases", "1", "note", "บันทึกของสถานีทุ่งทอง");
		assertThat(thungThong.get("/admin/investigation-fund?year=2567").body()).contains("บันทึกของสถานีทุ่งทอง");
		assertThat(finance.get("/admin/investigation-fund?year=2567").body()).doesNotContain("บันทึกของสถานีทุ่งทอง", "20,000.00");

		HttpResponse<String> saved = finance.postFields("/admin/investigation-fund/quarters/2", "_csrf", csrf, "year", "2567",
				"version", version, "allocated", "45,000", "spent", "50,000.50", "cases", "9", "note", "คดีลักทรัพย์นักท่องเที่ยว");
		assertThat(Browser.redirectTarget(saved)).isEqualTo("/admin/investigation-fund?year=2567");
		assertThat(finance.get("/admin/investigation-fund?year=2567").body()).contains("50,000.50", "7,499.50");
		HttpResponse<String> stale = finance.postFields("/admin/investigation-fund/quarters/2", "_csrf", csrf, "year", "2567",
				"version", version, "allocated", "45,000", "spent", "1", "cases", "9");
		assertThat(stale.body()).as("a form opened before the change").contains("มีผู้แก้ไขรายการนี้ไปก่อนแล้ว");

		HttpResponse<String> missing = finance.post("/admin/investigation-fund/publish", Map.of("_csrf", csrf, "year", "2567",
				"quarter", "3"));
		assertThat(finance.get(Browser.redirectTarget(missing)).body()).contains("ยังไม่ได้บันทึกตัวเลขของไตรมาส 3");
		byte[] preview = finance.download("/admin/investigation-fund/report/2567-q2.pdf").body();
		assertThat(finance.download("/admin/investigation-fund/report/2567-q2.pdf").body()).as("the same figures, the same bytes")
			.isEqualTo(preview);

		finance.post("/admin/investigation-fund/publish", Map.of("_csrf", csrf, "year", "2567", "quarter", "2"));
		assertThat(finance.get("/admin/investigation-fund?year=2567&lang=en").body()).contains("The fund report is published");
		List<UUID> files = currentDocuments("investigation-fund");
		assertThat(files).as("DOCX, PDF and XLSX, replacing the uploaded ones").hasSize(3);
		assertThat(jdbc.sql("select count(*) from disclosure_document where id in (:ids) and as_of = '2024-03-31'"
				+ " and title_en = 'Criminal investigation fund, fiscal year 2567, quarters 1 to 2, as of 31 March 2024'")
			.param("ids", files).query(Long.class).single()).isEqualTo(3);
		String o13 = browser().get("/kamala/oit/2567/O13").body();
		files.forEach(id -> assertThat(o13).contains("/kamala/oit/2567/files/" + id));
		assertThat(pdfText(browser().download("/kamala/oit/2567/files/" + files.get(1)).body())).contains(
				"ข้อมูลเงินกองทุนเพื่อการสืบสวนและสอบสวน", "ไตรมาสที่ 1–2", "สถานีตำรวจภูธรกมลา", "50,000.50", "82,500.50",
				"7,499.50", "ข้อมูล ณ วันที่ 31 มีนาคม 2567");
		try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new ByteArrayInputStream(browser().download("/kamala/oit/2567/files/" + files.get(0)).body()))) {
			assertThat(word.getTables()).hasSize(1);
			org.apache.poi.xwpf.usermodel.XWPFTable table = word.getTables().get(0);
			assertThat(table.getRows()).hasSize(4);
			assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("ไตรมาส");
			assertThat(table.getRow(2).getCell(3).getText()).isEqualTo("50,000.50");
			assertThat(table.getRow(3).getCell(0).getText()).isEqualTo("รวม");
			assertThat(table.getRow(3).getCell(4).getText()).isEqualTo("7,499.50");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
				browser().download("/kamala/oit/2567/files/" + files.get(2)).body()))) {
			Sheet fund = workbook.getSheet("fund");
			assertThat(fund.getLastRowNum()).isEqualTo(2);
			assertThat(fund.getRow(2).getCell(5).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
			assertThat(fund.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(50000.5);
			assertThat(fund.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(7499.5);
			assertThat(workbook.getSheet("metadata")).isNotNull();
		}
		finance.post("/admin/investigation-fund/publish", Map.of("_csrf", csrf, "year", "2567", "quarter", "2"));
		assertThat(finance.get("/admin/investigation-fund?year=2567&lang=en").body()).contains("unchanged since it was published");
		assertThat(currentDocuments("investigation-fund")).isEqualTo(files);

		assertThat(browser().get("/kamala/data/investigation-fund.json").body()).contains("\"periods\":[\"2023-12\",\"2024-03\"]",
				"\"quarter\":2", "\"spent_baht\":50000.50", "\"balance_baht\":7499.50", "\"cases_supported\":9");
		assertThat(browser().get("/api/3/action/package_show?id=kamala-investigation-fund").body())
			.contains("\"update_frequency_interval\":3");
		Browser publisher = browser();
		publisher.signIn("kamala.publisher", DEMO_PASSWORD);
		assertThat(publisher.get("/admin/investigation-fund").statusCode()).isEqualTo(403);
		assertThat(audit.recent(stationId("kamala"), 20)).extracting(e -> e.action()).contains("reporting.fund.recorded");
	}

	@Test
	void theComplaintStatisticsAreComputedFromTheRecordsPublishedToO17AndReadinessSeesThem() throws Exception {
		UUID kamala = stationId("kamala");
		UUID unit = jdbc.sql("select id from org_unit where station_id = ? order by position").param(kamala).query(UUID.class)
			.list().get(0);
		ComplaintFixtures.complaint(jdbc, kamala, "BRIBERY", unit, ComplaintFixtures.bangkok(2023, 10, 3, 10, 0), "CONCLUDED",
				ComplaintFixtures.bangkok(2023, 12, 1, 10, 0));
		ComplaintFixtures.complaint(jdbc, kamala, "BRIBERY", unit, ComplaintFixtures.bangkok(2023, 11, 7, 10, 0), "CONCLUDED",
				ComplaintFixtures.bangkok(2024, 2, 1, 10, 0));
		ComplaintFixtures.complaint(jdbc, kamala, "BRIBERY", null, ComplaintFixtures.bangkok(2023, 12, 12, 10, 0), "INVESTIGATING",
				ComplaintFixtures.bangkok(2024, 1, 4, 10, 0), "CONCLUDED", ComplaintFixtures.bangkok(2024, 4, 20, 10, 0));
		ComplaintFixtures.complaint(jdbc, kamala, "NEGLECT", null, ComplaintFixtures.bangkok(2024, 2, 10, 10, 0));
		ComplaintFixtures.complaint(jdbc, kamala, "OTHER", null, ComplaintFixtures.bangkok(2024, 5, 5, 10, 0), "CONCLUDED",
				ComplaintFixtures.bangkok(2024, 6, 1, 10, 0));

		// The demo's uploaded statistics are withdrawn, so the element has nothing until the generated ones come.
		currentDocuments("complaint-statistics").forEach(id -> publishing.withdrawDocument(kamala, id, "scenario"));
		Browser commander = browser();
		commander.signIn("kamala.commander", DEMO_PASSWORD);
		String readiness = "/admin/readiness?year=2567&cutOff=2024-05-15&lang=en";
		String statisticsElement = "First six months&#39; complaint statistics: received, completed, in progress";
		assertThat(elementRow(commander.get(readiness).body(), statisticsElement)).contains("Fail", "Still missing a file in PDF");
		assertThat(elementRow(commander.get(readiness).body(), "The statistics are as of 31 March")).contains("Fail");
		assertThat(context.getBean(org.prongsai.readiness.Readiness.class)
			.evaluate(kamala, FiscalYear.of(2567), LocalDate.of(2024, 5, 15)).orElseThrow().items().stream()
			.filter(i -> i.item().code().equals("O17")).flatMap(i -> i.elements().stream())
			.filter(e -> !e.element().id().equals("channel")).map(org.prongsai.readiness.ElementResult::fixPath))
			.as("readiness sends the station where the statistics are made").containsOnly("/admin/complaint-statistics?year=2567");

		Browser officer = browser();
		officer.signIn("kamala.complaints", DEMO_PASSWORD);
		String page = officer.get("/admin/complaint-statistics?year=2567&lang=en").body();
		assertThat(page).contains("as of 30 September 2024", "First six months, 1 October 2023 – 31 March 2024",
				"Fiscal year, 1 October 2023 – 30 September 2024", "Asking for or taking a bribe", "&lt; 3", "chart-complaints-by-month");
		assertThat(officer.get("/admin/complaint-statistics?year=2567&lang=th").body()).contains("น้อยกว่า 3", "เรียกรับสินบนหรือผลประโยชน์");
		assertThat(officer.get("/admin/complaint-statistics").statusCode()).as("the year of the last whole day").isEqualTo(200);
		assertThat(officer.get("/admin/complaint-statistics?year=2599").statusCode()).as("a year not begun").isEqualTo(404);
		String csrf = Browser.csrfToken(page);
		HttpResponse<String> published = officer.post("/admin/complaint-statistics/publish", Map.of("_csrf", csrf, "year", "2567"));
		assertThat(Browser.redirectTarget(published)).isEqualTo("/admin/complaint-statistics?year=2567");
		assertThat(officer.get("/admin/complaint-statistics?year=2567&lang=en").body())
			.contains("The complaint statistics are published");
		List<UUID> files = currentDocuments("complaint-statistics");
		assertThat(files).as("PDF and XLSX").hasSize(2);
		assertThat(jdbc.sql("select count(*) from disclosure_document where id in (:ids) and as_of = '2024-09-30' and item_code = 'O17'"
				+ " and title_en = 'Corruption and misconduct complaint statistics, fiscal year 2567, as of 30 September 2024'")
			.param("ids", files).query(Long.class).single()).isEqualTo(2);

		String dashboard = commander.get(readiness).body();
		assertThat(elementRow(dashboard, statisticsElement)).contains("Pass");
		assertThat(elementRow(dashboard, "The statistics are as of 31 March")).contains("Pass");

		String o17 = browser().get("/kamala/oit/2567/O17").body();
		files.forEach(id -> assertThat(o17).contains("/kamala/oit/2567/files/" + id));
		assertThat(o17).contains("สถิติเรื่องร้องเรียน ข้อมูล ณ วันที่ 30 กันยายน 2567", "รอบ 6 เดือนแรก 1 ตุลาคม 2566 – 31 มีนาคม 2567",
				"<th scope=\"row\"", "chart-complaints-by-month", "น้อยกว่า 3");
		Matcher totals = Pattern.compile("<td class=\"govuk-table__cell govuk-table__cell--numeric\">(\\d+)</td>").matcher(o17);
		List<String> numbers = new ArrayList<>();
		while (totals.find() && numbers.size() < 6) {
			numbers.add(totals.group(1));
		}
		// With the demo's three complaints of 2567 (one concluded before 31 March, two after it).
		assertThat(numbers).as("six months: 7, 3, 4; the year: 8, 7, 1").containsExactly("7", "3", "4", "8", "7", "1");

		String text = pdfText(browser().download("/kamala/oit/2567/files/" + files.get(0)).body()).replaceAll("\\s+", " ");
		assertThat(text).contains("สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "สถานีตำรวจภูธรกมลา", "เรียกรับสินบนหรือผลประโยชน์",
				"น้อยกว่า 3", "ข้อมูล ณ วันที่ 30 กันยายน 2567").doesNotContain("ไม่มีเรื่องร้องเรียน");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
				browser().download("/kamala/oit/2567/files/" + files.get(1)).body()))) {
			Row half = workbook.getSheet("totals").getRow(1);
			assertThat(half.getCell(3).getNumericCellValue()).isEqualTo(7);
			assertThat(half.getCell(4).getNumericCellValue()).isEqualTo(3);
			assertThat(half.getCell(5).getNumericCellValue()).isEqualTo(4);
		}

		officer.post("/admin/complaint-statistics/publish", Map.of("_csrf", csrf, "year", "2567"));
		assertThat(officer.get("/admin/complaint-statistics?year=2567&lang=en").body()).contains("unchanged since they were published");
		assertThat(currentDocuments("complaint-statistics")).isEqualTo(files);
		assertThat(audit.recent(kamala, 20)).extracting(e -> e.action()).contains("disclosure.document.published");

		Browser publisher = browser();
		publisher.signIn("kamala.publisher", DEMO_PASSWORD);
		assertThat(publisher.get("/admin/complaint-statistics").statusCode()).isEqualTo(403);
		Browser region = browser();
		region.signIn("region8.admin", DEMO_PASSWORD);
		assertThat(region.get("/admin/complaint-statistics/region?year=2567&lang=en").body()).contains("Kamala", "Thung Thong",
				"Whole region");
	}

	/** The ids of kamala's current FY2567 documents of a kind, by format. */
	private List<UUID> currentDocuments(String kind) {
		return jdbc.sql("select d.id from disclosure_document d join station s on s.id = d.station_id where s.code = 'kamala'"
				+ " and d.fiscal_year = 2567 and d.document_kind = :kind and d.withdrawn_at is null order by d.format")
			.param("kind", kind).query(UUID.class).list();
	}

	@Test
	void itemPageShowsWhatWasPublishedInThaiAndEnglishWithTheStationsOwnRecords() {
		UUID kamala = stationId("kamala");
		publishing.publishText(kamala, FY2567, "anti-bribery-policy#objective", "th", "สถานีไม่รับของขวัญ\n\nแจ้งเบาะแสได้ที่ 1599",
				"scenario");
		publishing.publishText(kamala, FY2567, "anti-bribery-policy#objective", "en", "The station accepts no gifts.\n\nReport to 1599.",
				"scenario");
		UUID infographic = publishPdf("kamala", "O18", "no-gift-infographic", null, "อินโฟกราฟิกไม่รับของขวัญ", "No Gift infographic");
		publishing.publishNews(kamala, "commander-integrity", LocalDate.of(2023, 11, 2), new LocalizedText("ข่าวเก่า", "Older news"),
				new LocalizedText("เนื้อหา", "Body"), "scenario");
		publishing.publishNews(kamala, "commander-integrity", LocalDate.of(2024, 2, 14), new LocalizedText("ข่าวใหม่", "Newer news"),
				new LocalizedText("เนื้อหา", "Body"), "scenario");
		publishing.publishFact(kamala, FY2567, "area.population", new LocalizedText("ประชากร 12,345 คน", "12,345 residents"),
				LocalDate.of(2024, 2, 1), "scenario");
		publishing.setLink(kamala, "eservice.report", "https://thaipoliceonline.go.th", "scenario");

		Browser visitor = browser();
		String thai = visitor.get("/kamala/oit/2567/O18").body();
		assertThat(thai).contains("<html lang=\"th\"", "O18 ประกาศนโยบายต่อต้านการรับสินบน", "เผยแพร่ล่าสุดเมื่อ",
				"<div lang=\"th\"><h4 class=\"govuk-heading-s\">วัตถุประสงค์</h4><p class=\"govuk-body\">สถานีไม่รับของขวัญ</p><p class=\"govuk-body\">แจ้งเบาะแสได้ที่ 1599</p>",
				"<div lang=\"en\"><h4 class=\"govuk-heading-s\">Objective</h4><p class=\"govuk-body\">The station accepts no gifts.</p>", "อินโฟกราฟิกไม่รับของขวัญ",
				"href=\"/kamala/oit/2567/files/" + infographic + "\"", ">PDF<");
		String english = visitor.get("/kamala/oit/2567/O18?lang=en").body();
		assertThat(english).contains("<html lang=\"en\"", "Anti-bribery policy", "No Gift infographic",
				"<div lang=\"th\"><h4 class=\"govuk-heading-s\">วัตถุประสงค์</h4><p class=\"govuk-body\">สถานีไม่รับของขวัญ</p>", "<div lang=\"en\">")
			.doesNotContain("อินโฟกราฟิกไม่รับของขวัญ");

		String news = visitor.get("/kamala/oit/2567/O19").body();
		assertThat(news.indexOf("Newer news")).as("newest first").isPositive().isLessThan(news.indexOf("Older news"));
		assertThat(visitor.get("/kamala/oit/2567/O2").body()).contains("12,345 residents", "Data as of 1 February 2024",
				"Receiving complaints, criminal inquiries and case files for the prosecutor");
		assertThat(visitor.get("/kamala/oit/2567/O2?lang=th").body()).contains("ประชากร 12,345 คน", "ข้อมูล ณ วันที่ 1 กุมภาพันธ์ 2567");
		assertThat(visitor.get("/kamala/oit/2567/O1").body()).contains("พ.ต.อ.สมมติ รักษ์ธรรม", "ผู้กำกับการสถานีตำรวจภูธรกมลา",
				"href=\"tel:076000100\"", "งานป้องกันปราบปราม", ">40<", ">35<", "alt=\"พ.ต.อ.สมมติ รักษ์ธรรม\"");
		assertThat(visitor.get("/kamala/oit/2567/O5").body()).contains("href=\"mailto:kamala.demo@example.org\"",
				"href=\"tel:076000191\"", "https://www.openstreetmap.org/?mlat=7.950300");
		assertThat(visitor.get("/kamala/oit/2567/O10").body())
			.contains("<a class=\"govuk-link\" href=\"https://thaipoliceonline.go.th\" rel=\"noopener\"");

		HttpResponse<byte[]> file = visitor.download("/kamala/oit/2567/files/" + infographic);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				d -> assertThat(d).startsWith("attachment").contains("No Gift infographic.pdf"));
		assertThat(new String(file.body(), StandardCharsets.ISO_8859_1)).startsWith("%PDF").contains("No Gift infographic");
	}

	@Test
	void aPastDayShowsTheFileThatWasPublishedThenAndNotItsReplacement() {
		UUID first;
		UUID second;
		try {
			clock.set(Instant.parse("2024-04-10T03:00:00Z"));
			first = publishPdf("kamala", "O11", "crime-statistics", YearMonth.of(2024, 1), "สถิติคดีฉบับแรก", "First crime statistics");
			// 00:30 on 1 May in Bangkok, still 30 April in UTC: the day ends in Bangkok.
			clock.set(Instant.parse("2024-04-30T17:30:00Z"));
			second = publishPdf("kamala", "O11", "crime-statistics", YearMonth.of(2024, 1), "สถิติคดีฉบับแก้ไข",
					"Corrected crime statistics");
		}
		finally {
			clock.reset();
		}
		Browser visitor = browser();
		String then = visitor.get("/kamala/oit/2567/O11?at=2024-04-30").body();
		assertThat(then).contains("หน้านี้แสดงข้อมูลตามที่เผยแพร่ ณ สิ้นวันที่ 30 เมษายน 2567", "สถิติคดีฉบับแรก",
				"href=\"/kamala/oit/2567/files/" + first + "?at=2024-04-30\"", "href=\"/kamala/oit/2567/O11\"",
				"href=\"/kamala/oit/2567/O11?at=2024-04-30&amp;lang=en\" lang=\"en\"")
			.doesNotContain("สถิติคดีฉบับแก้ไข");
		assertThat(visitor.get("/kamala/oit/2567/O11?at=2024-05-01").body()).contains("สถิติคดีฉบับแก้ไข")
			.doesNotContain("สถิติคดีฉบับแรก");
		assertThat(visitor.get("/kamala/oit/2567/O11?at=2024-04-09").body()).doesNotContain("สถิติคดีฉบับ");
		String now = visitor.get("/kamala/oit/2567/O11").body();
		assertThat(now).contains("สถิติคดีฉบับแก้ไข", "ม.ค. 2567").doesNotContain("สถิติคดีฉบับแรก", "สิ้นวันที่");

		assertThat(visitor.download("/kamala/oit/2567/files/" + first).statusCode()).as("withdrawn now").isEqualTo(404);
		assertThat(visitor.download("/kamala/oit/2567/files/" + first + "?at=2024-04-30").statusCode()).isEqualTo(200);
		assertThat(visitor.download("/kamala/oit/2567/files/" + second + "?at=2024-04-30").statusCode())
			.as("not published yet then").isEqualTo(404);
		assertThat(visitor.download("/kamala/oit/2567/files/" + second).statusCode()).isEqualTo(200);

		for (String bad : List.of("30-04-2024", "yesterday", "2999-01-01")) {
			HttpResponse<String> refused = visitor.get("/kamala/oit/2567/O11?at=" + bad);
			assertThat(refused.statusCode()).as(bad).isEqualTo(400);
			assertThat(refused.body()).contains("คำขอไม่ถูกต้อง").doesNotContainIgnoringCase("exception");
		}
	}

	@Test
	void anotherStationsDocumentIsNotFoundUnderThisStationsAddress() {
		UUID theirs = publishPdf("thung-thong", "O3", "guideline-rights", null, "สิทธิผู้เสียหายของสถานีทุ่งทอง", "Rights of victims");
		Browser visitor = browser();
		assertThat(visitor.download("/thung-thong/oit/2567/files/" + theirs).statusCode()).isEqualTo(200);
		for (String path : List.of("/kamala/oit/2567/files/" + theirs, "/thung-thong/oit/2568/files/" + theirs,
				"/kamala/oit/2567/files/" + UUID.randomUUID(), "/kamala/oit/2567/files/not-an-id")) {
			assertThat(visitor.download(path).statusCode()).as(path).isEqualTo(404);
		}
		assertThat(visitor.get("/kamala/oit/2567/O3").body()).doesNotContain("สิทธิผู้เสียหายของสถานีทุ่งทอง", theirs.toString());
	}

	@Test
	void unknownItemsAndYearsAreNotFound() {
		Browser visitor = browser();
		for (String path : List.of("/kamala/oit/2567/O26", "/kamala/oit/2567/O0", "/kamala/oit/2567/o1", "/kamala/oit/2599",
				"/kamala/oit/2599/O1", "/kamala/oit/1999", "/kamala/oit/2567/urls.pdf", "/no-such-station/oit/2567/O1")) {
			HttpResponse<String> missing = visitor.get(path);
			assertThat(missing.statusCode()).as(path).isEqualTo(404);
			assertThat(missing.body()).as(path).contains("ไม่พบหน้าที่ต้องการ");
		}
	}

	@Test
	void oitOpensTheLatestYearWithCriteriaWhoseIndexLinksEveryItemAndTheExports() {
		HttpResponse<String> bare = browser().get("/kamala/oit");
		assertThat(bare.statusCode()).isEqualTo(302);
		assertThat(Browser.redirectTarget(bare)).isEqualTo("/kamala/oit/2567");

		String index = browser().get("/kamala/oit/2567").body();
		for (int n = 1; n <= 25; n++) {
			assertThat(index).contains("href=\"/kamala/oit/2567/O" + n + "\"");
		}
		assertThat(index).contains("aria-current=\"page\"", "ปีงบประมาณ พ.ศ. 2567", "href=\"/kamala/oit/2567/urls.csv\"",
				"href=\"/kamala/oit/2567/urls.xlsx\"");
		assertThat(browser().get("/kamala/oit/2567?lang=en").body()).contains("Structure, staffing and executives");
		assertThat(browser().get("/thung-thong/oit/2567").body()).as("a station that has hardly started")
			.contains("แสดงจากข้อมูลของสถานี");
		assertThat(browser().get("/thung-thong/oit/2567?lang=en").body()).contains("Not yet published");
	}

	@Test
	void exportsListEveryItemsAbsoluteAddressForTheAssessmentForm() throws Exception {
		Browser visitor = browser();
		String base = "http://localhost:" + port + "/kamala/oit/2567/";

		HttpResponse<byte[]> csv = visitor.download("/kamala/oit/2567/urls.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				d -> assertThat(d).contains("attachment", "kamala-oit-2567-urls.csv"));
		assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
		List<List<String>> rows = parseCsv(new String(csv.body(), StandardCharsets.UTF_8).substring(1));
		assertThat(rows).hasSize(26);
		assertThat(rows.get(0)).containsExactly("ข้อ", "ชื่อรายการ (ภาษาไทย)", "ชื่อรายการ (ภาษาอังกฤษ)", "ที่อยู่ (URL)");
		assertThat(rows.get(1)).containsExactly("O1", "โครงสร้าง อัตรากำลัง และข้อมูลผู้บริหาร",
				"Structure, staffing and executives", base + "O1");
		for (int n = 1; n <= 25; n++) {
			assertThat(rows.get(n).get(3)).isEqualTo(base + "O" + n);
			assertThat(visitor.get(rows.get(n).get(3)).statusCode()).as("the page the address names").isEqualTo(200);
		}

		HttpResponse<byte[]> xlsx = visitor.download("/kamala/oit/2567/urls.xlsx?lang=en");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type"))
			.hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet urls = workbook.getSheet("urls");
			assertThat(urls.getNumMergedRegions()).isZero();
			assertThat(urls.getLastRowNum()).isEqualTo(25);
			assertThat(cells(urls.getRow(0))).containsExactly("Item", "Title (Thai)", "Title (English)", "Address (URL)");
			for (int n = 1; n <= 25; n++) {
				assertThat(cells(urls.getRow(n))).as("row %d", n).hasSize(4).startsWith("O" + n).endsWith(base + "O" + n);
			}
			assertThat(cells(urls.getRow(18))).containsExactly("O18", "ประกาศนโยบายต่อต้านการรับสินบน",
					"Anti-bribery policy", base + "O18");
			Sheet metadata = workbook.getSheet("metadata");
			assertThat(metadata).isNotNull();
			assertThat(cells(metadata.getRow(0))).containsExactly("Station code", "kamala");
			assertThat(cells(metadata.getRow(2))).containsExactly("Fiscal year", "2567");
			assertThat(cells(metadata.getRow(3)).get(1)).matches("\\d{4}-\\d{2}-\\d{2}T.*\\+07:00");
		}
	}

	private static List<String> cells(Row row) {
		List<String> values = new ArrayList<>();
		row.forEach(cell -> values.add(cell.getStringCellValue()));
		return values;
	}

	/** RFC 4180: quoted fields with doubled quotes, CRLF between records. */
	private static List<List<String>> parseCsv(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				records.add(fields);
				fields = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		return records;
	}

	@Test
	void aRegionAdministratorSeesTheRegionsStationsWeakestFirst() {
		Browser region = browser();
		region.signIn("region8.admin", DEMO_PASSWORD);
		HttpResponse<String> response = region.get("/admin/region?year=2567&cutOff=2024-05-15");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		String page = response.body();
		int thungThong = page.indexOf("สถานีตำรวจภูธรทุ่งทอง");
		int kamala = page.indexOf("สถานีตำรวจภูธรกมลา");
		assertThat(thungThong).as("the station that has hardly started comes first").isPositive().isLessThan(kamala);
		assertThat(page).contains("ตำรวจภูธรภาค 8", " / 25");
		assertThat(region.get("/admin/region?year=1999").statusCode()).isEqualTo(404);

		Browser station = browser();
		station.signIn("kamala.admin", DEMO_PASSWORD);
		assertThat(station.get("/admin/region").statusCode()).isEqualTo(403);
	}

	@Test
	void personalDataPastItsTimeIsErasedAtTheTurnOfTheDayAndTheAuditChainStillHolds() throws Exception {
		long first = audit.recent(null, 1).get(0).seq() + 1;
		Browser citizen = browser();
		String reference = fileLostDocument(citizen, "Somkiat Retention");
		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		String csrf = Browser.csrfToken(officer.get("/admin/certificates/" + reference).body());
		assertThat(officer.post("/admin/certificates/" + reference + "/reject", Map.of("_csrf", csrf, "reason",
				"The document was found")).statusCode()).isEqualTo(302);
		String contact = "select coalesce(contact_email, '-') from lost_document_report where reference = :r";
		assertThat(jdbc.sql(contact).param("r", reference).query(String.class).single()).isEqualTo("somchai.jaidee@example.org");
		long last = audit.recent(null, 1).get(0).seq();
		assertThat(audit.recent(null, 10)).filteredOn(e -> e.action().equals("eservice.lost.rejected")).first()
			.satisfies(e -> {
				assertThat(e.clientAddress()).as("staff work keeps its address, for a while").isNotBlank();
				assertThat(e.afterSummary()).as("not the reason, which goes with the report").isEqualTo("REJECTED, with a reason");
			});
		assertThat(audit.recent(null, 10)).filteredOn(e -> e.action().equals("eservice.lost.filed")).first()
			.as("what the citizen sent names no one and keeps no address").satisfies(e -> {
				assertThat(e.actor()).isEqualTo("anonymous");
				assertThat(e.clientAddress()).isNull();
			});

		try {
			// Ninety days and a little later the day turns: the contact, the photo and every client address of the time are erased.
			clock.set(java.time.Instant.now().plus(java.time.Duration.ofDays(91)));
			context.publishEvent(org.springframework.modulith.moments.DayHasPassed.of(LocalDate.now(clock.withZone(FiscalYear.BANGKOK))
				.minusDays(1)));
			assertThat(jdbc.sql(contact).param("r", reference).query(String.class).single()).isEqualTo("-");
			assertThat(jdbc.sql("select count(*) from audit_entry where client_address is not null and seq between :first and :last")
				.param("first", first).param("last", last).query(Long.class).single()).isZero();
			assertThat(audit.recent(null, 20)).extracting(AuditEntryView::action)
				.contains("eservice.lost.contact-erased", "eservice.lost.photo-erased", "audit.client-addresses.erased");
			assertThat(jdbc.sql("select count(*) from lost_document_report where reference = :r and photo_id is null")
				.param("r", reference).query(Long.class).single()).as("the photo of the citizen's card").isOne();
			assertThat(audit.verify().intact()).isTrue();

			// The day's work is done once, however many instances turn the day.
			long done = audit.recent(null, 1).get(0).seq();
			context.publishEvent(org.springframework.modulith.moments.DayHasPassed.of(LocalDate.now(clock.withZone(FiscalYear.BANGKOK))
				.minusDays(1)));
			assertThat(audit.recent(null, 1).get(0).seq()).isEqualTo(done);
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void theAuditTrailKeepsNoTextStaffTypedForGood() {
		// What staff write in words may name a person; the record keeps it under its own retention, the trail for good.
		List<String> typed = jdbc.sql("""
				select title_th from disclosure_news union select title from operations_activity
				union select description from bill union select note from budget_disbursement
				union select problems from budget_year union select suggestions from budget_year
				union select body from disclosure_text union select decision_reason from lost_document_report
				union select revoked_reason from lost_document_certificate""")
			.query(String.class).list().stream().filter(text -> text != null && text.strip().length() >= 8)
			.map(text -> text.strip().substring(0, Math.min(30, text.strip().length()))).toList();
		assertThat(typed).as("the demo station's news, bills, budget notes, report and texts").hasSizeGreaterThan(10);

		List<String> summaries = jdbc.sql("select before_summary || ' ' || after_summary from audit_entry").query(String.class)
			.list();
		assertThat(typed).allSatisfy(text -> assertThat(summaries).noneMatch(summary -> summary.contains(text)));
	}

	/** The fields of the lost-document form as a citizen fills it in, with the page's CSRF and submission tokens. */
	private static Map<String, String> lostDocumentForm(String page, String lostOn, String holderName) {
		Matcher submission = Pattern.compile("name=\"submission\" value=\"([^\"]+)\"").matcher(page);
		assertThat(submission.find()).as("the form's submission token").isTrue();
		return new java.util.HashMap<>(Map.ofEntries(Map.entry("_csrf", Browser.csrfToken(page)),
				Map.entry("submission", submission.group(1)), Map.entry("documentType", "DRIVING_LICENCE"),
				Map.entry("documentOther", ""), Map.entry("documentNumber", "6200 1234 5678"),
				Map.entry("lostPlace", "Kamala beach car park"), Map.entry("lostOn", lostOn),
				Map.entry("holderName", holderName), Map.entry("holderIdKind", "PASSPORT"), Map.entry("holderIdTail", "K42Z"),
				Map.entry("phone", ""), Map.entry("email", "somchai.jaidee@example.org")));
	}

	/** A report filed through the public form with a photo; its reference as the citizen is shown it. */
	private String fileLostDocument(Browser citizen, String holderName) throws java.io.IOException {
		String today = LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).toString();
		Map<String, String> form = lostDocumentForm(citizen.get("/kamala/e-services/lost-document?lang=en").body(), today,
				holderName);
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
		String csrf = form.remove("_csrf");
		HttpResponse<String> filed = citizen.upload("/kamala/e-services/lost-document", csrf, "photo", "slip.png",
				"image/png", png.toByteArray(), form);
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
		Matcher reference = Pattern.compile("id=\"reference\">([0-9A-Z]{10})<")
			.matcher(citizen.get(Browser.redirectTarget(filed)).body());
		assertThat(reference.find()).as("the reference shown").isTrue();
		return reference.group(1);
	}

	/** The one QR code of a one-page PDF, read back from its image. */
	private static String qrCodeOf(byte[] pdf) throws Exception {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("one page").isEqualTo(1);
		}
		List<String> decoded = qrCodes(pdf);
		assertThat(decoded).as("the QR codes read back from the PDF's image").hasSize(1);
		return decoded.get(0);
	}

	/** The officer issues the certificate of a report; its verification path, from the QR code of its PDF. */
	private String issueCertificate(Browser officer, String reference) throws Exception {
		String csrf = Browser.csrfToken(officer.get("/admin/certificates/" + reference + "?lang=en").body());
		assertThat(officer.post("/admin/certificates/" + reference + "/issue", Map.of("_csrf", csrf)).statusCode()).isEqualTo(302);
		assertThat(officer.get("/admin/certificates/" + reference + "?lang=en").body()).contains("The certificate is issued");
		HttpResponse<byte[]> pdf = officer.download("/admin/certificates/" + reference + "/certificate.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text = pdfText(pdf.body());
		assertThat(text).contains("หนังสือรับรองการแจ้งเอกสารหาย", "Certificate of a lost-document report", "สถานีตำรวจภูธรกมลา",
				"ใบอนุญาตขับรถ (Driving licence)", "ลงท้ายด้วย K42Z", "ลงท้ายด้วย 5678", "Kamala beach car park", reference,
				"ส.ต.อ.ตัวอย่าง ขยัน")
			.doesNotContain("6200", "somchai.jaidee@example.org");
		String address = qrCodeOf(pdf.body());
		assertThat(address).matches("http://localhost:" + port + "/kamala/verify/[A-Za-z0-9_-]{96}");
		return address.substring(("http://localhost:" + port).length());
	}

	@Test
	void aLostDocumentReportBecomesACertificateAnyoneCanVerifyUntilItIsRevoked() throws Exception {
		String reports = "select count(*) from lost_document_report";
		String storedFiles = "select count(*) from stored_file";
		long reportsBefore = jdbc.sql(reports).query(Long.class).single();
		long filesBefore = jdbc.sql(storedFiles).query(Long.class).single();
		long since = audit.recent(null, 1).get(0).seq();
		assertThat(browser().get("/kamala/e-services?lang=en").body()).contains("href=\"/kamala/e-services/lost-document\"");

		// Refused: a date in the future, a full ID number, no contact, a 20 MB photo. Nothing is kept.
		Browser citizen = browser();
		String page = citizen.get("/kamala/e-services/lost-document?lang=en").body();
		assertThat(page).contains("Report a lost document", "enctype=\"multipart/form-data\"", "name=\"_csrf\"");
		String tomorrow = LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).plusDays(1).toString();
		assertThat(citizen.post("/kamala/e-services/lost-document?lang=en", lostDocumentForm(page, tomorrow, "Somchai Jaidee"))
			.body()).contains("The date of loss cannot be in the future");
		Map<String, String> fullNumber = lostDocumentForm(page, "2024-01-05", "Somchai Jaidee");
		fullNumber.put("holderIdTail", "AA1234567");
		assertThat(citizen.post("/kamala/e-services/lost-document?lang=en", fullNumber).body())
			.contains("Type only the last four characters");
		Map<String, String> noContact = lostDocumentForm(page, "2024-01-05", "Somchai Jaidee");
		noContact.put("email", "");
		assertThat(citizen.post("/kamala/e-services/lost-document?lang=en", noContact).body())
			.contains("Give a phone number or an email address");
		Browser thai = browser();
		String thaiPage = thai.get("/kamala/e-services/lost-document").body();
		assertThat(thaiPage).as("Thai by default").contains("แจ้งเอกสารหาย");
		assertThat(thai.post("/kamala/e-services/lost-document", lostDocumentForm(thaiPage, tomorrow, "Somchai Jaidee")).body())
			.contains("วันที่หายต้องไม่เป็นวันในอนาคต");
		byte[] large = new byte[20 * 1024 * 1024];
		large[0] = (byte) 0xFF;
		large[1] = (byte) 0xD8;
		large[2] = (byte) 0xFF;
		Map<String, String> withPhoto = lostDocumentForm(page, LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).toString(),
				"Somchai Jaidee");
		String csrf = withPhoto.remove("_csrf");
		HttpResponse<String> tooLarge = citizen.upload("/kamala/e-services/lost-document?lang=en", csrf, "photo", "photo.jpg",
				"image/jpeg", large, withPhoto);
		assertThat(tooLarge.statusCode()).isEqualTo(200);
		assertThat(tooLarge.body()).contains("This file is too large. The largest accepted is 10 MB.");
		assertThat(jdbc.sql(reports).query(Long.class).single()).as("no report kept").isEqualTo(reportsBefore);
		assertThat(jdbc.sql(storedFiles).query(Long.class).single()).as("no file kept").isEqualTo(filesBefore);

		// Filed once, even when the same form is sent twice.
		String today = LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).toString();
		Map<String, String> form = lostDocumentForm(citizen.get("/kamala/e-services/lost-document?lang=en").body(), today,
				"Somchai Jaidee");
		HttpResponse<String> first = citizen.post("/kamala/e-services/lost-document", form);
		String shown = citizen.get(Browser.redirectTarget(first) + "?lang=en").body();
		HttpResponse<String> again = citizen.post("/kamala/e-services/lost-document", form);
		String shownAgain = citizen.get(Browser.redirectTarget(again)).body();
		Matcher ref = Pattern.compile("id=\"reference\">([0-9A-Z]{10})<").matcher(shown);
		assertThat(ref.find()).as(shown).isTrue();
		String reference = ref.group(1);
		assertThat(shown).contains("Your reference");
		assertThat(shownAgain).as("the same reference for the same form").contains(">" + reference + "<");
		assertThat(jdbc.sql(reports).query(Long.class).single()).isEqualTo(reportsBefore + 1);
		assertThat(jdbc.sql("select holder_id_tail || ' ' || document_tail from lost_document_report where reference = :r")
			.param("r", reference).query(String.class).single()).as("only the last four characters are kept")
			.isEqualTo("K42Z 5678");

		// Another station's staff see nothing of it.
		Browser other = browser();
		other.signIn("thungthong.admin", DEMO_PASSWORD);
		assertThat(other.get("/admin/certificates").body()).doesNotContain(reference);
		assertThat(other.get("/admin/certificates/" + reference).statusCode()).isEqualTo(404);
		assertThat(other.post("/admin/certificates/" + reference + "/issue",
				Map.of("_csrf", Browser.csrfToken(other.get("/admin/certificates").body()))).statusCode()).isEqualTo(404);

		// The station's officer: masked in the list, in full once opened (audited), then issued.
		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		String list = officer.get("/admin/certificates?lang=en").body();
		assertThat(list).contains(reference, "Somchai J.").doesNotContain("Jaidee", "somchai.jaidee@example.org", "K42Z");
		assertThat(officer.get("/admin/certificates/" + reference + "?lang=en").body())
			.contains("Somchai Jaidee", "somchai.jaidee@example.org", "ending K42Z");
		assertThat(audit.recent(null, 10)).extracting(AuditEntryView::action).contains("eservice.lost.opened");
		String verify = issueCertificate(officer, reference);
		String code = verify.substring(verify.lastIndexOf('/') + 1);

		HttpResponse<String> valid = browser().get(verify + "?lang=en");
		assertThat(valid.statusCode()).isEqualTo(200);
		assertThat(valid.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
		assertThat(valid.body()).contains("VALID", "Somchai J.", "ending K42Z", "Driving licence", "ส.ต.อ.ตัวอย่าง ขยัน")
			.doesNotContain("Jaidee", "INVALID", "REVOKED", "Kamala beach car park", "5678");
		HttpResponse<String> scanned = browser().get(verify);
		assertThat(scanned.body()).as("in Thai").contains("ถูกต้อง (VALID)");
		assertThat(browser().get(verify).headers().firstValue("ETag")).as("a scan's page comes from the page cache")
			.isPresent();

		// A code altered by one character, another station's address, a row edited after issue, an invented row.
		String invalid = "INVALID or unknown";
		String altered = verify.substring(0, verify.length() - 5) + (verify.charAt(verify.length() - 5) == 'A' ? 'B' : 'A')
				+ verify.substring(verify.length() - 4);
		HttpResponse<String> alteredPage = browser().get(altered + "?lang=en");
		assertThat(alteredPage.statusCode()).isEqualTo(404);
		assertThat(alteredPage.body()).contains(invalid).doesNotContain("Somchai");
		assertThat(browser().get("/thung-thong/verify/" + code + "?lang=en").body()).contains(invalid);
		assertThat(browser().get("/kamala/verify/not-a-code?lang=en").body()).contains(invalid);
		jdbc.sql("update lost_document_certificate set holder_id_tail = '9999' where code = :c").param("c", code).update();
		assertThat(browser().get(verify + "?lang=en").body()).as("edited after issue").contains(invalid)
			.doesNotContain("9999");
		jdbc.sql("update lost_document_certificate set holder_id_tail = 'K42Z' where code = :c").param("c", code).update();
		assertThat(browser().get(verify + "?lang=en").body()).contains("VALID").doesNotContain(invalid);
		UUID forgedReport = UUID.randomUUID();
		String forgedCode = code.substring(0, 20) + code.substring(21) + (code.charAt(20) == 'x' ? 'y' : 'x');
		jdbc.sql("insert into lost_document_report (id, station_id, reference, submission, document_type, lost_place, lost_on,"
				+ " holder_name, holder_id_kind, holder_id_tail, status, submitted_at) select :id, id, 'FORGED0001',"
				+ " 'forged-submission-0000001', 'PASSPORT', 'nowhere', current_date, 'Forged Person', 'PASSPORT', '0000', 'ISSUED',"
				+ " current_timestamp from station where code = 'kamala'").param("id", forgedReport).update();
		jdbc.sql("insert into lost_document_certificate (id, station_id, report_id, number, issued_on, document_type,"
				+ " holder_masked, holder_id_kind, holder_id_tail, officer, code, year_be, serial) select :id, station_id, id, '999/2569',"
				+ " current_date, 'PASSPORT', 'Forged P.', 'PASSPORT', '0000', 'nobody', :code, 2569, 999 from lost_document_report"
				+ " where id = :report").param("id", UUID.randomUUID()).param("code", forgedCode).param("report", forgedReport)
			.update();
		assertThat(browser().get("/kamala/verify/" + forgedCode + "?lang=en").body()).as("a row without the station's signature")
			.contains(invalid).doesNotContain("Forged");

		// A new key: the old certificate still verifies, the next one is signed with the new key.
		Browser admin = browser();
		admin.signIn("kamala.admin", DEMO_PASSWORD);
		String keysPage = admin.get("/admin/keys?lang=en").body();
		assertThat(officer.get("/admin/keys").statusCode()).isEqualTo(403);
		assertThat(admin.post("/admin/keys/rotate", Map.of("_csrf", Browser.csrfToken(keysPage))).statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/keys?lang=en").body()).contains("A new key is made", "(signing now)", "Key 1 (.pem)");
		assertThat(admin.download("/admin/keys/1.pem").body()).asString().startsWith("-----BEGIN PUBLIC KEY-----");
		String pem = browser().get("/kamala/verify/keys.pem").body();
		assertThat(Pattern.compile("BEGIN PUBLIC KEY").matcher(pem).results().count()).isGreaterThanOrEqualTo(2);
		assertThat(browser().get(verify + "?lang=en").body()).as("signed with the old key").contains("VALID")
			.doesNotContain(invalid);
		String photographed = fileLostDocument(browser(), "Malee Rakdee");
		HttpResponse<byte[]> photo = officer.download("/admin/certificates/" + photographed + "/photo");
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(photo.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
		assertThat(other.download("/admin/certificates/" + photographed + "/photo").statusCode()).isEqualTo(404);
		assertThat(officer.download("/admin/certificates/" + reference + "/photo").statusCode()).as("a report without one")
			.isEqualTo(404);
		String second = issueCertificate(officer, photographed);
		String secondCode = second.substring(second.lastIndexOf('/') + 1);
		assertThat(secondCode.substring(0, 10)).as("the key id the code carries").isNotEqualTo(code.substring(0, 10));
		assertThat(browser().get(second + "?lang=en").body()).contains("VALID", "Malee R.").doesNotContain(invalid);

		// Revoked with a reason: the page says so at once.
		String revokeCsrf = Browser.csrfToken(officer.get("/admin/certificates/" + reference).body());
		assertThat(officer.post("/admin/certificates/" + reference + "/revoke?lang=en", Map.of("_csrf", revokeCsrf, "reason", " "))
			.body()).contains("Give a reason");
		assertThat(officer.post("/admin/certificates/" + reference + "/revoke", Map.of("_csrf", revokeCsrf, "reason",
				"The holder found the licence")).statusCode()).isEqualTo(302);
		assertThat(browser().get(verify + "?lang=en").body()).contains("REVOKED on").doesNotContain(invalid);
		assertThat(browser().get(verify).body()).as("the cached page is gone with the revocation")
			.contains("เพิกถอนแล้ว (REVOKED)");

		// A certificate another officer issued: this officer may not revoke it; the station administrator may.
		jdbc.sql("update lost_document_report set decided_by = 'kamala.night-desk' where reference = :r").param("r", photographed)
			.update();
		String othersPage = officer.get("/admin/certificates/" + photographed + "?lang=en").body();
		assertThat(othersPage).contains("id=\"verify-address\"").doesNotContain("/revoke");
		assertThat(officer.post("/admin/certificates/" + photographed + "/revoke?lang=en", Map.of("_csrf",
				Browser.csrfToken(othersPage), "reason", "Not mine to revoke")).body())
			.contains("Only the officer who issued this certificate or the station administrator may revoke it");
		assertThat(browser().get(second + "?lang=en").body()).contains("VALID").doesNotContain("REVOKED");
		Browser administrator = browser();
		administrator.signIn("kamala.admin", DEMO_PASSWORD);
		String adminPage = administrator.get("/admin/certificates/" + photographed).body();
		assertThat(administrator.post("/admin/certificates/" + photographed + "/revoke", Map.of("_csrf",
				Browser.csrfToken(adminPage), "reason", "Issued to the wrong holder")).statusCode()).isEqualTo(302);
		assertThat(browser().get(second + "?lang=en").body()).contains("REVOKED on");

		List<String> actions = audit.recent(null, 60).stream().filter(e -> e.seq() > since).map(AuditEntryView::action).toList();
		assertThat(actions.stream().filter("eservice.certificate.issued"::equals).count()).isEqualTo(2);
		assertThat(actions).contains("eservice.certificate.revoked", "eservice.keys.rotated", "eservice.lost.filed",
				"eservice.lost.opened", "eservice.lost.photo-opened");
		assertThat(audit.recent(null, 40)).as("the trail names reports, not people").extracting(AuditEntryView::afterSummary)
			.noneMatch(summary -> summary.contains("Jaidee") || summary.contains("K42Z") || summary.contains("found the licence")
					|| summary.contains("wrong holder"));
	}

	@Test
	void anOperatorExportsTheStationsPublicKeysAndAnyoneVerifiesACertificateOfflineWithThem() throws Exception {
		org.prongsai.platform.cli.Operator operator = new org.prongsai.platform.cli.Operator(context);
		org.prongsai.platform.cli.Operator.Outcome exported = operator.run("keys", "export", "--station", "kamala");
		assertThat(exported.exitCode()).as(exported.output()).isZero();
		assertThat(exported.output()).startsWith("-----BEGIN PUBLIC KEY-----")
			.isEqualTo(browser().get("/kamala/verify/keys.pem").body());
		assertThat(operator.run("keys", "export", "--station", "nowhere").exitCode()).isEqualTo(2);
		assertThat(operator.run("keys", "export").output()).contains("missing --station");

		// The demo certificate, checked with nothing but the exported keys and the printed content.
		Map<String, Object> row = jdbc.sql("select c.* from lost_document_certificate c join station s on s.id = c.station_id"
				+ " where s.code = 'kamala' and c.officer = 'ส.ต.อ.ตัวอย่าง ขยัน' order by c.serial limit 1").query().singleRow();
		String canonical = String.join("\n", "prongsai lost-document certificate v1", "station: kamala",
				"number: " + row.get("number"), "issued: " + row.get("issued_on"), "document: " + row.get("document_type"),
				"holder: " + row.get("holder_masked"), "holder-id: " + row.get("holder_id_kind") + " " + row.get("holder_id_tail"),
				"officer: " + row.get("officer"), "");
		byte[] code = java.util.Base64.getUrlDecoder().decode((String) row.get("code"));
		byte[] keyId = java.util.Arrays.copyOf(code, 8);
		byte[] signature = java.util.Arrays.copyOfRange(code, 8, code.length);
		boolean verified = false;
		Matcher pem = Pattern.compile("-----BEGIN PUBLIC KEY-----\n([A-Za-z0-9+/=\n]+)-----END PUBLIC KEY-----")
			.matcher(exported.output());
		while (pem.find()) {
			byte[] encoded = java.util.Base64.getMimeDecoder().decode(pem.group(1));
			if (java.util.Arrays.equals(keyId, java.util.Arrays.copyOf(
					java.security.MessageDigest.getInstance("SHA-256").digest(encoded), 8))) {
				java.security.Signature ed25519 = java.security.Signature.getInstance("Ed25519");
				ed25519.initVerify(java.security.KeyFactory.getInstance("Ed25519")
					.generatePublic(new java.security.spec.X509EncodedKeySpec(encoded)));
				ed25519.update(canonical.getBytes(StandardCharsets.UTF_8));
				verified = ed25519.verify(signature);
			}
		}
		assertThat(verified).as("the signature over the printed content, with the key the code names").isTrue();

		long since = audit.recent(null, 1).get(0).seq();
		org.prongsai.platform.cli.Operator.Outcome rotated = operator.run("keys", "rotate", "--station", "thung-thong");
		assertThat(rotated.exitCode()).as(rotated.output()).isZero();
		assertThat(rotated.output()).contains("Station thung-thong now signs with key", "-----BEGIN PUBLIC KEY-----");
		assertThat(audit.recent(null, 5)).filteredOn(e -> e.seq() > since).extracting(AuditEntryView::action)
			.containsExactly("eservice.keys.rotated");
		assertThat(operator.run("keys", "export", "--station", "thung-thong").output()).contains("-----BEGIN PUBLIC KEY-----");
	}

	@AfterAll
	static void auditChainIsIntactAfterAllScenarios(@Autowired AuditTrail audit) {
		ChainVerification verification = audit.verify();
		assertThat(verification.intact()).as(verification.reason()).isTrue();
		assertThat(verification.entriesChecked()).isPositive();
	}

	private static final Pattern ACCESS_CODE = Pattern.compile("<code id=\"access-code\">([0-9A-Z-]{19})</code>");

	/** The demo's inquiry officer at Kamala. */
	private UUID kamalaInquiryOfficer() {
		return jdbc.sql("select o.id from officer o join station s on s.id = o.station_id where s.code = 'kamala'"
				+ " and o.name_en like 'Jamlong%'").query(UUID.class).single();
	}

	/** Registers a case as the officer; its id and the access code shown once. */
	private String[] registerCase(Browser officer, String number, int targetDays, String email) {
		String csrf = Browser.csrfToken(officer.get("/admin/cases").body());
		HttpResponse<String> registered = officer.post("/admin/cases", Map.of("_csrf", csrf, "number", number, "officer",
				kamalaInquiryOfficer().toString(), "targetDays", Integer.toString(targetDays), "receivedOn",
				LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).toString(), "email", email));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
		String id = Browser.redirectTarget(registered).replace("/admin/cases/", "");
		Matcher code = ACCESS_CODE.matcher(officer.get("/admin/cases/" + id).body());
		assertThat(code.find()).as("the code is shown right after registration").isTrue();
		return new String[] { id, code.group(1) };
	}

	private HttpResponse<String> addMilestone(Browser officer, String id, String kind) {
		String csrf = Browser.csrfToken(officer.get("/admin/cases/" + id).body());
		return officer.post("/admin/cases/" + id + "/milestones", Map.of("_csrf", csrf, "kind", kind, "reachedOn",
				LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).toString()));
	}

	/** The public look-up, as the form posts it. */
	private static HttpResponse<String> lookUp(Browser visitor, String station, String number, String code) {
		String csrf = Browser.csrfToken(visitor.get("/" + station + "/e-services/case").body());
		return visitor.post("/" + station + "/e-services/case", Map.of("_csrf", csrf, "n", number, "c", code));
	}

	@Test
	void anOfficerRegistersACaseAndTheCitizenFollowsItFromTheSlipsQrCode() throws Exception {
		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		String csrf = Browser.csrfToken(officer.get("/admin/cases?lang=en").body());
		String cases = "select count(*) from station_case";
		long before = jdbc.sql(cases).query(Long.class).single();
		assertThat(officer.post("/admin/cases", Map.of("_csrf", csrf, "number", "123/2569", "officer",
				kamalaInquiryOfficer().toString(), "targetDays", "30", "receivedOn", "2026-01-05", "email", "")).body())
			.contains("Write the case number as the station does");
		assertThat(officer.post("/admin/cases", Map.of("_csrf", csrf, "number", "คดีอาญาที่ 401/2569", "officer",
				UUID.randomUUID().toString(), "targetDays", "30", "receivedOn", "2026-01-05", "email", "")).body())
			.contains("Choose one of the station&#39;s officers");
		assertThat(jdbc.sql(cases).query(Long.class).single()).as("nothing refused is kept").isEqualTo(before);

		// Thai digits, stored in the one form that the citizen's Arabic digits find.
		String[] registered = registerCase(officer, "คดีอาญาที่ ๔๐๑/๒๕๖๙", 30, "");
		String id = registered[0];
		String code = registered[1];
		assertThat(jdbc.sql("select case_number from station_case where id = ?").param(UUID.fromString(id)).query(String.class)
			.single()).isEqualTo("คดีอาญาที่ 401/2569");
		assertThat(officer.post("/admin/cases", Map.of("_csrf", csrf, "number", "Criminal case 401/2569", "officer",
				kamalaInquiryOfficer().toString(), "targetDays", "30", "receivedOn", "2026-01-05", "email", "")).body())
			.contains("Criminal case 401/2569 is already registered at this station");
		assertThat(addMilestone(officer, id, "evidence").statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from station_case where code_hash = ?")
			.param(code.getBytes(StandardCharsets.US_ASCII)).query(Long.class).single()).as("only the HMAC is stored").isZero();

		byte[] slip = officer.download("/admin/cases/" + id + "/slip.pdf").body();
		assertThat(pdfText(slip)).contains("คดีอาญาที่ 401/2569", "Criminal case 401/2569", code, "สถานีตำรวจภูธรกมลา");
		String address = "http://localhost:" + port + "/kamala/e-services/case?n=criminal+401%2F2569&c=" + code;
		assertThat(qrCodes(slip)).as("the QR code read back from the slip").containsExactly(address);

		Browser citizen = browser();
		citizen.get("/kamala?lang=en");
		HttpResponse<String> scanned = citizen.get(address.replaceFirst("http://localhost:\\d+", ""));
		assertThat(scanned.statusCode()).isEqualTo(302);
		assertThat(Browser.redirectTarget(scanned)).as("on to an address without the code")
			.isEqualTo("/kamala/e-services/case/status");
		assertThat(scanned.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		HttpResponse<String> status = citizen.get("/kamala/e-services/case/status");
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(status.body()).contains("Criminal case 401/2569", "Complaint received", "Evidence collected",
				"Witnesses heard", "Pol. Maj. Jamlong Thiangtrong", "0 7600 0104", "Next expected step").doesNotContain(code);
		assertThat(status.headers().firstValue("Cache-Control")).hasValueSatisfying(cc -> assertThat(cc).contains("no-store"));
		assertThat(status.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(lookUp(citizen, "kamala", "อาญา 401/2569", code.toLowerCase().replace("-", " ")).statusCode())
			.as("however the citizen types them").isEqualTo(302);
		assertThat(browser().get("/kamala/e-services/case/status").statusCode()).as("another session has opened nothing")
			.isEqualTo(302);

		// A lost slip: a new code, the old one no longer opens the case.
		officer.post("/admin/cases/" + id + "/code", Map.of("_csrf", csrf));
		Matcher renewed = ACCESS_CODE.matcher(officer.get("/admin/cases/" + id + "?lang=en").body());
		assertThat(renewed.find()).isTrue();
		assertThat(lookUp(citizen, "kamala", "คดีอาญาที่ 401/2569", code).statusCode()).isEqualTo(404);
		assertThat(lookUp(citizen, "kamala", "คดีอาญาที่ 401/2569", renewed.group(1)).statusCode()).isEqualTo(302);
		assertThat(audit.recent(null, 30)).extracting(AuditEntryView::action)
			.contains("eservice.case.registered", "eservice.case.milestone", "eservice.case.code-reissued");
		assertThat(browser().get("/kamala/e-services?lang=en").body()).contains("Your case at this station",
				"href=\"/kamala/e-services/case\"");
	}

	@Test
	void anUnknownCaseAndAWrongCodeGetTheSameAnswerAndGuessesAreLockedOut() {
		Browser visitor = browser();
		visitor.get("/kamala?lang=en");
		String csrf = Browser.csrfToken(visitor.get("/kamala/e-services/case").body());
		Map<String, String> guess = Map.of("_csrf", csrf, "n", "คดีอาญาที่ 402/2569", "c", "AAAA-BBBB-CCCC-DDDD");
		HttpResponse<String> unknown = visitor.post("/kamala/e-services/case", guess);
		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		String[] a = registerCase(officer, "คดีอาญาที่ 402/2569", 30, "");
		HttpResponse<String> wrong = visitor.post("/kamala/e-services/case", guess);
		assertThat(unknown.statusCode()).isEqualTo(404).isEqualTo(wrong.statusCode());
		// Byte for byte, but for the CSRF token, which Spring Security masks afresh on every page, and the form's token.
		String token = "name=\"(?:_csrf|formToken)\" value=\"[^\"]*\"";
		assertThat(unknown.body()).contains("No case matches this case number and access code");
		assertThat(unknown.body().replaceAll(token, "")).isEqualTo(wrong.body().replaceAll(token, ""));
		assertThat(browser().post("/kamala/e-services/case", Map.of("_csrf", csrf, "n", "no number", "c", "x")).statusCode())
			.as("without a session's token").isEqualTo(403);
		String[] b = registerCase(officer, "คดีอาญาที่ 403/2569", 30, "");
		assertThat(lookUp(visitor, "kamala", "คดีอาญาที่ 402/2569", a[1]).statusCode()).isEqualTo(302);

		// Every client here is 127.0.0.1: the guesses are made "yesterday", so their lock-outs are over today.
		Instant yesterday = Instant.now().minus(java.time.Duration.ofDays(1));
		clock.set(yesterday);
		try {
			for (int n = 1; n <= 5; n++) {
				assertThat(lookUp(visitor, "kamala", "คดีอาญาที่ " + (900 + n) + "/2569", a[1]).statusCode()).isEqualTo(404);
			}
			HttpResponse<String> locked = lookUp(visitor, "kamala", "คดีอาญาที่ 402/2569", a[1]);
			assertThat(locked.statusCode()).as("the client is locked out, even with the right code").isEqualTo(429);
			assertThat(locked.body()).contains("Too many attempts").doesNotContain("Complaint received");

			clock.set(yesterday.plus(java.time.Duration.ofMinutes(16)));
			assertThat(lookUp(visitor, "kamala", "คดีอาญาที่ 402/2569", a[1]).statusCode()).as("the lock-out is over")
				.isEqualTo(302);
			for (int n = 1; n <= 4; n++) {
				assertThat(lookUp(visitor, "kamala", "คดีอาญาที่ 403/2569", "WRNG-C0DE-0000-000" + n).statusCode())
					.isEqualTo(404);
			}
			assertThat(lookUp(visitor, "kamala", "คดีอาญาที่ 402/2569", a[1]).statusCode()).isEqualTo(302);
			assertThat(lookUp(visitor, "kamala", "คดีอาญาที่ 403/2569", "WRNG-C0DE-0000-0005").statusCode()).isEqualTo(404);
			assertThat(lookUp(browser(), "kamala", "คดีอาญาที่ 403/2569", b[1]).statusCode())
				.as("five wrong codes for a case never keep its citizen out").isEqualTo(302);
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void anotherStationsStaffCanNeitherSeeNorChangeACase() {
		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		String[] registered = registerCase(officer, "คดีจราจรที่ 406/2569", 30, "");
		String id = registered[0];

		Browser other = browser();
		other.signIn("thungthong.admin", DEMO_PASSWORD);
		String csrf = Browser.csrfToken(other.get("/admin/cases").body());
		assertThat(other.get("/admin/cases").body()).doesNotContain("406/2569");
		assertThat(other.get("/admin/cases/" + id).statusCode()).isEqualTo(404);
		assertThat(other.download("/admin/cases/" + id + "/slip.pdf").statusCode()).isEqualTo(404);
		assertThat(other.post("/admin/cases/" + id + "/milestones", Map.of("_csrf", csrf, "kind", "evidence", "reachedOn",
				LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).toString())).statusCode()).isEqualTo(404);
		assertThat(other.post("/admin/cases/" + id + "/code", Map.of("_csrf", csrf)).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from case_milestone where case_id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).isEqualTo(1);
		assertThat(lookUp(browser(), "thung-thong", "คดีจราจรที่ 406/2569", registered[1]).statusCode())
			.as("another station's status page does not know it").isEqualTo(404);
		assertThat(lookUp(browser(), "kamala", "คดีจราจรที่ 406/2569", registered[1]).statusCode()).isEqualTo(302);

		Browser finance = browser();
		finance.signIn("kamala.finance", DEMO_PASSWORD);
		assertThat(finance.get("/admin/cases").statusCode()).isEqualTo(403);
		Browser commander = browser();
		commander.signIn("kamala.commander", DEMO_PASSWORD);
		assertThat(commander.get("/admin/cases/" + id).statusCode()).as("the commander reads").isEqualTo(200);
		assertThat(commander.post("/admin/cases/" + id + "/milestones", Map.of("_csrf",
				Browser.csrfToken(commander.get("/admin/cases").body()), "kind", "evidence", "reachedOn",
				LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).toString())).statusCode()).as("but does not write")
			.isEqualTo(403);
	}

	@Test
	void theCitizenIsMailedEachMilestoneInTheirLanguageWithoutTheCodeAndTheAddressGoesWithTheCase() throws Exception {
		MAIL.purgeEmailFromAllMailboxes();
		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		officer.get("/admin/cases?lang=en");
		String[] registered = registerCase(officer, "คดีอาญาที่ 404/2569", 30, "somchai@example.com");
		String id = registered[0];
		String code = registered[1];
		assertThat(officer.get("/admin/cases/" + id).body()).contains("s***@example.com").doesNotContain("somchai@");
		assertThat(addMilestone(officer, id, "evidence").statusCode()).isEqualTo(302);
		assertThat(MAIL.waitForIncomingEmail(10_000, 2)).as("received, then evidence collected").isTrue();
		jakarta.mail.internet.MimeMessage evidence = MAIL.getReceivedMessages()[1];
		assertThat(evidence.getAllRecipients()[0].toString()).isEqualTo("somchai@example.com");
		assertThat(evidence.getSubject()).isEqualTo("Criminal case 404/2569: Evidence collected");
		String text = com.icegreen.greenmail.util.GreenMailUtil.getBody(evidence);
		assertThat(text).contains("Kamala Provincial Police Station", "Evidence collected", "/kamala/e-services/case")
			.doesNotContain(code, code.replace("-", ""));

		// A second citizen on the status page, in Thai, takes over the updates.
		Browser citizen = browser();
		assertThat(lookUp(citizen, "kamala", "คดีอาญาที่ 404/2569", code).statusCode()).isEqualTo(302);
		HttpResponse<String> found = citizen.get("/kamala/e-services/case/status");
		assertThat(found.body()).contains("รวบรวมพยานหลักฐาน").doesNotContain("somchai");
		Map<String, String> form = Map.of("_csrf", Browser.csrfToken(found.body()), "email", "not an address");
		assertThat(citizen.post("/kamala/e-services/case/email", form).body()).contains("อีเมลไม่ถูกต้อง");
		Map<String, String> good = new java.util.HashMap<>(form);
		good.put("email", "nid@example.org");
		assertThat(citizen.post("/kamala/e-services/case/email", good).statusCode()).isEqualTo(302);
		assertThat(citizen.get("/kamala/e-services/case/status").body()).contains("จะแจ้งความคืบหน้าไปที่อีเมล")
			.doesNotContain("nid@example.org");
		Browser stranger = browser();
		assertThat(stranger.post("/kamala/e-services/case/email", Map.of("_csrf",
				Browser.csrfToken(stranger.get("/kamala/e-services/case").body()), "email", "x@example.org")).statusCode())
			.as("only a session that opened the case").isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from station_case where email = 'x@example.org'").query(Long.class).single()).isZero();

		MAIL.purgeEmailFromAllMailboxes();
		assertThat(addMilestone(officer, id, "closed").statusCode()).isEqualTo(302);
		assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
		jakarta.mail.internet.MimeMessage closed = MAIL.getReceivedMessages()[0];
		assertThat(closed.getAllRecipients()[0].toString()).isEqualTo("nid@example.org");
		assertThat(closed.getSubject()).isEqualTo("คดีอาญาที่ 404/2569: ปิดคดี");
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(closed)).doesNotContain(code);
		assertThat(jdbc.sql("select count(*) from station_case where id = ? and email is null").param(UUID.fromString(id))
			.query(Long.class).single()).as("the address is deleted with the case closed").isEqualTo(1);
		assertThat(jdbc.sql("select outcome from case_mail where case_id = ?").param(UUID.fromString(id)).query(String.class)
			.list()).containsOnly("sent").hasSize(3);
		assertThat(officer.get("/admin/cases/" + id).body()).doesNotContain("nid@", "n***@");
	}

	@Test
	void theCommanderSeesACaseOverdueOnceItsTargetHasPassed() {
		Browser officer = browser();
		officer.signIn("kamala.officer", DEMO_PASSWORD);
		registerCase(officer, "คดีอาญาที่ 405/2569", 3, "");
		Browser commander = browser();
		commander.signIn("kamala.commander", DEMO_PASSWORD);
		String now = overdueSection(commander.get("/admin/cases?lang=en").body());
		assertThat(now).contains("Traffic case 57/2569").doesNotContain("405/2569");
		int count = overdueCount(now);
		assertThat(officer.get("/admin/cases").body()).as("the section is the commander's").doesNotContain("id=\"overdue\"");

		clock.set(Instant.now().plus(java.time.Duration.ofDays(4)));
		try {
			String later = overdueSection(commander.get("/admin/cases").body());
			assertThat(later).contains("Criminal case 405/2569");
			assertThat(overdueCount(later)).isEqualTo(count + 1);
		}
		finally {
			clock.reset();
		}
	}

	private static String overdueSection(String page) {
		int at = page.indexOf("id=\"overdue\"");
		assertThat(at).as("the overdue section").isPositive();
		return page.substring(at, page.indexOf("</section>", at));
	}

	private static int overdueCount(String section) {
		Matcher count = Pattern.compile("Overdue cases: (\\d+)").matcher(section);
		assertThat(count.find()).isTrue();
		return Integer.parseInt(count.group(1));
	}
}
