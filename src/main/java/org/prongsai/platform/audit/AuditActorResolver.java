package org.prongsai.platform.audit;

import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting on this thread, as an event's {@link Attribution} lets the trail say it: the
 * signed-in user and, within a web request, the client's address.
 */
final class AuditActorResolver {

	static final String ANONYMOUS = "anonymous";

	static final String SYSTEM = "system";

	record Actor(String name, String roles, @Nullable String clientAddress) {
	}

	/** The actor as the attribution allows: an anonymous sender is never the signed-in user. */
	Actor current(Attribution attribution) {
		String clientAddress = attribution.keepsClientAddress() ? clientAddress() : null;
		if (attribution.anonymousSender()) {
			return new Actor(ANONYMOUS, "", clientAddress);
		}
		if (attribution.applicationItself()) {
			return new Actor(SYSTEM, "", null);
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			// Nobody signed in: a visitor within a web request, otherwise the application itself (jobs, commands).
			boolean system = authentication == null && RequestContextHolder.getRequestAttributes() == null;
			return new Actor(system ? SYSTEM : ANONYMOUS, "", clientAddress);
		}
		return new Actor(authentication.getName(), roles(authentication), clientAddress);
	}

	private static String roles(Authentication authentication) {
		TreeSet<String> roles = new TreeSet<>();
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			String authority = granted.getAuthority();
			// Spring Security 7 adds FACTOR_* authorities for how the user proved who they are; they are not roles.
			if (authority == null || authority.isBlank() || authority.startsWith("FACTOR_")) {
				continue;
			}
			roles.add(authority.startsWith("ROLE_") ? authority.substring(5) : authority);
		}
		return String.join(",", roles);
	}

	private static @Nullable String clientAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}
}
