package org.prongsai.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.station.StationDirectory;

/** Milestone e-mails without a mail server configured, and with a milestone that is rolled back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
		"spring.datasource.url=jdbc:h2:mem:milestone-mail;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"prongsai.demo.enabled=true", "prongsai.demo.password=milestone-mail-1", "prongsai.demo.content=false",
		"prongsai.files.root=target/milestone-mail-tests/files", "prongsai.keys.root=target/milestone-mail-tests/keys" })
class MilestoneMailIntegrationTests {

	@Autowired
	CaseProgress cases;

	@Autowired
	StationDirectory stations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void withoutAMailServerNothingIsSentAndEachMilestoneRecordsIt() {
		UUID id = register("คดีอาญาที่ 1/2569");
		cases.addMilestone(kamala(), id, "evidence", today(), "test");
		assertThat(outcomes(id)).containsExactly("no-mail-host", "no-mail-host");
	}

	@Test
	void aMilestoneThatIsRolledBackSendsNothing() {
		UUID id = register("คดีอาญาที่ 2/2569");
		transaction.executeWithoutResult(status -> {
			cases.addMilestone(kamala(), id, "evidence", today(), "test");
			status.setRollbackOnly();
		});
		assertThat(cases.find(kamala(), id).orElseThrow().milestones()).hasSize(1);
		assertThat(outcomes(id)).as("only the first milestone's").hasSize(1);
	}

	private UUID register(String number) {
		String officer = stations.officers(kamala()).get(0).id().toString();
		return cases.register(kamala(), new CaseProgress.Registration(number, officer, "30", today(), "someone@example.com"),
				"en", "test").caseId();
	}

	private List<String> outcomes(UUID caseId) {
		return jdbc.sql("select outcome from case_mail where case_id = ? order by at").param(caseId).query(String.class).list();
	}

	private UUID kamala() {
		return stations.findByCode("kamala").orElseThrow().id();
	}

	private String today() {
		return LocalDate.now(clock.withZone(FiscalYear.BANGKOK)).toString();
	}
}
