package org.prongsai.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;

class AccountTests {

	private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

	private static final UUID STATION = UUID.randomUUID();

	private static Account create(@Nullable UUID station, @Nullable Integer region, String username,
			String displayName, Set<Role> roles) {
		return Account.create(station, region, username, "{argon2}hash", displayName, roles, NOW);
	}

	private static Account stationAccount(String username) {
		return create(STATION, null, username, "ร.ต.อ.สมชาย", EnumSet.of(Role.OFFICER));
	}

	@ParameterizedTest
	@ValueSource(strings = { "somchai", "s.p", "kamala.officer", "user_1", "a-b", "9lives",
			"a234567890123456789012345678901234567890123456789012345678901234" })
	void acceptsLowerCaseUsernamesOfThreeToSixtyFour(String username) {
		assertThat(stationAccount(username).getUsername()).isEqualTo(username);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "ab", "Somchai", "som chai", ".somchai", "_somchai", "สมชาย", "somchai@station",
			"a2345678901234567890123456789012345678901234567890123456789012345" })
	void refusesMalformedUsernames(String username) {
		assertThatIllegalArgumentException().isThrownBy(() -> stationAccount(username))
			.withMessageStartingWith("a username is");
	}

	@Test
	void refusesAnAccountWithoutRoles() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> create(STATION, null, "somchai", "สมชาย", EnumSet.noneOf(Role.class)))
			.withMessage("an account needs at least one role");
	}

	@Test
	void refusesARegionAdministratorWithoutARegion() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> create(null, null, "region8", "ภ.8", EnumSet.of(Role.REGION_ADMIN)))
			.withMessage("a region administrator needs a police region");
	}

	@Test
	void refusesAStationRoleWithoutAStation() {
		for (Role role : EnumSet.complementOf(EnumSet.of(Role.REGION_ADMIN))) {
			assertThatIllegalArgumentException().as(role.name())
				.isThrownBy(() -> create(null, 8, "somchai", "สมชาย", EnumSet.of(role)))
				.withMessage("a station account needs a station");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\t\n" })
	void refusesABlankDisplayName(String displayName) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> create(STATION, null, "somchai", displayName, EnumSet.of(Role.OFFICER)))
			.withMessage("an account needs a display name");
	}

	@Test
	void newAccountIsEnabledWithItsRolesAndHome() {
		Account account = create(null, 8, "region8", "  ภ.8  ", EnumSet.of(Role.REGION_ADMIN, Role.ASSESSOR));
		ProngsaiUser user = account.toUser();

		assertThat(user.displayName()).as("stripped").isEqualTo("ภ.8");
		assertThat(user.roles()).containsExactlyInAnyOrder(Role.REGION_ADMIN, Role.ASSESSOR);
		assertThat(user.region()).isEqualTo(8);
		assertThat(user.stationId()).isNull();
		assertThat(user.isEnabled()).isTrue();
		assertThat(user.getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_REGION_ADMIN", "ROLE_ASSESSOR");
	}

	@Test
	void changingThePasswordReplacesTheHash() {
		Account account = stationAccount("somchai");

		account.changePassword("{argon2}new");

		assertThat(account.toUser().getPassword()).isEqualTo("{argon2}new");
	}
}
