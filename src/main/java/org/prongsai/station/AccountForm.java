package org.prongsai.station;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.prongsai.platform.security.Role;

/**
 * A new station account as the form posts it. The roles are kept as sent, names rather than
 * {@link Role}s, so that a name no role has is refused beside the other fields instead of losing
 * the whole form to a failed conversion.
 */
record AccountForm(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}") String username,
		@NotBlank @Size(max = 200) String displayName, @NotEmpty @Nullable Set<String> roles) {

	/** Roles a station administrator may give: every station role, never the region's. */
	static final Set<Role> GRANTABLE = EnumSet.complementOf(EnumSet.of(Role.REGION_ADMIN));

	static AccountForm empty() {
		return new AccountForm("", "", Set.of());
	}

	/** The roles asked for, or empty when one of them is not a role a station administrator may give. */
	Optional<Set<Role>> grantable() {
		Set<Role> asked = EnumSet.noneOf(Role.class);
		for (String name : roles == null ? Set.<String>of() : roles) {
			Role role = GRANTABLE.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
			if (role == null) {
				return Optional.empty();
			}
			asked.add(role);
		}
		return Optional.of(asked);
	}
}
