package org.prongsai.eservice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.calendar.TypedDates;
import org.prongsai.station.OfficerView;
import org.prongsai.station.StationDirectory;

/**
 * The duty roster of the One Stop Service desk (จุดบริการประชาชน): which of the station's officers
 * serves the enquiry desk when, shown to the public as who is on duty now. Times are Bangkok's;
 * a shift whose end is not after its start runs past midnight, as night shifts do.
 */
@Service
@Transactional
class DutyRoster {

	private static final Duration LONGEST = Duration.ofHours(24);

	private final JdbcClient jdbc;
	private final StationDirectory stations;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DutyRoster(JdbcClient jdbc, StationDirectory stations, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.stations = stations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a shift.
	 * @throws EServiceRejected for an officer not of the station, an unreadable day or time, a shift that has ended, or a bad phone
	 */
	UUID add(UUID stationId, ShiftEntry entry, String by) {
		OfficerView officer = stations.officers(stationId).stream()
			.filter(o -> o.id().toString().equals(entry.officer()))
			.findFirst().orElseThrow(() -> new EServiceRejected("eservice.duty.reject.officer"));
		ZonedDateTime start;
		ZonedDateTime end;
		try {
			LocalDate day = TypedDates.day(entry.day());
			start = day.atTime(LocalTime.parse(entry.from().strip())).atZone(FiscalYear.BANGKOK);
			LocalTime to = LocalTime.parse(entry.to().strip());
			end = (to.isAfter(start.toLocalTime()) ? day : day.plusDays(1)).atTime(to).atZone(FiscalYear.BANGKOK);
		}
		catch (DateTimeParseException ex) {
			throw new EServiceRejected("eservice.duty.reject.time");
		}
		if (Duration.between(start, end).compareTo(LONGEST) > 0) {
			throw new EServiceRejected("eservice.duty.reject.time");
		}
		if (!end.toInstant().isAfter(clock.instant())) {
			throw new EServiceRejected("eservice.duty.reject.past");
		}
		String phone = entry.deskPhone().strip();
		if (!phone.isEmpty() && !phone.matches("\\+?[0-9][0-9 -]{7,18}[0-9]")) {
			throw new EServiceRejected("eservice.duty.reject.phone");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into duty_shift (id, station_id, officer_id, starts_at, ends_at, desk_phone, recorded_by, recorded_at)"
				+ " values (:id, :station, :officer, :start, :end, :phone, :by, :now)")
			.param("id", id).param("station", stationId).param("officer", officer.id())
			.param("start", Timestamp.from(start.toInstant())).param("end", Timestamp.from(end.toInstant()))
			.param("phone", phone.isEmpty() ? null : phone).param("by", by).param("now", Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.duty.added", id.toString(), "",
				officer.rankTh() + officer.nameTh() + " " + start + " - " + end));
		return id;
	}

	/** Removes a shift of the station; another station's is not found. */
	void remove(UUID stationId, UUID id, String by) {
		if (jdbc.sql("delete from duty_shift where id = :id and station_id = :station").param("id", id)
			.param("station", stationId).update() == 0) {
			throw new EServiceRejected("eservice.duty.reject.none");
		}
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.duty.removed", id.toString(), "shift",
				"removed by " + by));
	}

	/** The shifts that have not ended, soonest first. */
	@Transactional(readOnly = true)
	List<Shift> upcoming(UUID stationId) {
		return shifts(stationId, "ends_at > :now order by starts_at, id");
	}

	/** Who is on duty at the desk now. */
	@Transactional(readOnly = true)
	List<Shift> onDuty(UUID stationId) {
		return shifts(stationId, "starts_at <= :now and ends_at > :now order by starts_at, id");
	}

	private List<Shift> shifts(UUID stationId, String condition) {
		Map<UUID, OfficerView> officers = stations.officers(stationId).stream()
			.collect(Collectors.toMap(OfficerView::id, Function.identity()));
		return jdbc.sql("select * from duty_shift where station_id = :station and " + condition)
			.param("station", stationId).param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> new Shift(rs.getObject("id", UUID.class), officers.get(rs.getObject("officer_id", UUID.class)),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("desk_phone")))
			.list().stream().filter(s -> s.officer() != null).toList();
	}

	/** A shift as typed: the officer's id, the day, the times (HH:mm) and the desk's phone, if it has its own. */
	record ShiftEntry(String officer, String day, String from, String to, String deskPhone) {

		/** A field the form left out is blank. */
		ShiftEntry {
			officer = officer == null ? "" : officer;
			day = day == null ? "" : day;
			from = from == null ? "" : from;
			to = to == null ? "" : to;
			deskPhone = deskPhone == null ? "" : deskPhone;
		}
	}

	/**
	 * A shift.
	 * @param deskPhone the desk's own phone, or null to call the officer's official one
	 */
	record Shift(UUID id, OfficerView officer, Instant startsAt, Instant endsAt, @Nullable String deskPhone) {

		/** The number to call: the desk's, or the officer's official phone. */
		public @Nullable String phone() {
			return deskPhone != null ? deskPhone : officer.officialPhone();
		}
	}
}
