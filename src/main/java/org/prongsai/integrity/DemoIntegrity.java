package org.prongsai.integrity;

import java.util.UUID;

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

/** Gives the demo station สภ.กมลา a few answered questions from the public (fictional). */
@Component
class DemoIntegrity extends BeforeServing {

	private static final Logger log = LoggerFactory.getLogger(DemoIntegrity.class);

	private static final String[][] QUESTIONS = {
		{ "ถ้าทำบัตรประชาชนหาย ต้องแจ้งความที่สถานีหรือไม่ และต้องใช้เอกสารอะไรบ้าง",
			"แจ้งเอกสารหายได้ที่จุดบริการประชาชนของสถานีทุกวัน ตลอด 24 ชั่วโมง โดยไม่มีค่าใช้จ่าย นำเอกสารที่มีรูปถ่ายอื่นมาแสดงตน (ข้อมูลสมมติ)" },
		{ "สถานีเปิดให้ติดต่อเรื่องขอคัดสำเนารายงานประจำวันวันไหนบ้าง โทรสอบถามที่ 081-234-5678 ได้ไหม",
			"ติดต่อได้ในวันและเวลาราชการที่งานธุรการ หรือโทรสอบถามที่หมายเลขของสถานีในหน้าติดต่อเรา (ข้อมูลสมมติ)" } };

	private final DemoMode demo;
	private final boolean content;
	private final StationDirectory stations;
	private final Questions questions;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	DemoIntegrity(DemoMode demo, @Value("${prongsai.demo.content:true}") boolean content, StationDirectory stations,
			Questions questions, JdbcClient jdbc, TransactionTemplate transaction) {
		super(4);
		this.demo = demo;
		this.content = content;
		this.stations = stations;
		this.questions = questions;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	protected void prepare() {
		if (!demo.enabled() || !content) {
			return;
		}
		StationView kamala = stations.findByCode("kamala").orElse(null);
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
			}
		});
		log.info("Demo questions and answers seeded for kamala");
	}
}
