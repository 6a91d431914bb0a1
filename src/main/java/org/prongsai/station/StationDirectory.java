package org.prongsai.station;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.prongsai.platform.audit.AuditedEvent;
import org.prongsai.platform.security.Role;

/** Reads stations, their units and officers. Every answer is a read record, never an aggregate. */
@Service
@Transactional(readOnly = true)
public class StationDirectory {

	private final Stations stations;

	private final OrgUnits units;

	private final Officers officers;

	/**
	 * Stations by code, as every public request resolves its station from its address. Emptied
	 * after any audited change commits (a station's every change is audited); a read that began
	 * before an emptying is not kept after it.
	 */
	private final Map<String, StationView> byCode = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final Accounts accounts;

	StationDirectory(Stations stations, OrgUnits units, Officers officers, Accounts accounts) {
		this.accounts = accounts;
		this.stations = stations;
		this.units = units;
		this.officers = officers;
	}

	/** The station with this public code, or empty when there is none. */
	public Optional<StationView> findByCode(String code) {
		if (!StationCode.PATTERN.matcher(code).matches()) {
			return Optional.empty();
		}
		StationView known = byCode.get(code);
		if (known != null) {
			return Optional.of(known);
		}
		long before = generation.get();
		Optional<StationView> found = stations.findByCode(code).map(Station::view);
		found.ifPresent(view -> {
			if (generation.get() == before) {
				byCode.put(code, view);
			}
		});
		return found;
	}

	/**
	 * Forgets the stations read so far once a change's transaction completes (or at once, outside
	 * one). A plain listener with a synchronization, not {@code @TransactionalEventListener}: for a
	 * transactional listener the event publication registry would keep a copy of every audited
	 * event, for good and out of reach of the audit trail's retention. Events that change nothing
	 * shown (sign-ins) are let pass.
	 */
	@EventListener
	@Transactional(propagation = Propagation.SUPPORTS)
	void forgetStations(AuditedEvent change) {
		if (!change.changesContent()) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forgetStations();
				}
			});
		}
		else {
			forgetStations();
		}
	}

	private void forgetStations() {
		generation.incrementAndGet();
		byCode.clear();
	}

	/** The station with this id, or empty when there is none. */
	public Optional<StationView> find(UUID id) {
		return stations.findById(id).map(Station::view);
	}

	/** All stations of the deployment, by code. */
	public List<StationView> all() {
		return stations.findAllByOrderByCode().stream().map(Station::view).toList();
	}

	/** The stations of one police region, by code. */
	public List<StationView> inRegion(int region) {
		return stations.findByPoliceRegionOrderByCode(region).stream().map(Station::view).toList();
	}

	/** The station's organisation units in their published order. */
	public List<UnitView> units(UUID stationId) {
		return units.findByStationIdOrderByPosition(stationId).stream().map(OrgUnit::view).toList();
	}

	/** The station's officers as published, in their order. */
	public List<OfficerView> officers(UUID stationId) {
		return officers.findByStationIdOrderByPosition(stationId).stream().map(Officer::view).toList();
	}

	/** The station's officer with this id, or empty when there is none or they serve another station. */
	public Optional<OfficerView> officer(UUID stationId, UUID officerId) {
		return officers.findById(officerId).filter(o -> o.getStationId().equals(stationId)).map(Officer::view);
	}

	/** The station's enabled accounts that hold the role, by username, each with the officer it belongs to. */
	public List<AccountView> accountsWithRole(UUID stationId, Role role) {
		return accounts.findByStationIdOrderByUsername(stationId).stream()
			.map(Account::view)
			.filter(a -> a.enabled() && a.has(role))
			.toList();
	}

	/** The enabled administrators of a police region, by username. */
	public List<AccountView> regionAdministrators(int region) {
		return accounts.findByPoliceRegionAndStationIdIsNullOrderByUsername(region).stream()
			.map(Account::view)
			.filter(a -> a.enabled() && a.has(Role.REGION_ADMIN))
			.toList();
	}
}
