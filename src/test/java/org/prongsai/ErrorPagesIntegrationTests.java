package org.prongsai;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.prongsai.platform.cli.Operator;
import org.prongsai.platform.files.ReadingSlots;

/**
 * What a visitor sees when something goes wrong: the friendly page for the status, in their
 * language, and never an exception, its message or a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"prongsai.demo.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:error-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa",
		"spring.datasource.password=",
		"prongsai.files.root=target/error-pages/files", "prongsai.files.reading.slots=1", "prongsai.files.reading.wait=0s" })
class ErrorPagesIntegrationTests {

	static final String SECRET = "secret internal detail";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	/** A page with a bug: it fails with an exception nobody meant a visitor to see. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FaultyPage {

		@Bean
		Faulty faulty(ReadingSlots slots) {
			return new Faulty(slots);
		}
	}

	@RestController
	static class Faulty {

		private final ReadingSlots slots;

		Faulty(ReadingSlots slots) {
			this.slots = slots;
		}

		@GetMapping("/kamala/boom")
		String boom() {
			throw new IllegalStateException(SECRET);
		}

		/** Reads a file while the only reading slot is taken, by a reading of its own. */
		@GetMapping("/kamala/busy")
		String busy() {
			return slots.read(() -> slots.read(() -> "never"));
		}
	}

	static void assertFriendly(HttpResponse<String> response, int status, String lang, String title) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<html lang=\"" + lang + "\"", title)
			.doesNotContain(SECRET, "IllegalStateException", "at org.", "at java.")
			.doesNotContainIgnoringCase("exception")
			.doesNotContainIgnoringCase("whitelabel")
			.doesNotContainIgnoringCase("trace");
	}

	@Test
	void unexpectedFailureGivesTheFriendlyThaiPageWithoutInternals() {
		assertFriendly(new Browser(port).get("/kamala/boom"), 500, "th", "ขออภัย ระบบขัดข้อง");
	}

	@Test
	void unexpectedFailureSpeaksEnglishWhenAskedTo() {
		HttpResponse<String> english = new Browser(port).get("/kamala/boom?lang=en");

		assertFriendly(english, 500, "en", "Sorry, something went wrong");
		assertThat(english.body()).doesNotContain("ขออภัย ระบบขัดข้อง");
	}

	@Test
	void aServerWithEveryReadingSlotTakenSaysItIsBusyAndWhenToComeBack() {
		HttpResponse<String> thai = new Browser(port).get("/kamala/busy");
		assertFriendly(thai, 503, "th", "ระบบไม่ว่างในขณะนี้");
		assertThat(thai.body()).contains("กรุณาลองใหม่อีกครั้งในอีกหนึ่งนาที");
		assertThat(thai.headers().firstValue("Retry-After")).contains("60");

		HttpResponse<String> english = new Browser(port).get("/kamala/busy?lang=en");
		assertFriendly(english, 503, "en", "The server is busy");
		assertThat(english.body()).contains("Please try again in a minute.");
	}

	@Test
	void unknownAdminPageGivesTheNotFoundPageOnceSignedIn() {
		Operator.Outcome created = new Operator(context).run("admin", "create", "--region", "8", "--username",
				"region8.errors", "--name", "ภ.8");
		Browser staff = new Browser(port);
		assertThat(Browser.redirectTarget(staff.signIn("region8.errors", created.password()))).isEqualTo("/admin");

		assertFriendly(staff.get("/admin/no-such-page"), 404, "th", "ไม่พบหน้าที่ต้องการ");
	}

	@Test
	void wrongMethodGivesTheFriendlyNotSupportedPage() {
		Browser visitor = new Browser(port);
		String csrf = Browser.csrfToken(visitor.get("/login").body());

		assertFriendly(visitor.post("/stations", Map.of("_csrf", csrf)), 405, "th", "ไม่รองรับคำขอแบบนี้");
		assertFriendly(visitor.post("/stations?lang=en", Map.of("_csrf", csrf)), 405, "en", "Request not supported");
	}

	@Test
	void deleteWithoutTheFormTokenIsRefusedBeforeTheMethodIsLookedAt() {
		assertFriendly(new Browser(port).delete("/stations"), 403, "th", "ไม่มีสิทธิ์เข้าถึงหน้านี้");
	}
}
