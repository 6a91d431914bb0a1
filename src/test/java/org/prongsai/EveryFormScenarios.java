package org.prongsai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prongsai.FormFuzz.request;
import static org.prongsai.FormFuzz.sendable;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.prongsai.FormFuzz.Answer;
import org.prongsai.FormFuzz.Visitor;

/**
 * Every form of the portal, found by following its links as each demo account and as an anonymous
 * visitor, sent with what a person would type and then with what an attacker or a broken client
 * sends ({@link FormFuzz}): it answers without a 5xx or a stack trace, writes nothing when it
 * refuses, and takes a filling sent twice once. Beside the fuzz, the bad input the security
 * review answered with a 500, each as it was reported.
 * <p>
 * The quotas of anonymous forms and the sign-in throttle would refuse this one client after a few
 * forms; a refusal is a correct answer, but it would stop the fuzz short of each form's parsing, so
 * this context raises them out of its reach (they stay on).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"prongsai.demo.enabled=true",
		"prongsai.demo.password=" + EveryFormScenarios.PASSWORD,
		"spring.flyway.clean-disabled=false",
		"prongsai.files.root=target/every-form/files",
		"prongsai.keys.root=target/every-form/keys",
		"prongsai.link-check.cron=-",
		"prongsai.web.page-cache.ttl=0",
		"prongsai.submissions.complaint.per-client=1000000/1h, 1000GB/1h",
		"prongsai.submissions.complaint.per-station=1000000/1h, 1000GB/1h",
		"prongsai.submissions.complaint.in-total=1000000/1h, 1000GB/1h",
		"prongsai.submissions.complaint-reply.per-client=1000000/1h, 1000GB/1h",
		"prongsai.submissions.complaint-reply.per-station=1000000/1h, 1000GB/1h",
		"prongsai.submissions.complaint-reply.in-total=1000000/1h, 1000GB/1h",
		"prongsai.submissions.question.per-client=1000000/1h, 1000GB/1h",
		"prongsai.submissions.question.per-station=1000000/1h, 1000GB/1h",
		"prongsai.submissions.question.in-total=1000000/1h, 1000GB/1h",
		"prongsai.submissions.feedback.per-client=1000000/1h, 1000GB/1h",
		"prongsai.submissions.feedback.per-station=1000000/1h, 1000GB/1h",
		"prongsai.submissions.feedback.in-total=1000000/1h, 1000GB/1h",
		"prongsai.submissions.lost-document.per-client=1000000/1h, 1000GB/1h",
		"prongsai.submissions.lost-document.per-station=1000000/1h, 1000GB/1h",
		"prongsai.submissions.lost-document.in-total=1000000/1h, 1000GB/1h",
		"prongsai.submissions.case-email.per-client=1000000/1h, 1000GB/1h",
		"prongsai.submissions.case-email.per-station=1000000/1h, 1000GB/1h",
		"prongsai.submissions.case-email.in-total=1000000/1h, 1000GB/1h",
		"prongsai.sign-in.max-failures=1000000",
		"prongsai.sign-in.max-client-failures=1000000",
		"prongsai.integrity.complaints.receipt-attempts-per-hour=1000000",
		"prongsai.case-status.max-failures=1000000" })
@Import(CleanDatabaseBeforeMigrating.class)
abstract class EveryFormScenarios {

	static final String PASSWORD = "Every-form-2569!";

	/**
	 * The visitors, the first to reach a form fuzzing it: the public first, then the roles, most
	 * forms first. The other station's administrator only sends the forms others found.
	 */
	static final List<String> IDENTITIES = List.of("", "kamala.admin", "kamala.publisher", "kamala.finance", "kamala.supply",
			"kamala.officer", "kamala.complaints", "kamala.commander", "kamala.assessor", "region8.admin",
			"thungthong.admin");

	private static final String OTHER_STATION = "thungthong.admin";

	private static final long SEED = 13;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** How many malformed values each form gets (a few for the slow ones). */
	abstract int casesPerForm();

	@Test
	void everyFormAnswersMalformedHostileForgedAndRepeatedInputWithoutFailingOrWritingTwice() {
		long started = System.nanoTime();
		FormFuzz fuzz = new FormFuzz(new Random(SEED), new TableRows(jdbc), casesPerForm());
		List<Visitor> visitors = IDENTITIES.stream().map(name -> new Visitor(port, name, PASSWORD)).toList();
		// Forms that act on a visitor's own account (a new password) would end its session.
		List<String> ownAccounts = jdbc.sql("select cast(id as varchar) from account where username in (:names)")
			.param("names", IDENTITIES.subList(1, IDENTITIES.size())).query(String.class).list();

		Map<Visitor, List<WebForm>> reached = new LinkedHashMap<>();
		int pages = 0;
		for (Visitor visitor : visitors) {
			if (visitor.name.equals(OTHER_STATION)) {
				continue;
			}
			// Staff see the public pages as anyone does: their own crawl stays in the console.
			Crawl crawl = visitor.anonymous() ? new Crawl(visitor.browser, "/", 160) : new Crawl(visitor.browser, "/admin", 80);
			List<String> starts = visitor.anonymous() ? List.of("/", "/stations", "/kamala", "/thung-thong", "/login")
					: List.of("/admin");
			reached.put(visitor, crawl.from(starts, (page, response) -> fuzz.page(visitor, page, response)).stream()
				.filter(form -> !form.path().equals("/logout") && (visitor.anonymous() || !form.path().equals("/login"))
						&& ownAccounts.stream().noneMatch(form.action::contains))
				.toList());
			pages += crawl.pages();
		}
		assertThat(reached.values().stream().mapToInt(List::size).sum()).as("forms found").isGreaterThan(100);

		fuzz.everyForm(reached, visitors);

		for (Visitor visitor : visitors) {
			if (!visitor.anonymous()) {
				assertThat(visitor.browser.get("/admin").statusCode()).as("%s is still signed in", visitor.name).isEqualTo(200);
			}
		}
		System.out.printf("Form fuzz: %d pages, %d forms, %d cases in %d s, answered %s; forms a person's filling did not"
				+ " get through: %s%n", pages, fuzz.forms, fuzz.cases, Duration.ofNanos(System.nanoTime() - started).toSeconds(),
				fuzz.statuses, fuzz.neverTaken);
		assertThat(fuzz.problems).as("what the fuzz found (%d cases, %d forms)", fuzz.cases, fuzz.forms).isEmpty();
	}

	/** The five upload screens where a NUL in a file name failed: each refuses it, says why, and keeps nothing. */
	@Test
	void aFileNameWithNulIsRefusedWithItsReasonOnEveryUploadScreen() {
		Visitor admin = new Visitor(port, "kamala.admin", PASSWORD);
		TableRows rows = new TableRows(jdbc);
		Random random = new Random(SEED);
		List<List<String>> screens = List.of(List.of("/admin/station", "/admin/station/photo"),
				List.of("/admin/operations", "/admin/operations"), List.of("/admin/statistics", "/admin/statistics/import"),
				List.of("/admin/statistics", "/admin/statistics/checkpoints/import"),
				List.of("/admin/payments", "/admin/payments/reconcile"));
		for (List<String> screen : screens) {
			WebForm form = form(admin, screen.get(0), screen.get(1));
			WebForm.Submission withNul = sendable(form, form.filled(1), random)
				.attach(form.files().get(0).name(), "รายงาน\u0000.png", "image/png", HostileInput.PNG);
			Map<String, Long> before = rows.now();

			Answer refused = request(admin, form, withNul, false);

			assertThat(refused.status()).as(screen.get(1)).isEqualTo(400);
			assertThat(refused.body()).as(screen.get(1)).contains("ชื่อไฟล์มีอักขระที่ชื่อไฟล์มีไม่ได้");
			assertThat(TableRows.changed(before, rows.now())).as("nothing kept from %s", screen.get(1)).isEmpty();
		}
		admin.browser.get("/admin?lang=en");
		WebForm photo = form(admin, "/admin/station", "/admin/station/photo");
		WebForm.Submission english = sendable(photo, photo.filled(1), random).attach("photo", "a\u0000.png", "image/png",
				HostileInput.PNG);
		assertThat(request(admin, photo, english, false).body()).contains("contains a character a file name cannot have");

		// The longest name kept, in Thai, is a name and not a file too large.
		WebForm.Submission longThai = sendable(photo, photo.filled(1), random).attach("photo", "ก".repeat(251) + ".png",
				"image/png", HostileInput.PNG);
		Answer thai = request(admin, photo, longThai, false);
		assertThat(thai.status()).isEqualTo(302);
	}

	/**
	 * {@code ?at=-999999999-01-01} failed in the database; a day the portal cannot show is a bad
	 * request that says which days it can.
	 */
	@Test
	void aDayOutsideTheCalendarIsABadRequestThatSaysWhichDaysAreShown() {
		Browser visitor = new Browser(port);
		for (String far : List.of("-999999999-01-01", "+999999999-12-31", "0001-01-01")) {
			HttpResponse<String> page = visitor.get("/kamala/oit/2567/O1?at=" + URLEncoder.encode(far, StandardCharsets.UTF_8));
			assertThat(page.statusCode()).as(far).isEqualTo(400);
			assertThat(page.body()).contains("ดูหน้าย้อนหลังได้เฉพาะวันที่ผ่านมาแล้วตั้งแต่ 1956-10-01");
		}
		assertThat(visitor.get("/kamala/oit/2567/O1?at=-999999999-01-01&lang=en").body())
			.contains("An earlier version can be shown only for a past day from 1956-10-01");
		assertThat(visitor.get("/kamala/oit/2567/O1?at=2024-04-30").statusCode()).isEqualTo(200);
	}

	/** A bank file's day far outside the calendar made PostgreSQL fail and H2 mark the bill paid on a day of year 169108099. */
	@Test
	void aBankFileRowDatedOutsideTheCalendarIsRefusedAndTheBillStaysUnpaid() {
		Random random = new Random(SEED);
		// Bills on, whatever the fuzz left the setting as.
		Visitor admin = new Visitor(port, "kamala.admin", PASSWORD);
		WebForm setting = form(admin, "/admin/payments", "/admin/payments/setting");
		assertThat(request(admin, setting, sendable(setting, setting.filled(1), random).with("billerId", "0".repeat(15))
			.with("enabled", "true"), false).status()).isEqualTo(302);
		Visitor finance = new Visitor(port, "kamala.finance", PASSWORD);
		WebForm issue = form(finance, "/admin/payments", "/admin/payments");
		String description = "ค่าธรรมเนียมทดสอบ " + HostileInput.token(random);
		Answer issued = request(finance, issue, sendable(issue, issue.filled(1), random).with("description", description)
			.with("amount", "120.00").with("reference2", ""), false);
		assertThat(issued.status()).as(issued.body()).isEqualTo(302);
		String reference = jdbc.sql("select reference1 from bill where description = :d").param("d", description)
			.query(String.class).single();
		WebForm reconcile = form(finance, "/admin/payments", "/admin/payments/reconcile");
		byte[] file = ("date,reference1,reference2,amount\n-999999999-01-01," + reference + ",,120.00\n")
			.getBytes(StandardCharsets.UTF_8);

		Answer refused = request(finance, reconcile, sendable(reconcile, reconcile.filled(1), random)
			.attach("file", "bank.csv", "text/csv", file), false);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("แถวที่ 2 ของไฟล์ไม่ถูกต้อง");
		assertThat(jdbc.sql("select count(*) from bill where reference1 = :r and paid_on is null").param("r", reference)
			.query(Long.class).single()).as("still unpaid").isEqualTo(1);
	}

	/** A double submit of a delete (the 500 of the report) deletes once, and the second answer is the first. */
	@Test
	void anOfficerDeletedTwiceIsDeletedOnceAndBothAnswersAreTheSame() {
		Visitor admin = new Visitor(port, "kamala.admin", PASSWORD);
		Random random = new Random(SEED);
		UUID officer = newOfficer(admin, random);
		String page = "/admin/organisation/officers/" + officer;
		WebForm delete = form(admin, page, page + "/delete");
		WebForm.Submission once = sendable(delete, delete.filled(1), random);
		String officers = "select count(*) from officer";
		long before = jdbc.sql(officers).query(Long.class).single();

		Answer first = request(admin, delete, once, false);
		Answer second = request(admin, delete, once, false);

		assertThat(first.status()).isEqualTo(302);
		assertThat(second.toString()).isEqualTo(first.toString());
		assertThat(jdbc.sql(officers).query(Long.class).single()).isEqualTo(before - 1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'organisation.officer.deleted' and target like :t")
			.param("t", "%" + officer + "%").query(Long.class).single()).isEqualTo(1);

		// The same page left open in another tab: another filling, about an officer who is gone.
		Answer stale = request(admin, delete, sendable(delete, delete.filled(2), random), false);
		assertThat(stale.status()).isEqualTo(404);
		assertThat(stale.body()).contains("สิ่งที่แบบฟอร์มนี้จะเปลี่ยนไม่มีอยู่แล้ว");
		assertThat(jdbc.sql(officers).query(Long.class).single()).isEqualTo(before - 1);
	}

	/** Deleting an officer an account belongs to failed on the account's reference; it is refused with the reason. */
	@Test
	void anOfficerAnAccountBelongsToIsNotDeletedAndTheAdministratorIsToldWhy() {
		Visitor admin = new Visitor(port, "kamala.admin", PASSWORD);
		// An officer no complaint is routed by (neither the commander, nor a complaint officer, nor one of
		// their unit, counting the accounts the fuzz made), so the station's own administrator may delete them.
		UUID officer = jdbc.sql("""
				select o.id from officer o join station s on s.id = o.station_id
				where s.code = 'kamala' and o.unit_id is not null and not exists (
				  select 1 from account a join officer c on c.id = a.officer_id
				  where a.station_id = s.id and a.roles like '%COMPLAINT_OFFICER%' and (c.id = o.id or c.unit_id = o.unit_id))
				order by o.id fetch first 1 rows only""").query(UUID.class).single();
		jdbc.sql("update account set officer_id = :officer where username = 'kamala.officer'").param("officer", officer).update();
		String page = "/admin/organisation/officers/" + officer;
		WebForm delete = form(admin, page, page + "/delete");

		Answer refused = request(admin, delete, sendable(delete, delete.filled(1), new Random(SEED)), false);

		assertThat(refused.status()).isEqualTo(302);
		assertThat(admin.browser.get(refused.location()).body())
			.contains("บัญชีผู้ใช้ kamala.officer ยังเป็นของเจ้าหน้าที่คนนี้ จึงลบไม่ได้");
		assertThat(jdbc.sql("select count(*) from officer where id = :id").param("id", officer).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select officer_id from account where username = 'kamala.officer'").query(UUID.class).single())
			.isEqualTo(officer);
		jdbc.sql("update account set officer_id = null where username = 'kamala.officer'").update();
	}

	/** The same filling sent twice at the same moment (a double click), plain and with a file: one record, one answer. */
	@Test
	void theSameFillingSentTwiceAtOnceIsTakenOnceWithOrWithoutAFile() {
		Visitor admin = new Visitor(port, "kamala.admin", PASSWORD);
		Random random = new Random(SEED);
		WebForm unit = form(admin, "/admin/organisation/units/new", "/admin/organisation/units");
		WebForm.Submission newUnit = sendable(unit, unit.filled(1), random).with("nameTh", "งานทดสอบส่งซ้ำ")
			.with("nameEn", "Double submit unit");
		WebForm activity = form(admin, "/admin/operations", "/admin/operations");
		WebForm.Submission newActivity = sendable(activity, activity.filled(1), random)
			.with("title", "กิจกรรมทดสอบส่งซ้ำ")
			.attach("photo", "กิจกรรม.png", "image/png", HostileInput.PNG);
		long units = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
		long activities = jdbc.sql("select count(*) from operations_activity").query(Long.class).single();

		List<Answer> unitAnswers = atOnce(admin, unit, newUnit, 4);
		List<Answer> activityAnswers = atOnce(admin, activity, newActivity, 2);

		assertThat(unitAnswers.stream().map(Answer::toString).distinct()).as("one answer").hasSize(1);
		assertThat(unitAnswers.get(0).status()).as(unitAnswers.get(0).body()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(units + 1);
		assertThat(activityAnswers.stream().map(Answer::toString).distinct()).as("one answer").hasSize(1);
		assertThat(activityAnswers.get(0).status()).as(activityAnswers.get(0).body()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from operations_activity").query(Long.class).single()).isEqualTo(activities + 1);
	}

	private List<Answer> atOnce(Visitor visitor, WebForm form, WebForm.Submission filling, int times) {
		ExecutorService threads = Executors.newFixedThreadPool(times);
		try {
			List<CompletableFuture<Answer>> sent = new ArrayList<>();
			for (int i = 0; i < times; i++) {
				sent.add(CompletableFuture.supplyAsync(() -> request(visitor, form, filling, false), threads));
			}
			return sent.stream().map(CompletableFuture::join).toList();
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** An officer of the acting station added through the form, for a test to delete. */
	private UUID newOfficer(Visitor admin, Random random) {
		WebForm add = form(admin, "/admin/organisation/officers/new", "/admin/organisation/officers");
		String name = "ทดสอบ " + HostileInput.token(random);
		Answer added = request(admin, add, sendable(add, add.filled(1), random).with("nameTh", name), false);
		assertThat(added.status()).as(added.body()).isEqualTo(302);
		return jdbc.sql("select id from officer where name_th = :name").param("name", name).query(UUID.class).single();
	}

	/** The form posted to {@code action} on the page, as the visitor sees it now. */
	private static WebForm form(Visitor visitor, String page, String action) {
		HttpResponse<String> shown = visitor.browser.get(page);
		return WebForm.on(page, Jsoup.parse(shown.body())).stream()
			.filter(f -> f.post() && f.path().equals(action))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no form to " + action + " on " + page + " (" + shown.statusCode() + ")"));
	}
}
