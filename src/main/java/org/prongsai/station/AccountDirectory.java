package org.prongsai.station;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.SignInAccounts;

/**
 * Finds accounts for sign-in and records every sign-in and every failed password check in the
 * audit trail. An account is never locked: failures are counted per client where the sign-in
 * happens, so that nobody can lock an officer out.
 */
@Service
class AccountDirectory implements SignInAccounts {

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	AccountDirectory(Accounts accounts, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProngsaiUser> find(String username) {
		return accounts.findByUsername(normalised(username)).map(Account::toUser);
	}

	/** A wrong password, or a name that is no account. */
	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = normalised(event.getAuthentication().getName());
		Account account = accounts.findByUsername(username).orElse(null);
		// An unknown name is recorded cut short: a password pasted as a name must not be kept.
		events.publishEvent(new StationEvents.SignInFailed(account == null ? null : account.getStationId(),
				account != null ? username : abbreviate(username), account == null ? "unknown username" : "wrong password"));
	}

	private static String normalised(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	private static String abbreviate(String name) {
		return name.length() <= 3 ? "***" : name.substring(0, 3) + "***";
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof ProngsaiUser user) {
			events.publishEvent(new StationEvents.SignInSucceeded(user.stationId(), user.getUsername()));
		}
	}
}
