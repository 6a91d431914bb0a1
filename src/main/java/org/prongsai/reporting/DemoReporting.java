package org.prongsai.reporting;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.web.BeforeServing;
import org.prongsai.station.DemoMode;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * Gives the demo station's finance officer procurement records for October 2023 to February 2024
 * (none in February) and publishes those months' summaries from them, so the demo's O15 shows
 * generated สขร.๑ files and open data, replacing the files uploaded for those months before;
 * March is left as uploaded, for someone to try the screen on. Likewise the publishing officer
 * imports and publishes crime and checkpoint statistics for October to March, so O11 shows
 * generated files and charts, and finance keeps the year's procurement plan and announcements
 * (O14). Runs once, after the disclosure demo; all names and figures are
 * fictional.
 */
@Component
class DemoReporting extends BeforeServing {

	private static final Logger log = LoggerFactory.getLogger(DemoReporting.class);

	private static final String FINANCE = "kamala.finance";

	private static final String PUBLISHER = "kamala.publisher";

	/** Offences the demo station counts each month, with a base for their fictional figures. */
	private static final Map<String, Integer> OFFENCES = new java.util.LinkedHashMap<>(Map.of("1.3", 1, "2.1", 4, "3.1", 11,
			"3.3", 3, "3.4", 6, "4.1", 14, "4.2", 2, "4.3", 3, "5.1", 2));

	private final DemoMode demo;
	private final boolean content;
	private final StationDirectory stations;
	private final ProcurementRecords records;
	private final ProcurementPublishing publishing;
	private final CrimeStatistics crimes;
	private final CheckpointStatistics checkpoints;
	private final StatisticsPublishing statistics;
	private final ProcurementPlan plan;
	private final ProcurementPlanPublishing planPublishing;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	DemoReporting(DemoMode demo, @Value("${prongsai.demo.content:true}") boolean content, StationDirectory stations,
			ProcurementRecords records, ProcurementPublishing publishing, CrimeStatistics crimes,
			CheckpointStatistics checkpoints, StatisticsPublishing statistics, ProcurementPlan plan,
			ProcurementPlanPublishing planPublishing, JdbcClient jdbc, TransactionTemplate transaction) {
		super(2);
		this.demo = demo;
		this.content = content;
		this.stations = stations;
		this.records = records;
		this.publishing = publishing;
		this.crimes = crimes;
		this.checkpoints = checkpoints;
		this.statistics = statistics;
		this.plan = plan;
		this.planPublishing = planPublishing;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	protected void prepare() {
		if (!demo.enabled() || !content) {
			return;
		}
		StationView kamala = stations.findByCode("kamala").orElse(null);
		if (kamala == null || jdbc.sql("select count(*) from procurement where station_id = :s").param("s", kamala.id())
			.query(Long.class).single() > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			for (YearMonth month = YearMonth.of(2023, 10); month.isBefore(YearMonth.of(2024, 3)); month = month.plusMonths(1)) {
				int m = month.getMonthValue();
				if (m != 2) {
					String supplies = String.valueOf(8400 + 100 * m);
					records.record(kamala.id(), new ProcurementEntry("จัดซื้อวัสดุสำนักงาน", String.valueOf(8500 + 100 * m), "",
							"specific", List.of("ร้านตัวอย่างพาณิชย์"), List.of(supplies), "ร้านตัวอย่างพาณิชย์", supplies,
							"ราคาเหมาะสม มีคุณสมบัติครบตามเงื่อนไข", "ใบสั่งซื้อ " + m + "/2567", month.atDay(15).toString()), FINANCE);
					records.record(kamala.id(), new ProcurementEntry("จ้างซ่อมรถยนต์สายตรวจ", "12000", "12000", "specific",
							List.of("อู่ทดสอบการช่าง", "อู่สมมติยนต์"), List.of("11800", "12400"), "อู่ทดสอบการช่าง", "11800",
							"เสนอราคาต่ำสุดและซ่อมเสร็จภายในกำหนด", "สัญญาจ้าง " + m + "/2567", month.atDay(20).toString()),
							FINANCE);
				}
				publishing.publishMonth(kamala, month, FINANCE);
			}
			statistics(kamala);
			plan(kamala);
		});
		log.info("Demo procurement, its plan and statistics seeded for kamala and published, FY2567");
	}

	/** The year's procurement plan, with the announcements of its one e-bidding, published to O14. */
	private void plan(StationView kamala) {
		FiscalYear year = FiscalYear.of(2567);
		plan.plan(kamala.id(), year, new ProcurementPlan.PlanEntry("จัดซื้อวัสดุสำนักงาน", "102,000", "งบประมาณแผ่นดิน", "specific",
				"2023-10"), FINANCE);
		plan.plan(kamala.id(), year, new ProcurementPlan.PlanEntry("จ้างซ่อมบำรุงรถยนต์สายตรวจ", "144,000", "งบประมาณแผ่นดิน",
				"specific", "2023-10"), FINANCE);
		plan.plan(kamala.id(), year, new ProcurementPlan.PlanEntry("จัดซื้อกล้องโทรทัศน์วงจรปิดพร้อมติดตั้ง", "480,000",
				"งบประมาณแผ่นดิน", "e-bidding", "2024-01"), FINANCE);
		plan.announce(kamala.id(), year, new ProcurementPlan.AnnouncementEntry("invitation", "2024-01-15",
				"ประกวดราคาซื้อกล้องโทรทัศน์วงจรปิดพร้อมติดตั้ง ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "67019000001", "", "",
				""), FINANCE);
		plan.announce(kamala.id(), year, new ProcurementPlan.AnnouncementEntry("result", "2024-02-09",
				"ประกาศผู้ชนะการเสนอราคา ซื้อกล้องโทรทัศน์วงจรปิดพร้อมติดตั้ง", "67019000001", "บริษัท ตัวอย่างเทคโนโลยี จำกัด",
				"468,500", ""), FINANCE);
		planPublishing.publish(kamala, year, FINANCE);
	}

	/** The first six months' crime figures, imported as the publishing officer would, and checkpoint figures typed in. */
	private void statistics(StationView kamala) {
		StringBuilder csv = new StringBuilder(String.join(",", CrimeStatistics.HEADER)).append('\n');
		List<YearMonth> months = new java.util.ArrayList<>();
		for (YearMonth month = YearMonth.of(2023, 10); !month.isAfter(YearMonth.of(2024, 3)); month = month.plusMonths(1)) {
			months.add(month);
			int m = month.getMonthValue();
			YearMonth row = month;
			OFFENCES.forEach((offence, base) -> {
				int reported = base + (base * m) % 5;
				int solved = reported - (reported * m) % 3 / 2;
				csv.append(row).append(',').append(offence).append(',').append(reported).append(',').append(solved)
					.append(',').append(solved + base % 3).append('\n');
			});
			Map<String, String> typed = new java.util.HashMap<>();
			for (CheckpointMeasure measure : CheckpointMeasure.ALL) {
				int base = switch (measure.code()) {
					case "checkpoints" -> 24;
					case "persons" -> 1850;
					case "vehicles" -> 1420;
					case "arrests" -> 21;
					case "no_helmet" -> 38;
					case "no_licence" -> 17;
					case "drunk_driving" -> 9;
					default -> 2;
				};
				typed.put(measure.code(), String.valueOf(base + (base * m) % 7));
			}
			if (!checkpoints.enter(kamala.id(), month, typed, PUBLISHER).isEmpty()) {
				throw new IllegalStateException("demo checkpoint figures refused for " + month);
			}
		}
		FiguresFile.Outcome imported = crimes.importFile(kamala.id(), FiscalYear.of(2567), "demo-crimes.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8), PUBLISHER);
		if (!imported.problems().isEmpty()) {
			throw new IllegalStateException("demo crime figures refused: " + imported.problems());
		}
		for (YearMonth month : months) {
			statistics.publishCrimes(kamala, month, PUBLISHER);
			statistics.publishCheckpoints(kamala, month, PUBLISHER);
		}
	}
}
