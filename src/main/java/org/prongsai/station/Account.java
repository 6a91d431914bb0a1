package org.prongsai.station;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;

/** A person's sign-in account. The password is kept only as an Argon2id hash. */
class Account {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	@Id
	private final UUID id;
	private final @Nullable UUID stationId;
	private final @Nullable Integer policeRegion;
	private final String username;
	private String passwordHash;
	private String displayName;
	private String roles;
	private boolean enabled;
	private final Instant createdAt;
	/** The officer whose account it is, if it is an officer's. */
	private @Nullable UUID officerId;
	@Version
	private int version;

	@PersistenceCreator
	Account(UUID id, @Nullable UUID stationId, @Nullable Integer policeRegion, String username, String passwordHash,
			String displayName, String roles, boolean enabled, Instant createdAt, @Nullable UUID officerId, int version) {
		this.id = id;
		this.stationId = stationId;
		this.policeRegion = policeRegion;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.roles = roles;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.officerId = officerId;
		this.version = version;
	}

	/**
	 * A new account of a station, or (with a region and no station) of a region administrator.
	 * @throws IllegalArgumentException for a malformed username, no role, or a home that does not fit the roles
	 */
	static Account create(@Nullable UUID stationId, @Nullable Integer region, String username, String passwordHash,
			String displayName, Set<Role> roles, Instant now) {
		if (!USERNAME.matcher(username).matches()) {
			throw new IllegalArgumentException("a username is 3–64 lower-case letters, digits, '.', '_' or '-'");
		}
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("an account needs at least one role");
		}
		if (roles.contains(Role.REGION_ADMIN) ? region == null : stationId == null) {
			throw new IllegalArgumentException(roles.contains(Role.REGION_ADMIN)
					? "a region administrator needs a police region" : "a station account needs a station");
		}
		if (displayName.isBlank()) {
			throw new IllegalArgumentException("an account needs a display name");
		}
		return new Account(UUID.randomUUID(), stationId, region, username, passwordHash, displayName.strip(),
				encode(roles), true, now, null, 0);
	}

	static String encode(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	Set<Role> roleSet() {
		Set<Role> set = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(set::add);
		return set;
	}

	ProngsaiUser toUser() {
		return new ProngsaiUser(id, username, displayName, stationId, policeRegion, roleSet(), passwordHash, enabled);
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	AccountView view() {
		return new AccountView(id, stationId, policeRegion, username, displayName, roleSet(), enabled, createdAt,
				officerId);
	}

	/** Makes the account an officer's, or no one's in particular. */
	void belongTo(@Nullable UUID officer) {
		this.officerId = officer;
	}

	@Nullable UUID getOfficerId() {
		return officerId;
	}

	UUID getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	@Nullable UUID getStationId() {
		return stationId;
	}
}
