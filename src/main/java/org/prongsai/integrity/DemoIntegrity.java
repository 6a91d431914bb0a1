package org.prongsai.integrity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.web.BeforeServing;
import org.prongsai.station.DemoMode;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;
import org.prongsai.station.UnitView;

/**
 * Gives the demo station สภ.กมลา a few answered questions from the public, and corruption
 * complaints: three from fiscal year 2567 (one concluded before 31 March, two after it, so the
 * statistics' cut-off shows) and one received today, waiting for its handler; 2567's O17 carries
 * the statistics computed from them. All fictional.
 */
@Component
class DemoIntegrity extends BeforeServing {

	private static final Logger log = LoggerFactory.getLogger(DemoIntegrity.class);

	/** Question, answer, the day asked and the day answered. */
	private static final String[][] QUESTIONS = {
		{ "ถ้าทำบัตรประชาชนหาย ต้องแจ้งความที่สถานีหรือไม่ และต้องใช้เอกสารอะไรบ้าง",
			"แจ้งเอกสารหายได้ที่จุดบริการประชาชนของสถานีทุกวัน ตลอด 24 ชั่วโมง โดยไม่มีค่าใช้จ่าย นำเอกสารที่มีรูปถ่ายอื่นมาแสดงตน (ข้อมูลสมมติ)",
			"2024-01-08", "2024-01-09" },
		{ "สถานีเปิดให้ติดต่อเรื่องขอคัดสำเนารายงานประจำวันวันไหนบ้าง โทรสอบถามที่ 081-234-5678 ได้ไหม",
			"ติดต่อได้ในวันและเวลาราชการที่งานธุรการ หรือโทรสอบถามที่หมายเลขของสถานีในหน้าติดต่อเรา (ข้อมูลสมมติ)",
			"2024-02-19", "2024-02-20" } };

	/** Category, unit named (by its English name, or empty), what happened, and its days: received, acknowledged, investigating, concluded, outcome. */
	private static final String[][] COMPLAINTS = {
		{ "BRIBERY", "Traffic", "เจ้าหน้าที่ที่จุดตรวจเรียกเงินแทนการออกใบสั่ง (เรื่องสมมติ)", "2023-11-14", "2023-11-16", "2023-11-20",
			"2024-01-10", "SUBSTANTIATED" },
		{ "MISCONDUCT", "", "เจ้าหน้าที่พูดจาไม่สุภาพกับผู้มาติดต่อที่จุดบริการ (เรื่องสมมติ)", "2024-02-05", "2024-02-07",
			"2024-02-12", "2024-04-18", "NOT_SUBSTANTIATED" },
		{ "NEGLECT", "Inquiry", "ไม่รับแจ้งความคดีลักทรัพย์โดยไม่แจ้งเหตุผล (เรื่องสมมติ)", "2024-03-20", "2024-03-22", "2024-03-25",
			"2024-05-30", "REFERRED" } };

	private final DemoMode demo;
	private final StationDirectory stations;
	private final Questions questions;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ComplaintIntake complaints;
	private final ComplaintStatisticsPublishing statistics;

	DemoIntegrity(DemoMode demo, StationDirectory stations,
			Questions questions, JdbcClient jdbc, TransactionTemplate transaction, ComplaintIntake complaints,
			ComplaintStatisticsPublishing statistics) {
		super(4);
		this.complaints = complaints;
		this.statistics = statistics;
		this.demo = demo;
		this.stations = stations;
		this.questions = questions;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	protected void prepare() {
		StationView kamala = demo.stationToFill("kamala").orElse(null);
		if (kamala == null || jdbc.sql("select count(*) from question where station_id = :s").param("s", kamala.id())
			.query(Long.class).single() > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			for (String[] qa : QUESTIONS) {
				String token = UUID.randomUUID().toString().replace("-", "");
				questions.ask(kamala.id(), new Questions.Asked("", "", qa[0], ""), token, "demo-" + token);
				UUID id = jdbc.sql("select id from question where form_token = :t").param("t", token).query(UUID.class).single();
				questions.answer(kamala.id(), id, qa[1], "kamala.publisher");
				// Asked and answered in 2567, the demo's fiscal year, so that O5 shows the channel in use.
				jdbc.sql("update question set asked_at = :asked, answered_at = :answered where id = :id")
					.param("asked", at(qa[2])).param("answered", at(qa[3])).param("id", id).update();
			}
		});
		transaction.executeWithoutResult(status -> {
			complaints(kamala);
			// O17 then shows statistics computed from these records instead of an uploaded file.
			statistics.publish(kamala, FiscalYear.of(2567), "kamala.complaints");
		});
		log.info("Demo questions and answers, and complaints, seeded for kamala");
	}

	private void complaints(StationView kamala) {
		for (String[] c : COMPLAINTS) {
			UUID unit = stations.units(kamala.id()).stream().filter(u -> u.nameEn().equals(c[1])).map(UnitView::id)
				.findFirst().orElse(null);
			String token = UUID.randomUUID().toString().replace("-", "");
			String locator = complaints.submit(kamala, new ComplaintIntake.Submission(c[0], c[2], "", "", unit == null ? ""
					: "unit:" + unit, "", "", "", ""), List.of(), token, "demo-" + token).locator();
			UUID id = jdbc.sql("select id from complaint where locator = :l").param("l", locator).query(UUID.class).single();
			// Recorded as it happened in 2567: each stage on its day, at ten in the morning in Bangkok.
			jdbc.sql("update complaint set received_at = :received, stage = 'CONCLUDED', outcome = :outcome,"
					+ " acknowledge_by = :ackBy, conclude_by = :concludeBy where id = :id")
				.param("received", at(c[3])).param("outcome", c[7])
				.param("ackBy", java.sql.Date.valueOf(LocalDate.parse(c[3]).plusDays(7)))
				.param("concludeBy", java.sql.Date.valueOf(LocalDate.parse(c[3]).plusDays(90))).param("id", id).update();
			jdbc.sql("update complaint_stage set reached_at = :at where complaint_id = :id").param("at", at(c[3]))
				.param("id", id).update();
			String[] stages = { "ACKNOWLEDGED", "INVESTIGATING", "CONCLUDED" };
			for (int i = 0; i < stages.length; i++) {
				jdbc.sql("insert into complaint_stage (id, complaint_id, station_id, reached_at, stage, outcome)"
						+ " values (:id, :complaint, :station, :at, :stage, :outcome)")
					.param("id", UUID.randomUUID()).param("complaint", id).param("station", kamala.id())
					.param("at", at(c[4 + i])).param("stage", stages[i]).param("outcome", i == 2 ? c[7] : null).update();
			}
		}
		String token = UUID.randomUUID().toString().replace("-", "");
		complaints.submit(kamala, new ComplaintIntake.Submission("ABUSE_OF_POWER",
				"มีผู้อ้างว่าเป็นเจ้าหน้าที่ของสถานี ขอให้จ่ายเงินเพื่อเร่งการคืนรถของกลาง (เรื่องสมมติ)", "", "", "", "", "", "", ""),
				List.of(), token, "demo-" + token);
	}

	private static java.sql.Timestamp at(String day) {
		return java.sql.Timestamp.from(LocalDate.parse(day).atTime(10, 0).atZone(FiscalYear.BANGKOK).toInstant());
	}
}
