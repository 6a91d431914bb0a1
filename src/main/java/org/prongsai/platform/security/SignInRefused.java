package org.prongsai.platform.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before any password was judged: the client is locked out, or the portal is
 * too busy to hash. Spring Security publishes no event for it, so it leaves no audit entry: it
 * costs the portal nothing, and one client could repeat it without end, each entry a write every
 * other one waits for. The failures that led to a lock-out are audited one by one.
 */
public final class SignInRefused extends AuthenticationException {

	/** Why the attempt was not checked. */
	public enum Reason {
		/** This client failed too often, for this name or for all. */
		LOCKED_OUT,
		/** The hashing gate had no room in time. */
		BUSY
	}

	private final Reason reason;

	SignInRefused(Reason reason, @Nullable Throwable cause) {
		super(reason == Reason.BUSY ? "too busy to check a password now" : "too many failed sign-ins from this client",
				cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
