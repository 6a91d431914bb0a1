package org.prongsai.station;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.files.StoredFileView;
import org.prongsai.platform.web.NotFoundException;

/**
 * Every change to a station's organisation units and officers (items O1 and O2) goes through
 * here, and each leaves an audit entry with the state before and after. Every method takes the
 * station acted for and treats another station's unit or officer as not found.
 */
@Service
@Transactional
class OrganisationAdministration {

	static final String UNIT_ADDED = "organisation.unit.added";
	static final String UNIT_CHANGED = "organisation.unit.changed";
	static final String UNIT_MOVED = "organisation.unit.moved";
	static final String UNIT_DELETED = "organisation.unit.deleted";
	static final String OFFICER_ADDED = "organisation.officer.added";
	static final String OFFICER_CHANGED = "organisation.officer.changed";
	static final String OFFICER_MOVED = "organisation.officer.moved";
	static final String OFFICER_DELETED = "organisation.officer.deleted";
	static final String OFFICER_PHOTO_CHANGED = "organisation.officer.photo.changed";

	private final OrgUnits units;
	private final Officers officers;
	private final Accounts accounts;
	private final Files files;
	private final ApplicationEventPublisher events;
	private final Stations stations;
	private final ComplaintOversight oversight;

	OrganisationAdministration(OrgUnits units, Officers officers, Files files, ApplicationEventPublisher events,
			Stations stations, Accounts accounts, ComplaintOversight oversight) {
		this.units = units;
		this.officers = officers;
		this.accounts = accounts;
		this.files = files;
		this.events = events;
		this.stations = stations;
		this.oversight = oversight;
	}

	/**
	 * The station's unit as its edit form opens it.
	 * @throws NotFoundException when the station has no such unit
	 */
	@Transactional(readOnly = true)
	Editable<UnitView> unit(UUID stationId, UUID unitId) {
		OrgUnit unit = ownUnit(stationId, unitId);
		return new Editable<>(unit.view(), unitOrder(stationId).placeOf(unitId), unit.getVersion());
	}

	/**
	 * Adds a unit at the place asked for, or last.
	 * @throws IllegalArgumentException for details a unit cannot have
	 */
	UnitView addUnit(UUID stationId, UnitDetails details, @Nullable Integer place) {
		PublishedOrder order = unitOrder(stationId);
		OrgUnit unit = units.save(OrgUnit.create(stationId, order.size() + 1, details));
		int placed = order.place(unit.getId(), place);
		publish(stationId, UNIT_ADDED, target(unit), "", placeSummary(placed, details.summary()));
		return unit.view();
	}

	/**
	 * Replaces a unit's details and moves it to the place asked for, if nobody changed it since
	 * {@code expectedVersion} was read.
	 * @throws OptimisticLockingFailureException when someone else saved the unit in between
	 * @throws NotFoundException when the station has no such unit
	 */
	UnitView updateUnit(UUID stationId, UUID unitId, UnitDetails details, @Nullable Integer place,
			int expectedVersion) {
		OrgUnit unit = ownUnit(stationId, unitId);
		checkVersion(unit.getVersion(), expectedVersion);
		PublishedOrder order = unitOrder(stationId);
		String before = placeSummary(order.placeOf(unitId), unit.details().summary());
		unit.update(details);
		OrgUnit saved = units.save(unit);
		int placed = order.place(unitId, place);
		publish(stationId, UNIT_CHANGED, target(saved), before, placeSummary(placed, details.summary()));
		return saved.view();
	}

	/**
	 * Moves a unit to a place in the list (1 is first; a place past the end is last).
	 * @throws NotFoundException when the station has no such unit
	 */
	void moveUnit(UUID stationId, UUID unitId, int place) {
		move(stationId, UNIT_MOVED, target(ownUnit(stationId, unitId)), unitOrder(stationId), unitId, place);
	}

	/**
	 * Deletes a unit that no officer belongs to any more.
	 * @throws UnitHasOfficersException when officers still belong to it; nothing changes then
	 * @throws OptimisticLockingFailureException when someone else saved the unit since it was read
	 * @throws NotFoundException when the station has no such unit
	 */
	void deleteUnit(UUID stationId, UUID unitId, int expectedVersion) {
		OrgUnit unit = ownUnit(stationId, unitId);
		checkVersion(unit.getVersion(), expectedVersion);
		long members = officers.countByUnitId(unitId);
		if (members > 0) {
			throw new UnitHasOfficersException(members);
		}
		PublishedOrder order = unitOrder(stationId);
		String before = placeSummary(order.placeOf(unitId), unit.details().summary());
		units.delete(unit);
		order.remove(unitId);
		publish(stationId, UNIT_DELETED, target(unit), before, "deleted");
	}

	/**
	 * The station's officer as their edit form opens it.
	 * @throws NotFoundException when the station has no such officer
	 */
	@Transactional(readOnly = true)
	Editable<OfficerView> officer(UUID stationId, UUID officerId) {
		Officer officer = ownOfficer(stationId, officerId);
		return new Editable<>(officer.view(), officerOrder(stationId).placeOf(officerId), officer.getVersion());
	}

	/**
	 * Adds an officer at the place asked for, or last.
	 * @throws IllegalArgumentException when the unit is not one of the station's
	 */
	OfficerView addOfficer(UUID stationId, OfficerDetails details, @Nullable Integer place) {
		String after = details.summary(unitName(stationId, details.unitId()));
		PublishedOrder order = officerOrder(stationId);
		Officer officer = officers.save(Officer.create(stationId, order.size() + 1, details));
		int placed = order.place(officer.getId(), place);
		publish(stationId, OFFICER_ADDED, target(officer), "", placeSummary(placed, after));
		return officer.view();
	}

	/**
	 * Replaces an officer's details and moves them to the place asked for, if nobody changed them
	 * since {@code expectedVersion} was read.
	 * @throws IllegalArgumentException when the unit is not one of the station's
	 * @throws OptimisticLockingFailureException when someone else saved the officer in between
	 * @throws NotFoundException when the station has no such officer
	 * @throws ComplaintOversight.Refused for a change of unit or standing that complaints are routed by,
	 *     unless an administrator of the station's region makes it
	 */
	OfficerView updateOfficer(UUID stationId, UUID officerId, OfficerDetails details, @Nullable Integer place,
			int expectedVersion) {
		Officer officer = ownOfficer(stationId, officerId);
		checkVersion(officer.getVersion(), expectedVersion);
		if (ComplaintOversight.routingChanges(officer.details(), details)) {
			overseen(stationId, officer);
		}
		String after = details.summary(unitName(stationId, details.unitId()));
		PublishedOrder order = officerOrder(stationId);
		String before = placeSummary(order.placeOf(officerId), summary(stationId, officer));
		officer.update(details);
		Officer saved = officers.save(officer);
		int placed = order.place(officerId, place);
		publish(stationId, OFFICER_CHANGED, target(saved), before, placeSummary(placed, after));
		return saved.view();
	}

	/**
	 * Moves an officer to a place in the list (1 is first; a place past the end is last).
	 * @throws NotFoundException when the station has no such officer
	 */
	void moveOfficer(UUID stationId, UUID officerId, int place) {
		move(stationId, OFFICER_MOVED, target(ownOfficer(stationId, officerId)), officerOrder(stationId), officerId,
				place);
	}

	/**
	 * Deletes an officer from the published list, with their photo.
	 * @throws OfficerHasAccountsException when an account still belongs to the officer (say first
	 *     whose it is instead: complaints are routed by it); nothing changes then
	 * @throws OptimisticLockingFailureException when someone else saved the officer since it was read
	 * @throws NotFoundException when the station has no such officer
	 * @throws ComplaintOversight.Refused for an officer complaints are routed by, unless an
	 *     administrator of the station's region deletes them
	 */
	void deleteOfficer(UUID stationId, UUID officerId, int expectedVersion) {
		Officer officer = ownOfficer(stationId, officerId);
		checkVersion(officer.getVersion(), expectedVersion);
		overseen(stationId, officer);
		List<String> linked = accounts.usernamesOfOfficer(officerId);
		if (!linked.isEmpty()) {
			throw new OfficerHasAccountsException(linked);
		}
		PublishedOrder order = officerOrder(stationId);
		String before = placeSummary(order.placeOf(officerId), summary(stationId, officer));
		officers.delete(officer);
		forgetPhoto(stationId, officer.view().photoFileId());
		order.remove(officerId);
		publish(stationId, OFFICER_DELETED, target(officer), before, "deleted");
	}

	/**
	 * Keeps a new photo of the officer, checked as a {@link FileUse#PHOTO} before this is called,
	 * and shows it on the public pages in place of the one before, which is forgotten.
	 * @throws NotFoundException when the station has no such officer
	 */
	OfficerView changeOfficerPhoto(UUID stationId, UUID officerId, CheckedFile checked, String uploadedBy) {
		Officer officer = ownOfficer(stationId, officerId);
		UUID previous = officer.view().photoFileId();
		StoredFileView photo = files.keep(stationId, checked, uploadedBy);
		officer.showPhoto(photo.id());
		Officer saved = officers.save(officer);
		forgetPhoto(stationId, previous);
		publish(stationId, OFFICER_PHOTO_CHANGED, target(saved), previous == null ? "no photo" : "photo file " + previous,
				"photo " + photo.originalName() + " (" + photo.contentType() + ", sha256 " + photo.sha256() + ")");
		return saved.view();
	}

	/** A portrait is personal: one no officer shows any more is not kept. */
	private void forgetPhoto(UUID stationId, @Nullable UUID photoFileId) {
		if (photoFileId != null) {
			files.forget(stationId, photoFileId);
		}
	}

	/**
	 * Refuses station staff a change to an officer that routing reads: the commander, a complaint
	 * officer's officer, and anyone of a complaint officer's unit (moved out of it, a complaint about
	 * them would reach that colleague).
	 */
	private void overseen(UUID stationId, Officer officer) {
		OfficerDetails details = officer.details();
		Set<UUID> complaintOfficers = oversight.complaintOfficersOfficers(stationId);
		UUID unit = details.unitId();
		boolean sharesAComplaintOfficersUnit = unit != null && officers.findByStationIdOrderByPosition(stationId).stream()
			.anyMatch(o -> complaintOfficers.contains(o.getId()) && unit.equals(o.details().unitId()));
		if (ComplaintOversight.commands(details) || complaintOfficers.contains(officer.getId())
				|| sharesAComplaintOfficersUnit) {
			Station station = stations.findById(stationId).orElseThrow(() -> new NotFoundException("station"));
			oversight.require(station.profile().policeRegion(), "station.oversight.officer");
		}
	}

	private OrgUnit ownUnit(UUID stationId, UUID unitId) {
		return units.findById(unitId)
			.filter(u -> u.getStationId().equals(stationId))
			.orElseThrow(() -> new NotFoundException("unit"));
	}

	private Officer ownOfficer(UUID stationId, UUID officerId) {
		return officers.findById(officerId)
			.filter(o -> o.getStationId().equals(stationId))
			.orElseThrow(() -> new NotFoundException("officer"));
	}

	/** The unit's Thai name for the audit trail, or "-" for none; another station's unit is refused. */
	private String unitName(UUID stationId, @Nullable UUID unitId) {
		if (unitId == null) {
			return "-";
		}
		return units.findById(unitId)
			.filter(u -> u.getStationId().equals(stationId))
			.map(u -> u.details().nameTh())
			.orElseThrow(() -> new IllegalArgumentException("the station has no unit " + unitId));
	}

	private String summary(UUID stationId, Officer officer) {
		OfficerDetails details = officer.details();
		return details.summary(unitName(stationId, details.unitId()));
	}

	private PublishedOrder unitOrder(UUID stationId) {
		return new PublishedOrder(units.findByStationIdOrderByPosition(stationId).stream().map(OrgUnit::getId).toList(),
				units::reposition);
	}

	private PublishedOrder officerOrder(UUID stationId) {
		return new PublishedOrder(officers.findByStationIdOrderByPosition(stationId).stream().map(Officer::getId).toList(),
				officers::reposition);
	}

	/** Moves a record and, when its place changed, records where it was and where it is now. */
	private void move(UUID stationId, String action, String target, PublishedOrder order, UUID id, int place) {
		int before = order.placeOf(id);
		int placed = order.place(id, place);
		if (placed != before) {
			publish(stationId, action, target, "place=" + before, "place=" + placed);
		}
	}

	private static void checkVersion(int actual, int expected) {
		if (actual != expected) {
			throw new OptimisticLockingFailureException("changed since it was read");
		}
	}

	private static String placeSummary(int place, String summary) {
		return "place=" + place + "; " + summary;
	}

	private static String target(OrgUnit unit) {
		return "unit " + unit.details().nameTh() + " (" + unit.getId() + ")";
	}

	private static String target(Officer officer) {
		OfficerView view = officer.view();
		return "officer " + view.fullName("th") + " (" + view.id() + ")";
	}

	private void publish(UUID stationId, String action, String target, String before, String after) {
		events.publishEvent(new StationEvents.OrganisationChanged(stationId, action, target, before, after));
	}
}
