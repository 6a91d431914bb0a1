package org.prongsai.station;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.prongsai.platform.security.Role;

/** A new station account as the form posts it. */
record AccountForm(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}") String username,
		@NotBlank @Size(max = 200) String displayName, @NotEmpty @Nullable Set<Role> roles) {

	/** Roles a station administrator may give: every station role, never the region's. */
	static final Set<Role> GRANTABLE = java.util.EnumSet.complementOf(java.util.EnumSet.of(Role.REGION_ADMIN));

	static AccountForm empty() {
		return new AccountForm("", "", Set.of());
	}
}
