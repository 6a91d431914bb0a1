package org.prongsai.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.prongsai.platform.audit.AuditEntryView;
import org.prongsai.platform.audit.AuditTrail;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.station.MutableClock;

/**
 * The complainant's side through the whole web stack, sent from a browser in which a member of
 * staff is signed in: nothing the complainant does may be linked to that account, its address
 * or its browser. Each test has a station of its own.
 */
@IntegrityWebStack
class ComplainantIntegrationTests {

	private static final AtomicInteger STATIONS = new AtomicInteger();

	private static final String OFFICE = "203.0.113.7";

	private static final String BROWSER = "Mozilla/5.0 (the station's front desk)";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	MutableClock clock;

	@Autowired
	ComplainantIdentityRetention identities;

	/** A station of its own, and a member of its staff signed in at the front desk. */
	private Desk desk() {
		String code = "plaint-" + STATIONS.incrementAndGet();
		UUID station = ComplaintFixtures.station(jdbc, code, 8);
		ProngsaiUser officer = new ProngsaiUser(UUID.randomUUID(), code + ".officer", "ผู้ทดสอบ", station, null,
				Set.of(Role.OFFICER, Role.STATION_ADMIN), "-", true);
		return new Desk(code, station, officer, new MockHttpSession());
	}

	private record Desk(String code, UUID station, ProngsaiUser officer, MockHttpSession session) {

		/** A request from the desk's browser: the staff member signed in, the office's address and browser. */
		<B extends AbstractMockHttpServletRequestBuilder<B>> B from(B request) {
			RequestPostProcessor office = r -> {
				r.setRemoteAddr(OFFICE);
				return r;
			};
			return request.session(session).with(user(officer)).with(office).with(csrf()).header("User-Agent", BROWSER);
		}
	}

	/** Sends a complaint from the desk with a file, and returns the receipt shown. */
	private String complain(Desk desk, String fileName) throws Exception {
		String form = mvc.perform(desk.from(get("/" + desk.code() + "/complaints/new"))).andReturn().getResponse()
			.getContentAsString();
		mvc.perform(desk.from(multipart("/" + desk.code() + "/complaints/new").file(png("files", fileName)))
			.param("formToken", find(form, "name=\"formToken\" value=\"([^\"]+)\""))
			.param("category", "BRIBERY")
			.param("what", "ร้อยเวรเรียกรับเงินเพื่อไม่ดำเนินคดี ที่ด่านตรวจหน้าตลาด"))
			.andExpect(redirectedUrl("/" + desk.code() + "/complaints/receipt"));
		String receipt = mvc.perform(desk.from(get("/" + desk.code() + "/complaints/receipt"))).andReturn().getResponse()
			.getContentAsString();
		return find(receipt, "id=\"receipt\">([0-9A-Z-]+)<");
	}

	private void open(Desk desk, String receipt) throws Exception {
		mvc.perform(desk.from(post("/" + desk.code() + "/complaints/follow")).param("receipt", receipt))
			.andExpect(redirectedUrl("/" + desk.code() + "/complaints/mine"));
	}

	@Test
	void whatAComplainantDoesFromABrowserWhereStaffAreSignedInIsTheAnonymousComplainants() throws Exception {
		Desk desk = desk();
		String receipt = complain(desk, "evidence.png");
		open(desk, receipt);
		mvc.perform(desk.from(multipart("/" + desk.code() + "/complaints/mine").file(png("files", "more.png")))
			.param("message", "ประมาณบ่ายสองโมงครับ"))
			.andExpect(redirectedUrl("/" + desk.code() + "/complaints/mine#conversation"));

		List<AuditEntryView> entries = audit.recent(desk.station(), 100);
		assertThat(entries).extracting(AuditEntryView::action)
			.contains("integrity.complaint.received", "integrity.complaint.complainant-wrote");
		assertThat(entries).allSatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo("anonymous");
			assertThat(entry.actorRoles()).isEmpty();
			assertThat(entry.clientAddress()).isNull();
		});
		assertThat(String.valueOf(entries)).doesNotContain(desk.officer().getUsername(), OFFICE, "Mozilla");
		assertThat(jdbc.sql("select serialized_event from event_publication union all"
				+ " select serialized_event from event_publication_archive").query(String.class).list())
			.as("no copy of the trail is kept beside it, out of reach of its retention").noneMatch(e -> e.contains(desk.station().toString()));
	}

	@Test
	void aQuestionAndFeedbackSentFromTheDeskNameNoOneAndKeepNoAddress() throws Exception {
		Desk desk = desk();
		mvc.perform(desk.from(post("/" + desk.code() + "/questions/ask")).param("formToken", ComplaintFixtures.formToken())
			.param("question", "สถานีเปิดรับแจ้งความออนไลน์ได้ตลอดยี่สิบสี่ชั่วโมงหรือไม่ครับ"));
		mvc.perform(desk.from(post("/" + desk.code() + "/feedback")).param("formToken", ComplaintFixtures.formToken())
			.param("service", "REPORT").param("rating", "5"));

		List<AuditEntryView> entries = audit.recent(desk.station(), 100);
		assertThat(entries).extracting(AuditEntryView::action)
			.containsExactlyInAnyOrder("integrity.question.asked", "integrity.feedback.given");
		assertThat(entries).allSatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo("anonymous");
			assertThat(entry.actorRoles()).isEmpty();
			assertThat(entry.clientAddress()).isNull();
		});
	}

	@Test
	void anAttachmentsNameIsKeptWithoutTheCharactersThatDisguiseIt() throws Exception {
		Desk desk = desk();
		// "photo" + right-to-left override + "gnp.exe" reads as "photoexe.png" on screen.
		String receipt = complain(desk, "photo\u202Egnp.exe");
		open(desk, receipt);

		String mine = mvc.perform(desk.from(get("/" + desk.code() + "/complaints/mine"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(mine).contains("photognp.exe").doesNotContain("\u202E");
	}

	@Test
	void theComplaintOpenedAndTheReceiptWaitingLeaveTheSessionOnceUnused() throws Exception {
		Desk desk = desk();
		String receipt = complain(desk, "evidence.png");
		open(desk, receipt);
		mvc.perform(desk.from(get("/" + desk.code() + "/complaints/mine")));
		clock.advance(ComplaintFormController.KEPT.minusMinutes(1));
		assertThat(mvc.perform(desk.from(get("/" + desk.code() + "/complaints/mine"))).andReturn().getResponse().getStatus())
			.as("still open while it is used").isEqualTo(200);

		clock.advance(ComplaintFormController.KEPT.plusSeconds(1));
		mvc.perform(desk.from(get("/" + desk.code() + "/complaints/mine")))
			.andExpect(redirectedUrl("/" + desk.code() + "/complaints/follow"));
		assertThat(Collections.list(desk.session().getAttributeNames())).noneMatch(name -> name.startsWith(
				ComplaintFormController.class.getName()));

		// A receipt never shown does not wait in the session for good either.
		String form = mvc.perform(desk.from(get("/" + desk.code() + "/complaints/new"))).andReturn().getResponse()
			.getContentAsString();
		mvc.perform(desk.from(multipart("/" + desk.code() + "/complaints/new"))
			.param("formToken", find(form, "name=\"formToken\" value=\"([^\"]+)\""))
			.param("category", "NEGLECT")
			.param("what", "ไม่รับแจ้งความคดีลักทรัพย์ และบอกให้ไปแจ้งที่อื่นแทน"));
		clock.advance(ComplaintFormController.KEPT.plus(Duration.ofSeconds(1)));
		mvc.perform(desk.from(get("/" + desk.code() + "/complaints/receipt")))
			.andExpect(redirectedUrl("/" + desk.code() + "/complaints/follow"));
		assertThat(Collections.list(desk.session().getAttributeNames())).noneMatch(name -> name.startsWith(
				ComplaintFormController.class.getName()));
	}

	@Test
	void aComplainantsIdentityIsErasedOnceTheComplaintHasStayedConcludedForItsPeriod() {
		UUID station = ComplaintFixtures.station(jdbc, "plaint-" + STATIONS.incrementAndGet(), 8);
		Instant now = clock.instant();
		Duration kept = Duration.ofDays(365);
		UUID due = ComplaintFixtures.complaint(jdbc, station, "BRIBERY", null, now.minus(kept).minus(Duration.ofDays(40)),
				"CONCLUDED", now.minus(kept).minus(Duration.ofDays(1)));
		UUID recent = ComplaintFixtures.complaint(jdbc, station, "BRIBERY", null, now.minus(Duration.ofDays(40)),
				"CONCLUDED", now.minus(Duration.ofDays(10)));
		UUID reopened = ComplaintFixtures.complaint(jdbc, station, "NEGLECT", null, now.minus(kept).minus(Duration.ofDays(40)),
				"CONCLUDED", now.minus(kept).minus(Duration.ofDays(20)), "INVESTIGATING", now.minus(kept).minus(Duration.ofDays(1)));
		UUID open = ComplaintFixtures.complaint(jdbc, station, "NEGLECT", null, now.minus(kept).minus(Duration.ofDays(40)));
		jdbc.sql("update complaint set identity = :sealed where station_id = :station").param("sealed", new byte[] { 2, 1 })
			.param("station", station).update();

		identities.eraseDue();

		assertThat(jdbc.sql("select id from complaint where station_id = :station and identity is not null")
			.param("station", station).query(UUID.class).list()).containsExactlyInAnyOrder(recent, reopened, open);
		assertThat(audit.recent(station, 10)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("integrity.complaint.identity-erased");
			assertThat(entry.target()).isEqualTo(due.toString().substring(0, 8));
			assertThat(entry.actor()).isEqualTo("system");
		});
		identities.eraseDue();
		assertThat(audit.recent(station, 10)).as("erased and recorded once").hasSize(1);
	}

	private static String find(String page, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(page);
		assertThat(matcher.find()).as(pattern).isTrue();
		return matcher.group(1);
	}

	private static MockMultipartFile png(String field, String name) throws IOException {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return new MockMultipartFile(field, name, "image/png", out.toByteArray());
	}
}
