package org.prongsai.eservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.prongsai.integrity.ComplaintFixtures;
import org.prongsai.platform.audit.AuditEntryView;
import org.prongsai.platform.audit.AuditTrail;
import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.files.StoredFileView;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.NotFoundException;

/**
 * What a citizen leaves with a lost-document report to be reached and to show the loss goes once
 * the report has been answered for its period, and the officer's screen shows the report without
 * it. Each test has a station of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
		"spring.datasource.url=jdbc:h2:mem:lost-document-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "prongsai.demo.enabled=false",
		"prongsai.files.root=target/lost-document-tests/files", "prongsai.keys.root=target/lost-document-tests/keys" })
@AutoConfigureMockMvc
class LostDocumentRetentionIntegrationTests {

	private static final AtomicInteger STATIONS = new AtomicInteger();

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private static final Duration KEPT = Duration.ofDays(90);

	private static final Duration WAITING = Duration.ofDays(180);

	private static final String ALL = "0812345678, somchai@example.org, photo";

	@Autowired
	LostDocumentReports reports;

	@Autowired
	LostDocumentRetention.Answered retention;

	@Autowired
	LostDocumentRetention.Unanswered unanswered;

	@Autowired
	Files files;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void anAnswersContactAndPhotoGoAfterItsPeriodAndNotBeforeAndSharedBytesOnlyWithTheLastReport() throws IOException {
		UUID station = station();
		byte[] card = png(7);
		String due = answered(station, card, KEPT.plusDays(1));
		String recent = answered(station, card, KEPT.minusDays(1));
		String pending = file(station, png(9));
		StoredFileView recentPhoto = photo(station, recent);

		assertThat(retention.eraseDue()).as("the contact and the photo of one report").isEqualTo(2);

		assertThat(kept(due)).isEqualTo("-, -, -");
		assertThat(kept(recent)).isEqualTo(ALL);
		assertThat(kept(pending)).isEqualTo(ALL);
		try (InputStream content = files.open(recentPhoto)) {
			assertThat(content.readAllBytes()).as("the same bytes, still named by another report").isEqualTo(card);
		}
		assertThat(audit.recent(station, 20)).filteredOn(e -> e.action().endsWith("-erased")).allSatisfy(e -> {
			assertThat(e.target()).isEqualTo(due);
			assertThat(e.actor()).isEqualTo("system");
		}).extracting(AuditEntryView::action).containsExactlyInAnyOrder("eservice.lost.contact-erased", "eservice.lost.photo-erased");

		int entries = audit.recent(station, 50).size();
		assertThat(retention.eraseDue()).as("a second run erases nothing more").isZero();
		assertThat(audit.recent(station, 50)).as("and records nothing").hasSize(entries);

		decidedAgo(recent, KEPT.plusDays(1));
		retention.eraseDue();
		assertThat(files.find(station, recentPhoto.id())).isEmpty();
		assertThatExceptionOfType(NotFoundException.class).as("no report names the bytes any more")
			.isThrownBy(() -> files.open(recentPhoto));
	}

	@Test
	void aReportLeftUnansweredLosesTheContactAndPhotoAfterItsOwnPeriodAndNotBefore() throws IOException {
		UUID station = station();
		String forgotten = file(station, png(10));
		String waiting = file(station, png(11));
		submittedAgo(forgotten, WAITING.plusDays(1));
		submittedAgo(waiting, WAITING.minusDays(1));
		retention.eraseDue();
		assertThat(kept(forgotten)).as("the period after an answer does not count for it").isEqualTo(ALL);

		assertThat(unanswered.eraseDue()).isEqualTo(2);

		assertThat(kept(forgotten)).isEqualTo("-, -, -");
		assertThat(kept(waiting)).isEqualTo(ALL);
		assertThat(reports.find(station, forgotten).orElseThrow().pending()).as("an officer may still answer it").isTrue();
		assertThat(audit.recent(station, 20)).filteredOn(e -> e.action().endsWith("-erased"))
			.extracting(AuditEntryView::afterSummary).containsOnly("erased, kept 180 days");
		assertThat(audit.recent(station, 20)).filteredOn(e -> e.action().endsWith("-erased"))
			.extracting(AuditEntryView::beforeSummary)
			.containsExactlyInAnyOrder("the citizen's phone and e-mail, waiting", "the citizen's photo, waiting");
		assertThat(unanswered.eraseDue()).isZero();
	}

	@Test
	void theOfficersScreenShowsAReportWhosePhotoIsErased() throws Exception {
		UUID station = station();
		String reference = answered(station, png(8), KEPT.minusDays(1));
		ProngsaiUser officer = new ProngsaiUser(UUID.randomUUID(), "lost-" + reference + ".officer", "ผู้ทดสอบ", station, null,
				Set.of(Role.OFFICER), "-", true);
		String page = mvc.perform(get("/admin/certificates/" + reference + "?lang=en").with(user(officer)))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/admin/certificates/" + reference + "/photo", "erased 90 days after the decision");
		assertThat(mvc.perform(get("/admin/certificates/" + reference + "/photo").with(user(officer))).andReturn()
			.getResponse().getStatus()).isEqualTo(200);

		decidedAgo(reference, KEPT.plusDays(1));
		retention.eraseDue();

		var shown = mvc.perform(get("/admin/certificates/" + reference + "?lang=en").with(user(officer))).andReturn()
			.getResponse();
		assertThat(shown.getStatus()).isEqualTo(200);
		assertThat(shown.getContentAsString()).contains(reference, "erased 90 days after the decision")
			.doesNotContain("/admin/certificates/" + reference + "/photo", "somchai@example.org");
		assertThat(mvc.perform(get("/admin/certificates/" + reference + "/photo").with(user(officer))).andReturn()
			.getResponse().getStatus()).as("the address of the photo as it was").isEqualTo(404);
	}

	private UUID station() {
		return ComplaintFixtures.station(jdbc, "lost-" + STATIONS.incrementAndGet(), 8);
	}

	/** A report filed with a photo of the bytes and refused a while ago. */
	private String answered(UUID station, byte[] photo, Duration ago) {
		String reference = file(station, photo);
		reports.decide(station, reference, "REJECTED", "found again", "officer");
		decidedAgo(reference, ago);
		return reference;
	}

	private String file(UUID station, byte[] photo) {
		LostDocumentReports.ReportEntry entry = new LostDocumentReports.ReportEntry(reports.newSubmission(), "ID_CARD", "",
				"", "Kamala beach", LocalDate.now(clock).minusDays(1).toString(), "Somchai Jaidee", "ID_CARD", "1234",
				"0812345678", "somchai@example.org");
		try (CheckedFile checked = files.check(FileUse.PHOTO, "card.png", new ByteArrayInputStream(photo))) {
			// Each from a client of its own, within the form's quota per client.
			return reports.file(station, entry, checked, "192.0.2." + CLIENTS.incrementAndGet());
		}
	}

	private void submittedAgo(String reference, Duration ago) {
		jdbc.sql("update lost_document_report set submitted_at = :at where reference = :reference")
			.param("at", Timestamp.from(clock.instant().minus(ago))).param("reference", reference).update();
	}

	private void decidedAgo(String reference, Duration ago) {
		jdbc.sql("update lost_document_report set decided_at = :at where reference = :reference")
			.param("at", Timestamp.from(clock.instant().minus(ago))).param("reference", reference).update();
	}

	/** The report's phone, e-mail and whether it has a photo, each "-" when erased. */
	private String kept(String reference) {
		return jdbc.sql("select coalesce(contact_phone, '-') || ', ' || coalesce(contact_email, '-') || ', '"
				+ " || case when photo_id is null then '-' else 'photo' end from lost_document_report where reference = :reference")
			.param("reference", reference).query(String.class).single();
	}

	private StoredFileView photo(UUID station, String reference) {
		return reports.find(station, reference).flatMap(report -> files.find(station, report.photoId())).orElseThrow();
	}

	/** A small PNG whose bytes depend on the shade given. */
	private static byte[] png(int shade) throws IOException {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, shade);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
