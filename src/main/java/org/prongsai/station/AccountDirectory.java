package org.prongsai.station;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.security.ProngsaiUser;

/**
 * Finds accounts for sign-in and locks an account for {@link #LOCK_DURATION} after
 * {@link #MAX_FAILURES} wrong passwords in a row.
 */
@Service
class AccountDirectory implements UserDetailsService {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final Accounts accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccountDirectory(Accounts accounts, Clock clock, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.map(account -> account.toUser(clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT);
		Instant now = clock.instant();
		accounts.recordFailure(username, MAX_FAILURES, now, now.plus(LOCK_DURATION));
		Account account = accounts.findByUsername(username).orElse(null);
		// An unknown name is recorded too, cut short: a mistyped password pasted as a name must not be kept.
		String target = account != null ? username : abbreviate(username);
		events.publishEvent(new StationEvents.SignInFailed(account == null ? null : account.getStationId(), target,
				account == null ? "unknown username" : "wrong password"));
	}

	/** An attempt on a locked account is refused before the password is checked; it is recorded all the same. */
	@EventListener
	@Transactional
	void onLocked(AuthenticationFailureLockedEvent event) {
		String username = event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT);
		accounts.findByUsername(username)
			.ifPresent(account -> events.publishEvent(
					new StationEvents.SignInFailed(account.getStationId(), username, "account locked")));
	}

	private static String abbreviate(String name) {
		return name.length() <= 3 ? "***" : name.substring(0, 3) + "***";
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof ProngsaiUser user) {
			accounts.recordSuccess(user.getUsername());
			events.publishEvent(new StationEvents.SignInSucceeded(user.stationId(), user.getUsername()));
		}
	}
}
