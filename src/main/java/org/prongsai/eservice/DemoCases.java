package org.prongsai.eservice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.web.BeforeServing;
import org.prongsai.station.DemoMode;
import org.prongsai.station.OfficerView;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * Three fictional cases of the demo station สภ.กมลา: one under way, one overdue (its last step
 * recorded long ago) and one closed. So that visitors can try the status page, their access codes
 * are fixed here instead of random, and the case register screen lists them, saying that they are
 * demo codes; a real station's codes are always random. Runs once, only in demo mode.
 */
@Component
class DemoCases extends BeforeServing {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	/** The demo cases' numbers and their fixed codes. */
	static final Map<String, String> CODES = codes();

	private final DemoMode demo;
	private final StationDirectory stations;
	private final CaseProgress cases;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final Clock clock;

	DemoCases(DemoMode demo, StationDirectory stations, CaseProgress cases, JdbcClient jdbc, TransactionTemplate transaction,
			Clock clock) {
		super(3);
		this.demo = demo;
		this.stations = stations;
		this.cases = cases;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	private static Map<String, String> codes() {
		Map<String, String> codes = new LinkedHashMap<>();
		codes.put("คดีอาญาที่ 101/2569", "DEM0-CASE-0000-0101");
		codes.put("คดีจราจรที่ 57/2569", "DEM0-CASE-0000-0057");
		codes.put("คดีอาญาที่ 88/2568", "DEM0-CASE-0000-0088");
		return Collections.unmodifiableMap(codes);
	}

	@Override
	protected void prepare() {
		if (!demo.enabled()) {
			return;
		}
		StationView kamala = stations.findByCode("kamala").orElse(null);
		if (kamala == null || jdbc.sql("select count(*) from station_case where station_id = :s").param("s", kamala.id())
			.query(Long.class).single() > 0) {
			return;
		}
		List<OfficerView> officers = stations.officers(kamala.id());
		String inquiry = officers.stream().filter(o -> o.nameTh().startsWith("จำลอง")).findFirst().orElse(officers.get(0))
			.id().toString();
		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.BANGKOK));
		transaction.executeWithoutResult(status -> {
			seed(kamala, "คดีอาญาที่ 101/2569", inquiry, 30, today.minusDays(20),
					List.of("evidence", today.minusDays(6).toString()));
			UUID overdue = seed(kamala, "คดีจราจรที่ 57/2569", inquiry, 15, today.minusDays(60),
					List.of("evidence", today.minusDays(45).toString()));
			// Recorded back then: no step for 45 days against a target of 15.
			jdbc.sql("update station_case set registered_at = :then where id = :id")
				.param("then", Timestamp.from(clock.instant().minus(Duration.ofDays(60)))).param("id", overdue).update();
			jdbc.sql("update case_milestone set recorded_at = :then where case_id = :id")
				.param("then", Timestamp.from(clock.instant().minus(Duration.ofDays(45)))).param("id", overdue).update();
			seed(kamala, "คดีอาญาที่ 88/2568", inquiry, 60, today.minusDays(300),
					List.of("evidence", today.minusDays(250).toString(), "witnesses", today.minusDays(200).toString(),
							"prosecutor", today.minusDays(150).toString(), "decided", today.minusDays(90).toString(),
							CaseProgress.CLOSED, today.minusDays(80).toString()));
		});
		log.info("Demo cases seeded for kamala: one under way, one overdue, one closed (fixed demo access codes)");
	}

	/** A case with its first milestone on the day received, then kind and day pairs. */
	private UUID seed(StationView station, String number, String officer, int target, LocalDate received, List<String> steps) {
		UUID id = cases.register(station.id(), new CaseProgress.Registration(number, officer, Integer.toString(target),
				received.toString(), ""), "th", "demo", CODES.get(number)).caseId();
		for (int i = 0; i < steps.size(); i += 2) {
			cases.addMilestone(station.id(), id, steps.get(i), steps.get(i + 1), "demo");
		}
		return id;
	}
}
