package org.prongsai.station;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.prongsai.platform.security.Role;

/**
 * An account as the administration screens show it: never its password hash.
 * @param officerId the officer whose account it is; null when it is no officer's in particular
 */
public record AccountView(UUID id, @Nullable UUID stationId, @Nullable Integer region, String username,
		String displayName, Set<Role> roles, boolean enabled, Instant createdAt, @Nullable UUID officerId) {

	public boolean has(Role role) {
		return roles.contains(role);
	}
}
