package org.prongsai.integrity;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * Complaint records written straight into the tables, as the intake would have kept them: only
 * what the statistics read is meaningful, the sealed content is a placeholder.
 */
public final class ComplaintFixtures {

	private ComplaintFixtures() {
	}

	/** An instant of Bangkok's wall-clock time. */
	public static Instant bangkok(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(FiscalYear.BANGKOK).toInstant();
	}

	/** A station of its own, with no units. */
	public static UUID station(JdbcClient jdbc, String code, int region) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into station (id, code, name_th, name_en, short_name_th, short_name_en, province_th, province_en,"
				+ " police_region, address_th, address_en, phone, email, created_at) values (:id, :code, :code, :code, :code,"
				+ " :code, 'ภูเก็ต', 'Phuket', :region, '-', '-', '076000191', 'station@example.org', :now)")
			.param("id", id).param("code", code).param("region", region).param("now", Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	/** A unit of the station at a position of its published order. */
	public static UUID unit(JdbcClient jdbc, UUID station, int position, String nameTh, String nameEn) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into org_unit (id, station_id, position, name_th, name_en) values (:id, :station, :position, :th, :en)")
			.param("id", id).param("station", station).param("position", position).param("th", nameTh).param("en", nameEn)
			.update();
		return id;
	}

	/**
	 * A complaint received at an instant (its RECEIVED stage), then each stage at its instant.
	 * @param stages pairs of a stage's name and its {@link Instant}, in the order reached
	 */
	public static UUID complaint(JdbcClient jdbc, UUID station, String category, @Nullable UUID unit, Instant received,
			Object... stages) {
		UUID id = UUID.randomUUID();
		String last = stages.length == 0 ? "RECEIVED" : (String) stages[stages.length - 2];
		LocalDate day = received.atZone(FiscalYear.BANGKOK).toLocalDate();
		jdbc.sql("insert into complaint (id, station_id, locator, receipt_hash, form_token, received_at, category, named_unit_id,"
				+ " commander_named, handled_by, stage, outcome, acknowledge_by, conclude_by, content) values (:id, :station,"
				+ " :locator, 'hash', :token, :received, :category, :unit, false, 'STATION', :stage, :outcome, :acknowledge,"
				+ " :conclude, :content)")
			.param("id", id).param("station", station).param("locator", id.toString().substring(0, 8))
			.param("token", id.toString()).param("received", Timestamp.from(received)).param("category", category)
			.param("unit", unit).param("stage", last).param("outcome", "CONCLUDED".equals(last) ? "SUBSTANTIATED" : null)
			.param("acknowledge", Date.valueOf(day.plusDays(3))).param("conclude", Date.valueOf(day.plusDays(30)))
			.param("content", new byte[] { 0 })
			.update();
		stage(jdbc, id, station, "RECEIVED", received);
		for (int i = 0; i < stages.length; i += 2) {
			stage(jdbc, id, station, (String) stages[i], (Instant) stages[i + 1]);
		}
		return id;
	}

	private static void stage(JdbcClient jdbc, UUID complaint, UUID station, String stage, Instant at) {
		jdbc.sql("insert into complaint_stage (id, complaint_id, station_id, reached_at, stage, outcome) values (:id, :complaint,"
				+ " :station, :at, :stage, :outcome)")
			.param("id", UUID.randomUUID()).param("complaint", complaint).param("station", station)
			.param("at", Timestamp.from(at)).param("stage", stage)
			.param("outcome", "CONCLUDED".equals(stage) ? "SUBSTANTIATED" : null)
			.update();
	}

	/** A token of one filling of a form, of the shape the portal gives out. */
	static String formToken() {
		return UUID.randomUUID().toString().replace("-", "");
	}
}
