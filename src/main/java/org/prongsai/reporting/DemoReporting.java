package org.prongsai.reporting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
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
import org.prongsai.station.StationView;

/**
 * Gives the demo station's finance officer the records of FY2567 and publishes what is made of
 * them, replacing the files uploaded before on the same items: procurement for October 2023 to
 * February 2024 (none in February) with those months' summaries on O15, March left as uploaded
 * for someone to try the screen on; the budget plan with its disbursements and the six-month
 * report the commander acknowledged on 5 April 2024, on O12; and the investigation fund's first
 * two quarters, on O13; the year's procurement plan and announcements, on O14. The publishing
 * officer imports crime figures and types in checkpoint figures for October to March and
 * publishes them, so O11 shows generated files and charts. Each part runs once, after the disclosure demo; all names and figures are
 * fictional.
 */
@Component
class DemoReporting extends BeforeServing {

	private static final Logger log = LoggerFactory.getLogger(DemoReporting.class);

	private static final FiscalYear FY2567 = FiscalYear.of(2567);

	private static final String FINANCE = "kamala.finance";

	private static final String PUBLISHER = "kamala.publisher";

	/** Offences the demo station counts each month, with a base for their fictional figures. */
	private static final Map<String, Integer> OFFENCES = new java.util.LinkedHashMap<>(Map.of("1.3", 1, "2.1", 4, "3.1", 11,
			"3.3", 3, "3.4", 6, "4.1", 14, "4.2", 2, "4.3", 3, "5.1", 2));

	private static final String COMMANDER = "kamala.commander";

	private static final String COMMANDER_NAME = "พ.ต.อ.สมมติ รักษ์ธรรม";

	private final DemoMode demo;
	private final ProcurementRecords records;
	private final ProcurementPublishing publishing;
	private final BudgetPlans plans;
	private final SixMonthReports reports;
	private final BudgetPublishing budget;
	private final InvestigationFund fund;
	private final FundPublishing fundPublishing;
	private final CrimeStatistics crimes;
	private final CheckpointStatistics checkpoints;
	private final StatisticsPublishing statistics;
	private final ProcurementPlan plan;
	private final ProcurementPlanPublishing planPublishing;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	DemoReporting(DemoMode demo, ProcurementRecords records, ProcurementPublishing publishing, BudgetPlans plans,
			SixMonthReports reports, BudgetPublishing budget, InvestigationFund fund, FundPublishing fundPublishing,
			CrimeStatistics crimes, CheckpointStatistics checkpoints, StatisticsPublishing statistics, ProcurementPlan plan,
			ProcurementPlanPublishing planPublishing, JdbcClient jdbc, TransactionTemplate transaction) {
		super(2);
		this.demo = demo;
		this.records = records;
		this.publishing = publishing;
		this.plans = plans;
		this.reports = reports;
		this.budget = budget;
		this.fund = fund;
		this.fundPublishing = fundPublishing;
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
		StationView kamala = demo.stationToFill("kamala").orElse(null);
		if (kamala == null) {
			return;
		}
		if (none("procurement", kamala)) {
			transaction.executeWithoutResult(status -> seedProcurement(kamala));
			log.info("Demo procurement seeded for kamala and its summaries published, October 2023 to February 2024");
		}
		if (none("budget_line", kamala)) {
			transaction.executeWithoutResult(status -> seedBudget(kamala));
			log.info("Demo FY2567 budget plan, disbursements and acknowledged six-month report seeded for kamala and published");
		}
		if (none("investigation_fund_quarter", kamala)) {
			transaction.executeWithoutResult(status -> seedFund(kamala));
			log.info("Demo FY2567 investigation fund seeded for kamala and published through quarter 2");
		}
		if (none("procurement_plan_item", kamala)) {
			transaction.executeWithoutResult(status -> seedPlan(kamala));
			log.info("Demo FY2567 procurement plan and announcements seeded for kamala and published");
		}
		if (none("crime_statistic", kamala)) {
			transaction.executeWithoutResult(status -> seedStatistics(kamala));
			log.info("Demo crime and checkpoint statistics seeded for kamala and published, October 2023 to March 2024");
		}
	}

	private boolean none(String table, StationView station) {
		return jdbc.sql("select count(*) from " + table + " where station_id = :s").param("s", station.id()).query(Long.class)
			.single() == 0;
	}

	private void seedProcurement(StationView kamala) {
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
	}

	/** A plan of five lines, six months of disbursements and one in April, and the report the commander acknowledged. */
	private void seedBudget(StationView kamala) {
		UUID overtime = line(kamala, "national", "operating", "ค่าตอบแทนการปฏิบัติงานนอกเวลาราชการ", "90,000", "90,000", "90,000",
				"90,000");
		UUID supplies = line(kamala, "national", "operating", "ค่าวัสดุสำนักงานและน้ำมันเชื้อเพลิงรถสายตรวจ", "150,000", "140,000",
				"140,000", "130,000");
		UUID utilities = line(kamala, "national", "operating", "ค่าสาธารณูปโภค (ไฟฟ้า น้ำประปา โทรศัพท์)", "60,000", "60,000",
				"60,000", "60,000");
		UUID cameras = line(kamala, "national", "investment", "จัดซื้อกล้องโทรทัศน์วงจรปิดบริเวณจุดตรวจ", "", "250,000", "", "");
		UUID patrols = line(kamala, "off-budget", "other", "โครงการสายตรวจชุมชนร่วมกับเทศบาล", "", "30,000", "30,000", "");
		for (YearMonth month = YearMonth.of(2023, 10); month.isBefore(YearMonth.of(2024, 4)); month = month.plusMonths(1)) {
			pay(kamala, overtime, month.atDay(25), "30,000", "ค่าตอบแทนประจำเดือน");
			pay(kamala, supplies, month.atDay(20), month.getMonthValue() >= 10 ? "47,500" : "42,000", "");
			pay(kamala, utilities, month.atDay(10), "19,500", "");
		}
		pay(kamala, cameras, LocalDate.of(2024, 3, 20), "248,000", "สัญญาจ้าง 9/2567");
		pay(kamala, patrols, LocalDate.of(2024, 2, 10), "12,000", "ค่าอาหารอาสาสมัคร");
		pay(kamala, overtime, LocalDate.of(2024, 4, 25), "30,000", "ค่าตอบแทนประจำเดือน");
		// The plan was made at the start of the year, not when the demo runs.
		jdbc.sql("update budget_year set plan_changed_at = :at where station_id = :station and fiscal_year = :year")
			.param("at", Timestamp.from(LocalDate.of(2023, 10, 2).atTime(LocalTime.of(10, 0)).atZone(FiscalYear.BANGKOK).toInstant()))
			.param("station", kamala.id()).param("year", FY2567.beYear())
			.update();
		SixMonthReport report = reports.report(kamala.id(), FY2567);
		reports.write(kamala.id(), FY2567, "ค่าน้ำมันเชื้อเพลิงเบิกจ่ายต่ำกว่าแผน เนื่องจากราคาน้ำมันลดลงในไตรมาสที่ 2\n\n"
				+ "โครงการสายตรวจชุมชนเริ่มช้ากว่ากำหนด เพราะรอเทศบาลโอนงบประมาณสมทบ",
				"ปรับแผนค่าน้ำมันเชื้อเพลิงไตรมาสที่ 3–4 ให้ตรงกับราคาจริง และประสานเทศบาลให้โอนงบก่อนเริ่มไตรมาส",
				report.version(), FINANCE);
		reports.acknowledge(kamala.id(), FY2567, reports.report(kamala.id(), FY2567).fingerprint(), COMMANDER,
				COMMANDER_NAME, LocalDate.of(2024, 4, 5).atTime(LocalTime.of(10, 30)).atZone(FiscalYear.BANGKOK).toInstant());
		budget.publishPlan(kamala, FY2567, FINANCE);
		budget.publishReport(kamala, FY2567, FINANCE);
	}

	private UUID line(StationView station, String source, String category, String description, String... quarters) {
		return plans.addLine(station.id(), FY2567, new BudgetLineEntry(source, category, description, List.of(quarters)),
				FINANCE);
	}

	private void pay(StationView station, UUID line, LocalDate day, String amount, String note) {
		plans.recordDisbursement(station.id(), FY2567,
				new BudgetDisbursement.Entry(line.toString(), day.toString(), amount, note), FINANCE);
	}

	private void seedFund(StationView kamala) {
		fund.record(kamala.id(), FY2567, 1, 0, new FundQuarter.Entry("45,000", "32,500", "6", ""), FINANCE);
		fund.record(kamala.id(), FY2567, 2, 0,
				new FundQuarter.Entry("45,000", "51,000", "8", "คดีลักทรัพย์ในพื้นที่ท่องเที่ยวช่วงเทศกาล"), FINANCE);
		fundPublishing.publish(kamala, FY2567, 2, FINANCE);
	}

	/** The year's procurement plan, with the announcements of its one e-bidding, published to O14. */
	private void seedPlan(StationView kamala) {
		FiscalYear year = FY2567;
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
		// The last announcement was made on 9 February 2024, not when the demo runs.
		jdbc.sql("update procurement_plan_year set changed_at = :at where station_id = :station and fiscal_year = :year")
			.param("at", Timestamp.from(LocalDate.of(2024, 2, 9).atTime(LocalTime.of(10, 0)).atZone(FiscalYear.BANGKOK).toInstant()))
			.param("station", kamala.id()).param("year", year.beYear())
			.update();
		planPublishing.publish(kamala, year, FINANCE);
	}

	/** The first six months' crime figures, imported as the publishing officer would, and checkpoint figures typed in. */
	private void seedStatistics(StationView kamala) {
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
		FiguresFile.Outcome imported = crimes.importFile(kamala.id(), "demo-crimes.csv", CrimeStatistics.figures(
				FiguresFile.read("demo-crimes.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
						CrimeStatistics.HEADER), FY2567), PUBLISHER);
		if (!imported.problems().isEmpty()) {
			throw new IllegalStateException("demo crime figures refused: " + imported.problems());
		}
		for (YearMonth month : months) {
			statistics.publishCrimes(kamala, month, PUBLISHER);
			statistics.publishCheckpoints(kamala, month, PUBLISHER);
		}
	}
}
