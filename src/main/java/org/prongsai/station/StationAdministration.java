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

import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.files.StoredFileView;
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
	private final Files files;
	private final Officers officers;
	private final ComplaintOversight oversight;

	StationAdministration(Stations stations, Accounts accounts, PasswordEncoder encoder,
			ApplicationEventPublisher events, Clock clock, Files files, Officers officers, ComplaintOversight oversight) {
		this.files = files;
		this.officers = officers;
		this.oversight = oversight;
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
	 * @throws ComplaintOversight.Refused when the police region changes and the person is not an
	 *     administrator of the station's region: complaints naming the commander go to that region
	 */
	StationView updateProfile(UUID stationId, StationProfile profile, int expectedVersion) {
		Station station = stations.findById(stationId).orElseThrow(() -> new NotFoundException("station"));
		if (station.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("station changed since it was read");
		}
		int region = station.profile().policeRegion();
		if (profile.policeRegion() != region) {
			oversight.require(region, "station.oversight.region");
		}
		String before = station.profile().summary();
		station.update(profile);
		Station saved = stations.save(station);
		events.publishEvent(new StationEvents.StationProfileUpdated(stationId, saved.view().code(), before,
				profile.summary()));
		return saved.view();
	}

	/**
	 * Keeps a new photo of the station, checked as a {@link FileUse#PHOTO} before this is called,
	 * and shows it on the home page.
	 */
	void changePhoto(UUID stationId, CheckedFile checked, String uploadedBy) {
		Station station = stations.findById(stationId).orElseThrow(() -> new NotFoundException("station"));
		StoredFileView photo = files.keep(stationId, checked, uploadedBy);
		station.showPhoto(photo.id());
		stations.save(station);
		events.publishEvent(new StationEvents.StationPhotoChanged(stationId, station.view().code(),
				"photo " + photo.originalName() + " (" + photo.contentType() + ", sha256 " + photo.sha256() + ")"));
	}

	int version(UUID stationId) {
		return stations.findById(stationId).map(Station::getVersion).orElseThrow(() -> new NotFoundException("station"));
	}

	/**
	 * Creates an account and returns its one-time password, which is stored only as a hash.
	 * @throws IllegalArgumentException for a taken or malformed username, an unknown station, or roles that don't fit
	 * @throws ComplaintOversight.Refused for the complaint officer role given by anyone but an
	 *     administrator of the station's region
	 */
	String createAccount(@Nullable String stationCode, @Nullable Integer region, String username, String displayName,
			Set<Role> roles) {
		UUID stationId = null;
		if (stationCode != null) {
			Station station = stations.findByCode(stationCode)
				.orElseThrow(() -> new IllegalArgumentException("no station with code " + stationCode));
			if (roles.contains(Role.COMPLAINT_OFFICER)) {
				oversight.require(station.profile().policeRegion(), "station.oversight.complaint-officer");
			}
			stationId = station.getId();
		}
		String name = username.strip().toLowerCase(Locale.ROOT);
		if (accounts.findByUsername(name).isPresent()) {
			throw new IllegalArgumentException("the username " + name + " is taken");
		}
		String password = Passwords.generate();
		Account account = accounts.save(Account.create(stationId, region, name, encoder.encode(password),
				displayName, roles, clock.instant()));
		events.publishEvent(new StationEvents.AccountCreated(stationId, account.getUsername(),
				"roles=" + Account.encode(roles) + (region != null ? "; region=" + region : "")));
		return password;
	}

	/** The accounts of one station, by username. */
	@Transactional(readOnly = true)
	java.util.List<AccountView> accountsOf(UUID stationId) {
		return accounts.findByStationIdOrderByUsername(stationId).stream().map(Account::view).toList();
	}

	/**
	 * Says whose account it is: one of the station's officers, or (null) no one's in particular.
	 * @throws NotFoundException when the account or the officer is not the station's
	 * @throws ComplaintOversight.Refused for a complaint officer's account, unless an administrator of the region acts
	 */
	void assignOfficer(UUID stationId, UUID accountId, @Nullable UUID officerId) {
		Account account = accounts.findById(accountId)
			.filter(a -> stationId.equals(a.getStationId()))
			.orElseThrow(() -> new NotFoundException("account"));
		overseen(account);
		if (officerId != null && officers.findById(officerId).filter(o -> o.getStationId().equals(stationId)).isEmpty()) {
			throw new NotFoundException("officer");
		}
		String before = "officer=" + account.getOfficerId();
		account.belongTo(officerId);
		accounts.save(account);
		events.publishEvent(new StationEvents.AccountOfficerAssigned(stationId, account.getUsername(), before,
				"officer=" + officerId));
	}

	/**
	 * Issues a new one-time password for an account of the given station.
	 * @throws NotFoundException when the account is not the station's (its existence must not leak)
	 */
	OneTimePassword resetPassword(UUID stationId, UUID accountId) {
		Account account = accounts.findById(accountId)
			.filter(a -> stationId.equals(a.getStationId()))
			.orElseThrow(() -> new NotFoundException("account"));
		return new OneTimePassword(account.getUsername(), resetPassword(account.getUsername()));
	}

	/**
	 * Issues a new one-time password.
	 * @throws IllegalArgumentException for an unknown username
	 * @throws ComplaintOversight.Refused for a complaint officer's account, unless an administrator of the region acts
	 */
	String resetPassword(String username) {
		Account account = accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new IllegalArgumentException("no account " + username));
		overseen(account);
		String password = Passwords.generate();
		account.changePassword(encoder.encode(password));
		accounts.save(account);
		events.publishEvent(new StationEvents.PasswordReset(account.getStationId(), account.getUsername()));
		return password;
	}

	/** A complaint officer's account is changed only by the region: whoever can sign in as them reads the complaints. */
	private void overseen(Account account) {
		UUID stationId = account.getStationId();
		if (stationId != null && account.roleSet().contains(Role.COMPLAINT_OFFICER)) {
			Station station = stations.findById(stationId).orElseThrow(() -> new NotFoundException("station"));
			oversight.require(station.profile().policeRegion(), "station.oversight.complaint-officer");
		}
	}
}
