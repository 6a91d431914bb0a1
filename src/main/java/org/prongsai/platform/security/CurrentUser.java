package org.prongsai.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person signed in on the current thread, if any. */
public final class CurrentUser {

	private CurrentUser() {
	}

	/** The signed-in user, or empty for the anonymous public. */
	public static Optional<ProngsaiUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ProngsaiUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}
}
