package org.prongsai.station;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	AccountDirectory(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
			.map(account -> account.toUser(clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailure(event.getAuthentication().getName().strip().toLowerCase(java.util.Locale.ROOT), MAX_FAILURES,
				clock.instant().plus(LOCK_DURATION));
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.recordSuccess(event.getAuthentication().getName());
	}
}
