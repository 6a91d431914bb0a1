package org.prongsai.integrity;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.web.SubmissionQuotas;
import org.prongsai.platform.web.SubmissionRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceFeedbackTests {

	private static final Instant NOW = Instant.parse("2024-03-15T03:00:00Z");

	private static final UUID KAMALA = UUID.randomUUID();

	private static final UUID OTHER = UUID.randomUUID();

	private final List<Object> events = new ArrayList<>();

	private final SubmissionQuotas quotas = new SubmissionQuotas(new MockEnvironment()
		.withProperty("prongsai.submissions.feedback.per-client", "5/1h")
		.withProperty("prongsai.submissions.feedback.per-station", "120/1h")
		.withProperty("prongsai.submissions.question.per-client", "5/1h"), Clock.fixed(NOW, ZoneOffset.UTC));

	private JdbcClient jdbc;

	private int forms;

	@BeforeEach
	void migrate() {
		DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:feedback-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
		jdbc = JdbcClient.create(ds);
		for (UUID station : List.of(KAMALA, OTHER)) {
			String code = station == KAMALA ? "kamala" : "other";
			jdbc.sql("insert into station (id, code, name_th, name_en, short_name_th, short_name_en, province_th, province_en,"
					+ " police_region, address_th, address_en, phone, email, created_at) values (:id, :code, 'ก', 'K', 'ก', 'K',"
					+ " 'ภ', 'P', 8, 'ที่อยู่', 'Address', '0', 'a@example.org', :now)")
				.param("id", station).param("code", code).param("now", Timestamp.from(NOW)).update();
		}
	}

	@AfterEach
	void drop() {
		jdbc.sql("drop all objects").update();
	}

	@Test
	void aCommentIsKeptOnlyMaskedAndTheSameFormSentTwiceCountsOnce() {
		String typed = "เจ้าหน้าที่บริการดี โทรกลับที่ 081-234-5678 บัตร 1-1014-00100-10-8";
		ServiceFeedback.Given given = new ServiceFeedback.Given("LOST_DOCUMENT", "5", "  " + typed + "\n", "");
		at(NOW).give(KAMALA, given, "form-token-0123456789", "client");
		at(NOW).give(KAMALA, given, "form-token-0123456789", "client");

		assertThat(jdbc.sql("select comment from service_feedback").query(String.class).list())
			.containsExactly("เจ้าหน้าที่บริการดี โทรกลับที่ xxx-xxx-xxxx บัตร x-xxxx-xxxxx-xx-x");
		assertThat(events).hasSize(1).first().isInstanceOfSatisfying(IntegrityEvents.FeedbackGiven.class, e -> {
			assertThat(e.action()).isEqualTo("integrity.feedback.given");
			assertThat(e.stationId()).isEqualTo(KAMALA);
			assertThat(e.afterSummary()).isEqualTo("LOST_DOCUMENT rated 5, a comment with 2 masked")
				.doesNotContain("บริการดี");
		});
		at(NOW).give(KAMALA, new ServiceFeedback.Given("OTHER", "3", " ", ""), "form-token-abcdefghij", "client");
		assertThat(jdbc.sql("select count(*) from service_feedback where comment is null").query(Long.class).single())
			.as("a blank comment is no comment").isEqualTo(1);
	}

	@Test
	void whatTheFormCannotTakeIsRefusedAndNothingIsKept() {
		assertRefused(new ServiceFeedback.Given("REPORT", "5", "", "https://spam.example"), "integrity.feedback.reject.robot");
		assertRefused(new ServiceFeedback.Given("", "5", "", ""), "integrity.feedback.reject.service");
		assertRefused(new ServiceFeedback.Given("BRIBE", "5", "", ""), "integrity.feedback.reject.service");
		for (String rating : List.of("", "0", "6", "55", "4.5", "๕")) {
			assertRefused(new ServiceFeedback.Given("REPORT", rating, "", ""), "integrity.feedback.reject.rating");
		}
		assertRefused(new ServiceFeedback.Given("REPORT", "4", "x".repeat(1001), ""), "integrity.feedback.reject.comment");
		assertRefused(() -> at(NOW).give(KAMALA, new ServiceFeedback.Given("REPORT", "4", "", ""), "short", "client"),
				"integrity.feedback.reject.form");
		assertThat(jdbc.sql("select count(*) from service_feedback").query(Long.class).single()).isZero();
		assertThat(events).isEmpty();

		at(NOW).give(KAMALA, new ServiceFeedback.Given("REPORT", "4", "x".repeat(1000), ""), token(), "client");
		assertThat(jdbc.sql("select count(*) from service_feedback").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void oneClientMayGiveAFewAnHourWhateverItAskedAndThenWaits() {
		for (int i = 0; i < 5; i++) {
			quotas.admit("question", KAMALA, "client", 0);
		}
		for (int i = 0; i < 5; i++) {
			at(NOW).give(KAMALA, new ServiceFeedback.Given("TRAFFIC", "2", "", ""), token(), "client");
		}
		assertThatThrownBy(() -> at(NOW).give(KAMALA, new ServiceFeedback.Given("TRAFFIC", "2", "", ""), token(), "client"))
			.isInstanceOfSatisfying(SubmissionRefused.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("submissions.refused.client"));
		at(NOW).give(KAMALA, new ServiceFeedback.Given("TRAFFIC", "2", "", ""), token(), "another client");
		assertThat(jdbc.sql("select count(*) from service_feedback").query(Long.class).single()).isEqualTo(6);
	}

	@Test
	void eachMonthOfTheFiscalYearIsCountedByServiceInBangkokTimeAndEmptyMonthsStay() {
		give(KAMALA, "2023-09-30T16:59:00Z", "REPORT", 1, "the last minute of FY2566 in Bangkok");
		give(KAMALA, "2023-09-30T17:00:00Z", "REPORT", 5, "");
		give(KAMALA, "2023-10-31T16:59:59Z", "REPORT", 4, "ช้าไปหน่อย");
		give(KAMALA, "2023-10-15T03:00:00Z", "TRAFFIC", 1, "");
		give(KAMALA, "2024-03-01T03:00:00Z", "CASE_INQUIRY", 3, "");
		give(OTHER, "2023-10-15T03:00:00Z", "REPORT", 2, "another station's");

		ServiceFeedback.Monthly monthly = at(NOW).monthly(KAMALA, FiscalYear.of(2567));
		assertThat(monthly.months()).extracting(ServiceFeedback.Month::month).hasSize(12)
			.startsWith(YearMonth.of(2023, 10)).endsWith(YearMonth.of(2024, 9));
		ServiceFeedback.Summary october = monthly.months().get(0).summary();
		assertThat(october.services()).extracting(ServiceFeedback.Rated::service)
			.containsExactly(FeedbackService.REPORT, FeedbackService.TRAFFIC);
		ServiceFeedback.Tally reports = october.services().get(0).tally();
		assertThat(reports.count()).isEqualTo(2);
		assertThat(reports.average()).isEqualTo(new BigDecimal("4.5"));
		assertThat(reports.byRating()).containsExactly(0L, 0L, 0L, 1L, 1L);
		assertThat(october.all().count()).isEqualTo(3);
		assertThat(october.all().average()).as("10 / 3, to one decimal").isEqualTo(new BigDecimal("3.3"));
		assertThat(monthly.months().get(1).summary().empty()).as("November").isTrue();
		assertThat(monthly.months().get(1).summary().all().average()).isNull();
		assertThat(monthly.months().get(5).summary().services()).extracting(ServiceFeedback.Rated::service)
			.containsExactly(FeedbackService.CASE_INQUIRY);
		assertThat(monthly.whole().all().count()).isEqualTo(4);
		assertThat(monthly.whole().all().byRating()).containsExactly(1L, 0L, 1L, 1L, 1L);
		assertThat(monthly.latest()).extracting(ServiceFeedback.Comment::text).containsExactly("ช้าไปหน่อย");
		assertThat(at(NOW).monthly(KAMALA, FiscalYear.of(2566)).whole().all().count()).isEqualTo(1);
	}

	@Test
	void theAverageIsRoundedHalfUpAndOnlyTheNewestCommentsAreListed() {
		assertThat(ServiceFeedback.Tally.of(new long[] { 0, 0, 0, 3, 1 }).average()).isEqualTo(new BigDecimal("4.3"));
		assertThat(ServiceFeedback.Tally.of(new long[] { 1, 0, 0, 0, 0 }).average()).isEqualTo(new BigDecimal("1.0"));
		Instant first = Instant.parse("2024-01-01T03:00:00Z");
		for (int i = 0; i < ServiceFeedback.LATEST + 5; i++) {
			give(KAMALA, first.plusSeconds(60L * i).toString(), "OTHER", 3, "comment " + i);
		}
		List<ServiceFeedback.Comment> latest = at(NOW).monthly(KAMALA, FiscalYear.of(2567)).latest();
		assertThat(latest).hasSize(ServiceFeedback.LATEST);
		assertThat(latest.get(0).text()).isEqualTo("comment " + (ServiceFeedback.LATEST + 4));
		assertThat(latest.get(ServiceFeedback.LATEST - 1).text()).isEqualTo("comment 5");
	}

	private void give(UUID station, String at, String service, int rating, String comment) {
		at(Instant.parse(at)).give(station, new ServiceFeedback.Given(service, String.valueOf(rating), comment, ""), token(),
				"client " + forms);
	}

	private void assertRefused(ServiceFeedback.Given given, String messageKey) {
		assertRefused(() -> at(NOW).give(KAMALA, given, token(), "client"), messageKey);
	}

	private static void assertRefused(ThrowingCallable giving, String messageKey) {
		assertThatThrownBy(giving).isInstanceOfSatisfying(Rejected.class, ex -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

	private ServiceFeedback at(Instant instant) {
		return new ServiceFeedback(jdbc, events::add, Clock.fixed(instant, ZoneOffset.UTC), quotas);
	}

	private String token() {
		return "form-token-" + String.format("%010d", ++forms);
	}
}
