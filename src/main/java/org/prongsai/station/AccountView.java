package org.prongsai.station;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.prongsai.platform.security.Role;

/** An account as the administration screens show it: never its password hash. */
public record AccountView(UUID id, @Nullable UUID stationId, @Nullable Integer region, String username,
		String displayName, Set<Role> roles, boolean enabled, boolean locked, Instant createdAt) {
}
