package org.prongsai.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import org.prongsai.platform.audit.AuditEntryView;
import org.prongsai.platform.audit.AuditTrail;
import org.prongsai.platform.cli.Operator;
import org.prongsai.platform.security.HashingBusy;
import org.prongsai.platform.security.HeldHashes;
import org.prongsai.platform.security.PasswordHashing;
import org.prongsai.platform.security.SignInRefused;

/**
 * Sign-in through the portal's real authentication manager, from clients of their own addresses
 * (the sign-in form hands it the request's address the same way), with a clock the test moves on.
 * Failures lock out the client they come from, never the account.
 */
@StationContextTest
class LockOutIntegrationTests {

	/** The officer's own desk. Each test guesses from an address of its own, since counts outlive a test. */
	static final String DESK = "198.51.100.20";

	@Autowired
	ApplicationContext context;

	@Autowired
	AuthenticationConfiguration authentication;

	@Autowired
	MutableClock clock;

	@Autowired
	AuditTrail audit;

	@Autowired
	PasswordHashing hashing;

	@Autowired
	JdbcClient jdbc;

	AuthenticationManager manager;

	@BeforeEach
	void signInAsThePortalDoes() throws Exception {
		manager = authentication.getAuthenticationManager();
	}

	/** A fresh station administrator of a station of its own; returns the one-time password. */
	String account(String username) {
		Operator operator = new Operator(context);
		assertThat(operator.run(StationCommandsIntegrationTests.stationCreate(username)).exitCode()).isZero();
		return operator.run("admin", "create", "--station", username, "--username", username, "--name", "ผู้ทดสอบ")
			.password();
	}

	Authentication signIn(String client, String username, String password) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		attempt.setDetails(new WebAuthenticationDetails(client, null));
		return manager.authenticate(attempt);
	}

	void wrongPasswords(String client, String username, int times) {
		for (int attempt = 1; attempt <= times; attempt++) {
			assertThatExceptionOfType(BadCredentialsException.class).as("attempt %d", attempt)
				.isThrownBy(() -> signIn(client, username, "wrong-password"));
		}
	}

	void lockedOut(String client, String username, String password) {
		assertThatExceptionOfType(SignInRefused.class).isThrownBy(() -> signIn(client, username, password))
			.satisfies(refused -> assertThat(refused.reason()).isEqualTo(SignInRefused.Reason.LOCKED_OUT));
	}

	List<String> failures(String target) {
		return audit.recent(null, 1000).stream()
			.filter(e -> e.action().equals("security.sign-in.failed") && e.target().equals(target))
			.map(AuditEntryView::afterSummary)
			.toList();
	}

	@Test
	void wrongPasswordsFromOneClientLockThatClientOutAndNeverTheOfficer() {
		String password = account("targeted");
		String outsider = "203.0.113.1";
		wrongPasswords(outsider, "targeted", 5);

		lockedOut(outsider, "targeted", password);
		assertThat(signIn(DESK, "targeted", password).isAuthenticated()).as("the officer at their desk").isTrue();
		lockedOut(outsider, "targeted", "wrong-password");
		assertThat(signIn(DESK, "targeted", password).isAuthenticated()).as("however long it goes on").isTrue();
	}

	@Test
	void aClientsLockOutRunsOutAfterFifteenMinutes() {
		String password = account("patient");
		String outsider = "203.0.113.2";
		wrongPasswords(outsider, "patient", 5);

		lockedOut(outsider, "patient", password);
		clock.advance(Duration.ofMinutes(14));
		lockedOut(outsider, "patient", password);
		clock.advance(Duration.ofMinutes(1));
		assertThat(signIn(outsider, "patient", password).isAuthenticated()).as("at +15 min").isTrue();
		wrongPasswords(outsider, "patient", 4);
		assertThat(signIn(outsider, "patient", password).isAuthenticated()).as("the count started afresh").isTrue();
	}

	@Test
	void fourWrongPasswordsDoNotLockAndTheRightOneStartsTheCountAgain() {
		String password = account("careless");
		wrongPasswords(DESK, "careless", 4);
		assertThat(signIn(DESK, "careless", password).isAuthenticated()).isTrue();
		wrongPasswords(DESK, "careless", 4);
		assertThat(signIn(DESK, "careless", password).isAuthenticated()).isTrue();
	}

	@Test
	void aClientWrongTwentyTimesOverManyNamesIsLockedOutOfEveryName() {
		String password = account("bystander");
		String sprayer = "203.0.113.4";
		for (int name = 1; name <= 4; name++) {
			wrongPasswords(sprayer, "sprayed-" + name, 4);
		}
		wrongPasswords(sprayer, "sprayed-5", 3);
		assertThat(signIn(sprayer, "bystander", password).isAuthenticated()).as("after 19").isTrue();
		wrongPasswords(sprayer, "sprayed-5", 1);

		lockedOut(sprayer, "bystander", password);
		lockedOut(sprayer, "sprayed-6", "wrong-password");
		assertThat(signIn(DESK, "bystander", password).isAuthenticated()).isTrue();
	}

	@Test
	void aNameThatIsNoAccountIsAnsweredAndCountedLikeAWrongPassword() {
		account("existing");
		String client = "203.0.113.5";
		for (int attempt = 1; attempt <= 5; attempt++) {
			BadCredentialsException known = catchBadCredentials(client, "existing");
			BadCredentialsException unknown = catchBadCredentials(client, "not-existing");
			assertThat(unknown).hasSameClassAs(known).hasMessage(known.getMessage());
		}
		lockedOut(client, "existing", "wrong-password");
		lockedOut(client, "not-existing", "wrong-password");
	}

	private BadCredentialsException catchBadCredentials(String client, String username) {
		try {
			signIn(client, username, "wrong-password");
		}
		catch (BadCredentialsException ex) {
			return ex;
		}
		throw new AssertionError("not refused as bad credentials");
	}

	@Test
	void everyPasswordCheckedIsAuditedAndRefusalsOfALockedOutClientAreNot() {
		String password = account("audited");
		String outsider = "203.0.113.3";
		wrongPasswords(outsider, "audited", 5);
		wrongPasswords(outsider, "unaudited-name", 5);
		int entries = auditEntries();
		for (int attempt = 1; attempt <= 50; attempt++) {
			lockedOut(outsider, "audited", password);
			lockedOut(outsider, "unaudited-name", "pasted-password");
		}

		assertThat(auditEntries()).as("a refusal that checked nothing writes nothing").isEqualTo(entries);
		assertThat(failures("audited")).containsExactly("wrong password", "wrong password", "wrong password",
				"wrong password", "wrong password");
		assertThat(failures("una***")).as("a name that is no account, cut short").containsExactly("unknown username",
				"unknown username", "unknown username", "unknown username", "unknown username");
		assertThat(audit.recent(null, 1000)).allSatisfy(
				e -> assertThat(e.toString()).doesNotContain(password, "pasted-password", "unaudited-name"));
	}

	@Test
	void aFailedSignInChangesNothingButTheAuditTrail() {
		account("unchanged");
		int entries = auditEntries();
		long publications = publications();

		wrongPasswords("203.0.113.6", "unchanged", 1);

		assertThat(auditEntries()).isEqualTo(entries + 1);
		assertThat(publications())
			.as("no listener that forgets cached stations or pages is called for it").isEqualTo(publications);
	}

	/** Every publication the registry has kept, completed (archived) or not. */
	long publications() {
		return jdbc.sql("select (select count(*) from event_publication) + (select count(*) from event_publication_archive)")
			.query(Long.class).single();
	}

	int auditEntries() {
		return jdbc.sql("select count(*) from audit_entry").query(Integer.class).single();
	}

	@Test
	void aPortalTooBusyToHashRefusesKnownAndUnknownNamesAlikeAndCountsNoFailure() {
		String password = account("busy-day");
		int entries = auditEntries();
		try (HeldHashes held = HeldHashes.filling(hashing, hashing.maxConcurrent())) {
			for (String username : List.of("busy-day", "no-such-day")) {
				assertThatExceptionOfType(SignInRefused.class).as(username)
					.isThrownBy(() -> signIn(DESK, username, "wrong-password"))
					.withCauseInstanceOf(HashingBusy.class)
					.satisfies(refused -> assertThat(refused.reason()).isEqualTo(SignInRefused.Reason.BUSY));
			}
		}
		assertThat(auditEntries()).as("nothing was checked, so nothing is audited").isEqualTo(entries);
		wrongPasswords(DESK, "busy-day", 4);
		assertThat(signIn(DESK, "busy-day", password).isAuthenticated()).as("the busy refusal counted nothing")
			.isTrue();
	}
}
