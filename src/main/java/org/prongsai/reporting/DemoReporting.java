package org.prongsai.reporting;

import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.prongsai.platform.web.BeforeServing;
import org.prongsai.station.DemoMode;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * Gives the demo station's finance officer procurement records for October 2023 to February 2024
 * (none in February) and publishes those months' summaries from them, so the demo's O15 shows
 * generated สขร.๑ files and open data, replacing the files uploaded for those months before;
 * March is left as uploaded, for someone to try the screen on. Runs once, after the disclosure
 * demo; all names and figures are fictional.
 */
@Component
class DemoReporting extends BeforeServing {

	private static final Logger log = LoggerFactory.getLogger(DemoReporting.class);

	private static final String FINANCE = "kamala.finance";

	private final DemoMode demo;
	private final boolean content;
	private final StationDirectory stations;
	private final ProcurementRecords records;
	private final ProcurementPublishing publishing;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	DemoReporting(DemoMode demo, @Value("${prongsai.demo.content:true}") boolean content, StationDirectory stations,
			ProcurementRecords records, ProcurementPublishing publishing, JdbcClient jdbc, TransactionTemplate transaction) {
		super(2);
		this.demo = demo;
		this.content = content;
		this.stations = stations;
		this.records = records;
		this.publishing = publishing;
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
		});
		log.info("Demo procurement seeded for kamala and its summaries published, October 2023 to February 2024");
	}
}
