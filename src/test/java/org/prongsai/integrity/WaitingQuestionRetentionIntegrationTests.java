package org.prongsai.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.prongsai.platform.audit.AuditTrail;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;

/**
 * A question no moderator gets to keeps its asker and what they typed for a period, and no longer;
 * the moderator can still answer it. Each test has a station of its own.
 */
@IntegrityWebStack
class WaitingQuestionRetentionIntegrationTests {

	private static final AtomicInteger STATIONS = new AtomicInteger();

	private static final Duration WAITING = Duration.ofDays(180);

	private static final String TYPED = "สมชาย ใจดี, somchai@example.org, รถหายหน้าบ้าน โทรกลับ 081-234-5678";

	@Autowired
	WaitingQuestionRetention retention;

	@Autowired
	Questions questions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void aQuestionWaitingPastItsPeriodLosesItsAskerAndWhatTheyTypedAndNotBefore() {
		UUID station = ComplaintFixtures.station(jdbc, "asked-" + STATIONS.incrementAndGet(), 8);
		UUID due = asked(station, WAITING.plusDays(1));
		UUID recent = asked(station, WAITING.minusDays(1));

		assertThat(retention.eraseDue()).isOne();

		assertThat(kept(due)).isEqualTo("-, -, -, the masked question, WAITING");
		assertThat(kept(recent)).isEqualTo("สมชาย ใจดี, somchai@example.org, " + TYPED + ", the masked question, WAITING");
		assertThat(audit.recent(station, 10)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("integrity.question.asker-erased");
			assertThat(entry.target()).isEqualTo(due.toString());
			assertThat(entry.actor()).isEqualTo("system");
			assertThat(entry.afterSummary()).doesNotContain("somchai", "สมชาย");
		});
		assertThat(retention.eraseDue()).as("a second run erases nothing more").isZero();
		assertThat(audit.recent(station, 10)).as("and records nothing").hasSize(1);
	}

	@Test
	void theModeratorSeesTheMaskedQuestionOfAnErasedOneAndCanStillAnswerIt() throws Exception {
		UUID station = ComplaintFixtures.station(jdbc, "asked-" + STATIONS.incrementAndGet(), 8);
		UUID due = asked(station, WAITING.plusDays(1));
		retention.eraseDue();
		ProngsaiUser moderator = new ProngsaiUser(UUID.randomUUID(), "asked-" + due + ".publisher", "ผู้ทดสอบ", station, null,
				Set.of(Role.PUBLISHER), "-", true);

		var queue = mvc.perform(get("/admin/questions?lang=en").with(user(moderator))).andReturn().getResponse();

		assertThat(queue.getStatus()).isEqualTo(200);
		assertThat(queue.getContentAsString()).contains("the masked question", "erased after waiting more than 180 days")
			.doesNotContain("somchai");
		questions.answer(station, due, "ติดต่อสถานีได้ที่ 076 000 191", "moderator");
		assertThat(kept(due)).endsWith("PUBLISHED");
	}

	/** A question asked a while ago, by a named asker who left an e-mail address, waiting still. */
	private UUID asked(UUID station, Duration ago) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into question (id, station_id, form_token, asked_at, asker_name, asker_email, body, masked_body, status)"
				+ " values (:id, :station, :token, :at, 'สมชาย ใจดี', 'somchai@example.org', :body, 'the masked question',"
				+ " 'WAITING')")
			.param("id", id).param("station", station).param("token", id.toString().substring(0, 30))
			.param("at", java.sql.Timestamp.from(clock.instant().minus(ago))).param("body", TYPED).update();
		return id;
	}

	/** The asker's name, e-mail, the question as typed and masked, and its status; "-" for what is erased. */
	private String kept(UUID question) {
		return jdbc.sql("select coalesce(asker_name, '-') || ', ' || coalesce(asker_email, '-') || ', ' || coalesce(body, '-')"
				+ " || ', ' || masked_body || ', ' || status from question where id = :id")
			.param("id", question).query(String.class).single();
	}
}
