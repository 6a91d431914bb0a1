package org.prongsai.platform.web;

import java.util.Set;

import org.prongsai.platform.security.Role;

/**
 * An entry of the admin console's navigation, made from a handler marked {@link ConsoleLink}.
 * Shown to a signed-in user who holds any of {@link #roles()}, the roles that may open the screen.
 * @param messageKey the label's message key
 * @param path the screen's address, starting with {@code /admin}
 * @param roles who sees the entry; never empty
 * @param order position in the menu, lower first
 */
public record AdminLink(String messageKey, String path, Set<Role> roles, int order) {

	public AdminLink {
		if (!path.startsWith("/admin")) {
			throw new IllegalArgumentException("admin links live under /admin: " + path);
		}
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("an admin link needs at least one role: " + path);
		}
		roles = Set.copyOf(roles);
	}
}
