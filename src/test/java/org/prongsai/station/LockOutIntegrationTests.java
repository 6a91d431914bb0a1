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
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

import org.prongsai.platform.audit.AuditEntryView;
import org.prongsai.platform.audit.AuditTrail;
import org.prongsai.platform.cli.Operator;

/**
 * Sign-in through the portal's real authentication manager, whose events lock and unlock the
 * account, with a clock the test moves on.
 */
@StationContextTest
class LockOutIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AuthenticationConfiguration authentication;

	@Autowired
	MutableClock clock;

	@Autowired
	AuditTrail audit;

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

	/** A fresh account locked by five wrong passwords whose lock has just run out; returns its password. */
	String lockOutAndWaitItOut(String username) {
		String password = account(username);
		wrongPasswords(username, 5);
		refusedAsLocked(username, password);
		clock.advance(AccountDirectory.LOCK_DURATION);
		return password;
	}

	Authentication signIn(String username, String password) {
		return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
	}

	void wrongPasswords(String username, int times) {
		for (int attempt = 1; attempt <= times; attempt++) {
			assertThatExceptionOfType(BadCredentialsException.class).as("attempt %d", attempt)
				.isThrownBy(() -> signIn(username, "wrong-password"));
		}
	}

	void refusedAsLocked(String username, String password) {
		assertThatExceptionOfType(LockedException.class).isThrownBy(() -> signIn(username, password));
	}

	int failedAttempts(String username) {
		return jdbc.sql("select failed_attempts from account where username = ?").param(username)
			.query(Integer.class).single();
	}

	@Test
	void fourWrongPasswordsDoNotLockAndTheRightOneResetsTheCount() {
		String password = account("patience");
		wrongPasswords("patience", 4);
		assertThat(failedAttempts("patience")).isEqualTo(4);

		assertThat(signIn("patience", password).isAuthenticated()).isTrue();
		assertThat(failedAttempts("patience")).isZero();
		wrongPasswords("patience", 4);
		assertThat(signIn("patience", password).isAuthenticated()).as("the count started again").isTrue();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
		String password = account("locked-out");
		wrongPasswords("locked-out", 5);

		refusedAsLocked("locked-out", password);
		clock.advance(Duration.ofMinutes(14));
		refusedAsLocked("locked-out", password);
		clock.advance(Duration.ofMinutes(1));
		assertThat(signIn("locked-out", password).isAuthenticated()).as("at +15 min").isTrue();
		assertThat(failedAttempts("locked-out")).isZero();
	}

	@Test
	void afterALockRunsOutOneWrongPasswordDoesNotLockAgain() {
		String password = lockOutAndWaitItOut("second-chance");

		wrongPasswords("second-chance", 1);

		assertThat(failedAttempts("second-chance")).as("the count restarts").isEqualTo(1);
		assertThat(signIn("second-chance", password).isAuthenticated()).isTrue();
	}

	@Test
	void afterALockRunsOutFiveMoreWrongPasswordsLockAgain() {
		String password = lockOutAndWaitItOut("repeat-offender");

		wrongPasswords("repeat-offender", 5);

		refusedAsLocked("repeat-offender", password);
	}

	@Test
	void anAttemptOnALockedAccountIsAuditedAsSuch() {
		String password = account("audited");
		wrongPasswords("audited", 5);
		refusedAsLocked("audited", password);

		List<String> failures = audit.recent(null, 1000).stream()
			.filter(e -> e.action().equals("security.sign-in.failed") && e.target().equals("audited"))
			.map(AuditEntryView::afterSummary)
			.toList();
		assertThat(failures).containsExactly("account locked", "wrong password", "wrong password", "wrong password",
				"wrong password", "wrong password");
		assertThat(audit.recent(null, 1000)).as("the password is never audited")
			.allSatisfy(e -> assertThat(e.toString()).doesNotContain(password));
	}
}
