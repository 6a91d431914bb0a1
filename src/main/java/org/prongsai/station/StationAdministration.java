package org.prongsai.station;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.security.Passwords;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.NotFoundException;

/** Every change to stations and accounts goes through here, and each leaves an audit entry. */
@Service
@Transactional
class StationAdministration {

	private final Stations stations;
	private final Accounts accounts;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	StationAdministration(Stations stations, Accounts accounts, PasswordEncoder encoder,
			ApplicationEventPublisher events, Clock clock) {
		this.stations = stations;
		this.accounts = accounts;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a station.
	 * @throws IllegalArgumentException for a malformed or taken code
	 */
	StationView createStation(String code, StationProfile profile) {
		if (stations.findByCode(code).isPresent()) {
			throw new IllegalArgumentException("a station with code " + code + " exists already");
		}
		Station station = stations.save(Station.create(code, profile, false, clock.instant()));
		events.publishEvent(new StationEvents.StationCreated(station.getId(), code, profile.summary()));
		return station.view();
	}

	/**
	 * Replaces a station's profile if nobody changed it since {@code expectedVersion} was read.
	 * @throws OptimisticLockingFailureException when someone else saved in between
	 */
	StationView updateProfile(UUID stationId, StationProfile profile, int expectedVersion) {
		Station station = stations.findById(stationId).orElseThrow(() -> new NotFoundException("station"));
		if (station.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("station changed since it was read");
		}
		String before = station.profile().summary();
		station.update(profile);
		Station saved = stations.save(station);
		events.publishEvent(new StationEvents.StationProfileUpdated(stationId, saved.view().code(), before,
				profile.summary()));
		return saved.view();
	}

	int version(UUID stationId) {
		return stations.findById(stationId).map(Station::getVersion).orElseThrow(() -> new NotFoundException("station"));
	}

	/**
	 * Creates an account and returns its one-time password, which is stored only as a hash.
	 * @throws IllegalArgumentException for a taken or malformed username, an unknown station, or roles that don't fit
	 */
	String createAccount(@Nullable String stationCode, @Nullable Integer region, String username, String displayName,
			Set<Role> roles) {
		String name = username.strip().toLowerCase(Locale.ROOT);
		if (accounts.findByUsername(name).isPresent()) {
			throw new IllegalArgumentException("the username " + name + " is taken");
		}
		UUID stationId = null;
		if (stationCode != null) {
			stationId = stations.findByCode(stationCode)
				.orElseThrow(() -> new IllegalArgumentException("no station with code " + stationCode))
				.getId();
		}
		String password = Passwords.generate();
		Account account = accounts.save(Account.create(stationId, region, name, encoder.encode(password),
				displayName, roles, clock.instant()));
		events.publishEvent(new StationEvents.AccountCreated(stationId, account.getUsername(),
				"roles=" + Account.encode(roles) + (region != null ? "; region=" + region : "")));
		return password;
	}

	/**
	 * Issues a new one-time password and clears a lock-out.
	 * @throws IllegalArgumentException for an unknown username
	 */
	String resetPassword(String username) {
		Account account = accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new IllegalArgumentException("no account " + username));
		String password = Passwords.generate();
		account.changePassword(encoder.encode(password));
		accounts.save(account);
		events.publishEvent(new StationEvents.PasswordReset(account.getStationId(), account.getUsername()));
		return password;
	}
}
