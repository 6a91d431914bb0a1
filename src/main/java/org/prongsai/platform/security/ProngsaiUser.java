package org.prongsai.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person. Station accounts carry their station; a region administrator carries a
 * police region instead. Never holds the password after authentication.
 */
public final class ProngsaiUser implements UserDetails, CredentialsContainer {

	private final UUID accountId;
	private final String username;
	private final String displayName;
	private final @Nullable UUID stationId;
	private final @Nullable Integer region;
	private final Set<Role> roles;
	private @Nullable String passwordHash;
	private final boolean enabled;

	public ProngsaiUser(UUID accountId, String username, String displayName, @Nullable UUID stationId,
			@Nullable Integer region, Set<Role> roles, String passwordHash, boolean enabled) {
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.stationId = stationId;
		this.region = region;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	public UUID accountId() {
		return accountId;
	}

	public String displayName() {
		return displayName;
	}

	/** The station the account belongs to; null for a region administrator. */
	public @Nullable UUID stationId() {
		return stationId;
	}

	/** The police region (1–9) a region administrator oversees; null for station accounts. */
	public @Nullable Integer region() {
		return region;
	}

	public Set<Role> roles() {
		return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ProngsaiUser user && user.accountId.equals(accountId);
	}

	@Override
	public int hashCode() {
		return accountId.hashCode();
	}

	@Override
	public String toString() {
		return "ProngsaiUser[" + username + " " + roles + "]";
	}
}
