package org.prongsai.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.disclosure.LocalizedText;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.calendar.TypedDates;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.UnitView;

/**
 * The station's activities for the monthly operations report: checked, stored with an optional
 * photo, guarded by version against a stale form, and recorded in the audit trail.
 */
@Service
@Transactional
class Activities {

	/** Who puts the month's operations report together and publishes it. */
	static final Set<Role> REPORT_KEEPERS = EnumSet.of(Role.PUBLISHER, Role.STATION_ADMIN, Role.REGION_ADMIN);

	private final JdbcClient jdbc;
	private final StationDirectory stations;
	private final Files files;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Activities(JdbcClient jdbc, StationDirectory stations, Files files, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.stations = stations;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records an activity.
	 * @param unitId one of the station's units, the one responsible
	 * @param photo a photo checked as a {@link org.prongsai.platform.files.FileUse#PHOTO}, or null
	 * @throws ReportingRejected for a missing title or details, dates that can't be read or are in the wrong order, an unknown unit
	 */
	UUID record(UUID stationId, String title, String details, String startedOn, String endedOn, String unitId,
			@Nullable CheckedFile photo, String by) {
		Checked a = check(stationId, title, details, startedOn, endedOn, unitId);
		UUID photoId = photo == null ? null : files.keep(stationId, photo, by).id();
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into operations_activity (id, station_id, title, details, started_on, ended_on, unit_th, unit_en,"
				+ " photo_file_id, recorded_by, recorded_at) values (:id, :station, :title, :details, :start, :end, :unitTh,"
				+ " :unitEn, :photo, :by, :now)")
			.param("id", id).param("station", stationId).param("title", a.title()).param("details", a.details())
			.param("start", Date.valueOf(a.start())).param("end", Date.valueOf(a.end())).param("unitTh", a.unit().th())
			.param("unitEn", a.unit().en()).param("photo", photoId).param("by", by).param("now", Timestamp.from(clock.instant()))
			.update();
		// Not the title: it may name the people an operation concerned, and the trail is kept for good.
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.activity.recorded", id.toString(), "",
				a.start() + (photoId == null ? "" : ", photo")));
		return id;
	}

	/**
	 * Deletes an activity, for whoever recorded it or one who {@linkplain #mayDelete may}.
	 * @throws ReportingRejected when it is not there, or is another officer's and the person does not put the report together
	 * @throws OptimisticLockingFailureException when it changed since the version shown
	 */
	void delete(UUID stationId, UUID id, int version, ProngsaiUser by) {
		Activity before = find(stationId, id).orElseThrow(() -> new ReportingRejected("reporting.activity.reject.none"));
		if (!mayDelete(before, by)) {
			throw new ReportingRejected("reporting.activity.reject.not-yours");
		}
		if (jdbc.sql("delete from operations_activity where id = :id and station_id = :station and version = :version")
			.param("id", id).param("station", stationId).param("version", version).update() == 0) {
			throw new OptimisticLockingFailureException("activity " + id + " changed since version " + version);
		}
		if (before.photoFileId() != null) {
			// A photo of an operation may show the people it concerned: it goes with the activity.
			files.forget(stationId, before.photoFileId());
		}
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.activity.deleted", id.toString(),
				before.startedOn().toString(), "deleted"));
	}

	/**
	 * Whether the person may delete the activity: an officer only what they recorded themselves,
	 * since every officer of the station records here; those who put the month's report together
	 * and publish it ({@link #REPORT_KEEPERS}) anything in it.
	 */
	static boolean mayDelete(Activity activity, ProngsaiUser user) {
		return activity.recordedBy().equals(user.getUsername()) || REPORT_KEEPERS.stream().anyMatch(user::has);
	}

	@Transactional(readOnly = true)
	Optional<Activity> find(UUID stationId, UUID id) {
		return jdbc.sql("select * from operations_activity where id = :id and station_id = :station")
			.param("id", id).param("station", stationId).query(Activities::activity).optional();
	}

	/** The activities that started in the month, in date order. */
	@Transactional(readOnly = true)
	List<Activity> month(UUID stationId, YearMonth month) {
		return jdbc.sql("select * from operations_activity where station_id = :station and started_on between :start and :end"
				+ " order by started_on, recorded_at, id")
			.param("station", stationId).param("start", Date.valueOf(month.atDay(1))).param("end", Date.valueOf(month.atEndOfMonth()))
			.query(Activities::activity).list();
	}

	private Checked check(UUID stationId, String title, String details, String startedOn, String endedOn, String unitId) {
		if (title.isBlank() || details.isBlank()) {
			throw new ReportingRejected("reporting.activity.reject.required");
		}
		if (title.strip().length() > 300 || details.strip().length() > 4000) {
			throw new ReportingRejected("reporting.procurement.reject.too-long", title.strip().length() > 300 ? 300 : 4000);
		}
		LocalDate start = date(startedOn);
		LocalDate end = endedOn.isBlank() ? start : date(endedOn);
		if (end.isBefore(start)) {
			throw new ReportingRejected("reporting.activity.reject.order");
		}
		if (start.isAfter(LocalDate.now(clock.withZone(FiscalYear.BANGKOK)))) {
			throw new ReportingRejected("reporting.activity.reject.future");
		}
		UnitView unit = stations.units(stationId).stream().filter(u -> u.id().toString().equals(unitId)).findFirst()
			.orElseThrow(() -> new ReportingRejected("reporting.activity.reject.unit"));
		return new Checked(title.strip(), details.strip(), start, end, new LocalizedText(unit.nameTh(), unit.nameEn()));
	}

	private static LocalDate date(String text) {
		try {
			return TypedDates.day(text);
		}
		catch (DateTimeParseException ex) {
			throw new ReportingRejected("reporting.procurement.reject.date");
		}
	}

	private static Activity activity(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Activity(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("details"),
				rs.getDate("started_on").toLocalDate(), rs.getDate("ended_on").toLocalDate(),
				new LocalizedText(rs.getString("unit_th"), rs.getString("unit_en")), rs.getObject("photo_file_id", UUID.class),
				rs.getString("recorded_by"), rs.getInt("version"));
	}

	private record Checked(String title, String details, LocalDate start, LocalDate end, LocalizedText unit) {
	}
}
