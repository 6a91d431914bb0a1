package org.prongsai.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.prongsai.platform.audit.AuditEntryView;
import org.prongsai.platform.audit.AuditTrail;
import org.prongsai.platform.cli.Operator;
import org.prongsai.platform.cli.Operator.Outcome;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;

/**
 * The operator commands run as the launcher runs them, on a database without the demo: what they
 * print, what they exit with, what they store and what they leave in the audit trail.
 */
@StationContextTest
class StationCommandsIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	StationDirectory directory;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	Outcome run(String... args) {
		return new Operator(context).run(args);
	}

	static String[] stationCreate(String code, String... more) {
		List<String> args = new ArrayList<>(List.of("station", "create", "--code", code, "--name-th",
				"สถานีตำรวจภูธร" + code, "--name-en", code + " Provincial Police Station", "--short-th", "สภ." + code,
				"--short-en", code + " PS", "--province-th", "ภูเก็ต", "--province-en", "Phuket", "--region", "8",
				"--address-th", "99 ถนนสาธิต ตำบลกมลา", "--address-en", "99 Sathit Road, Kamala", "--phone",
				"076000191", "--email", code + "@example.org"));
		args.addAll(Arrays.asList(more));
		return args.toArray(String[]::new);
	}

	void station(String code) {
		assertThat(run(stationCreate(code)).exitCode()).isZero();
	}

	ProngsaiUser user(String username) {
		return accounts.findByUsername(username).orElseThrow().toUser();
	}

	List<AuditEntryView> entries(String action, String target) {
		return audit.recent(null, 1000).stream()
			.filter(e -> e.action().equals(action) && e.target().equals(target))
			.toList();
	}

	/** Runs a command that must be refused: exit 2, one {@code error:} line naming the reason, nothing stored or audited. */
	void refused(String reason, String... args) {
		List<Long> before = counts();
		Outcome outcome = run(args);
		assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(2);
		assertThat(outcome.output()).startsWith("error: ").contains(reason).doesNotContain("Exception", "\tat ");
		assertThat(counts()).as("nothing changed").isEqualTo(before);
	}

	List<Long> counts() {
		return List.of("station", "account", "audit_entry").stream()
			.map(table -> jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.toList();
	}

	@Test
	void stationCreateWithAllOptionsCreatesTheStationAndAuditsIt() {
		Outcome outcome = run(stationCreate("kamala", "--lat", "7.9503", "--lon", "98.2834"));

		assertThat(outcome.exitCode()).isZero();
		assertThat(outcome.output()).isEqualTo("Created station kamala (สถานีตำรวจภูธรkamala)" + System.lineSeparator());
		StationView station = directory.findByCode("kamala").orElseThrow();
		assertThat(station.profile().nameEn()).isEqualTo("kamala Provincial Police Station");
		assertThat(station.profile().policeRegion()).isEqualTo(8);
		assertThat(station.profile().email()).isEqualTo("kamala@example.org");
		assertThat(station.profile().latitude()).isEqualByComparingTo(new BigDecimal("7.9503"));
		assertThat(station.profile().longitude()).isEqualByComparingTo(new BigDecimal("98.2834"));
		assertThat(entries("station.created", "kamala")).singleElement()
			.satisfies(e -> assertThat(e.stationId()).isEqualTo(station.id()));
	}

	@Test
	void adminCreatePrintsAOneTimePasswordOnceAndStoresOnlyItsArgon2Hash() {
		station("patong");

		Outcome outcome = run("admin", "create", "--station", "patong", "--username", "Somchai.P", "--name",
				"ร.ต.อ.สมชาย ใจดี");

		assertThat(outcome.exitCode()).as(outcome.output()).isZero();
		String password = outcome.password();
		assertThat(password).hasSize(16);
		assertThat(outcome.occurrences(password)).isEqualTo(1);
		ProngsaiUser account = user("somchai.p");
		assertThat(account.getPassword()).startsWith("{argon2}").doesNotContain(password);
		assertThat(encoder.matches(password, account.getPassword())).isTrue();
		assertThat(account.roles()).containsExactly(Role.STATION_ADMIN);
		assertThat(account.stationId()).isEqualTo(directory.findByCode("patong").orElseThrow().id());
		assertThat(account.region()).isNull();
		assertThat(account.displayName()).isEqualTo("ร.ต.อ.สมชาย ใจดี");
		assertThat(entries("account.created", "somchai.p")).singleElement()
			.satisfies(e -> assertThat(e.afterSummary()).isEqualTo("roles=STATION_ADMIN"));
		assertThat(audit.recent(null, 1000)).as("the password is never audited")
			.allSatisfy(e -> assertThat(e.toString()).doesNotContain(password));
	}

	@Test
	void adminCreateGivesTheRolesNamed() {
		station("karon");

		Outcome outcome = run("admin", "create", "--station", "karon", "--username", "karon.chief", "--name",
				"พ.ต.อ.ประยุทธ", "--roles", "STATION_ADMIN,COMMANDER");

		assertThat(outcome.exitCode()).as(outcome.output()).isZero();
		assertThat(outcome.output()).contains("with roles COMMANDER,STATION_ADMIN");
		assertThat(user("karon.chief").roles()).containsExactlyInAnyOrder(Role.STATION_ADMIN, Role.COMMANDER);
	}

	@Test
	void adminCreateWithARegionMakesARegionAdministratorWithoutAStation() {
		Outcome outcome = run("admin", "create", "--region", "8", "--username", "region8", "--name", "ภ.8");

		assertThat(outcome.exitCode()).as(outcome.output()).isZero();
		ProngsaiUser account = user("region8");
		assertThat(account.roles()).containsExactly(Role.REGION_ADMIN);
		assertThat(account.region()).isEqualTo(8);
		assertThat(account.stationId()).isNull();
		assertThat(encoder.matches(outcome.password(), account.getPassword())).isTrue();
		assertThat(entries("account.created", "region8")).singleElement()
			.satisfies(e -> assertThat(e.afterSummary()).isEqualTo("roles=REGION_ADMIN; region=8"));
	}

	@Test
	void resetPasswordIssuesANewPasswordAndRetiresTheOldOne() {
		station("rawai");
		String old = run("admin", "create", "--station", "rawai", "--username", "rawai.admin", "--name", "ผู้ดูแล")
			.password();

		Outcome outcome = run("admin", "reset-password", "--username", "rawai.admin");

		assertThat(outcome.exitCode()).as(outcome.output()).isZero();
		String fresh = outcome.password();
		assertThat(fresh).isNotEqualTo(old);
		ProngsaiUser account = user("rawai.admin");
		assertThat(encoder.matches(fresh, account.getPassword())).isTrue();
		assertThat(encoder.matches(old, account.getPassword())).isFalse();
		assertThat(entries("account.password.reset", "rawai.admin")).hasSize(1);
		assertThat(audit.recent(null, 1000)).as("neither password is audited")
			.allSatisfy(e -> assertThat(e.toString()).doesNotContain(old, fresh));
	}

	@Test
	void refusesADuplicateStationCode() {
		station("chalong");
		refused("exists already", stationCreate("chalong"));
	}

	@Test
	void refusesAReservedStationCode() {
		refused("admin", stationCreate("admin"));
		assertThat(directory.all()).noneMatch(s -> s.code().equals("admin"));
	}

	@Test
	void refusesAMalformedStationCode() {
		refused("Kamala!", stationCreate("Kamala!"));
	}

	@Test
	void refusesAPoliceRegionOutsideOneToNine() {
		refused("1 to 9: 10", stationCreate("wichit", "--region", "10"));
		refused("1 to 9: 10", "admin", "create", "--region", "10", "--username", "region10", "--name", "ภ.10");
	}

	@Test
	void refusesAnUnknownRole() {
		station("kathu");
		refused("unknown role SHERIFF", "admin", "create", "--station", "kathu", "--username", "kathu.sheriff",
				"--name", "นายอำเภอ", "--roles", "STATION_ADMIN,SHERIFF");
	}

	@Test
	void refusesATakenUsername() {
		station("thalang");
		assertThat(run("admin", "create", "--station", "thalang", "--username", "thalang.admin", "--name", "หนึ่ง")
			.exitCode()).isZero();
		refused("taken", "admin", "create", "--station", "thalang", "--username", "Thalang.Admin", "--name", "สอง");
	}

	@Test
	void refusesAnUnknownStation() {
		refused("no station with code nowhere", "admin", "create", "--station", "nowhere", "--username",
				"nobody.here", "--name", "ไม่มี");
	}

	@Test
	void refusesAResetForAnUnknownAccount() {
		refused("no account ghost", "admin", "reset-password", "--username", "ghost");
	}

	@Test
	void refusesAMissingRequiredOption() {
		String[] withoutPhone = Arrays.stream(stationCreate("cherng-talay"))
			.filter(word -> !word.equals("--phone") && !word.equals("076000191"))
			.toArray(String[]::new);
		refused("missing --phone", withoutPhone);
		refused("missing --username", "admin", "create", "--region", "8", "--name", "ภ.8");
		refused("missing --name", "admin", "create", "--region", "8", "--username", "region8.nameless");
	}

	@Test
	void noArgumentsOrAnUnknownCommandListsTheCommands() {
		for (String[] args : List.of(new String[0], new String[] { "admin" }, new String[] { "admin", "delete" },
				new String[] { "station", "create-all" })) {
			Outcome outcome = run(args);
			assertThat(outcome.exitCode()).as(Arrays.toString(args)).isEqualTo(2);
			assertThat(outcome.output()).startsWith("Commands:")
				.contains("  admin create  ", "  admin reset-password  ", "  station create  ", "  audit verify  ");
		}
	}

	@AfterAll
	static void auditChainIsIntactAfterAllCommands(@Autowired AuditTrail audit) {
		assertThat(audit.verify().intact()).isTrue();
	}
}
