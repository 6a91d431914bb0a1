package org.prongsai.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.prongsai.DemoApplicationTest;
import org.prongsai.disclosure.LocalizedText;
import org.prongsai.platform.documents.ThaiTypesetCheck;
import org.prongsai.station.StationDirectory;

/**
 * The monthly operations report (O7), the one generated report the demo leaves as uploaded files,
 * made from a month of activities worded as stations word them, is typeset as a Thai reader expects.
 */
@DemoApplicationTest
class OperationsReportTypesetIntegrationTests {

	@Autowired
	StationDirectory stations;

	@Autowired
	OperationsMonthDocuments documents;

	@Test
	void theOperationsReportHasItsMarksOnTheirConsonantsAndNoClusterBroken() {
		ThaiTypesetCheck.assumeReaders();
		YearMonth september = YearMonth.of(2024, 9);
		LocalizedText unit = new LocalizedText("งานป้องกันปราบปราม", "Prevention and suppression");
		List<Activity> activities = List.of(
				activity(september.atDay(2), "ประชุมรับฟังเรื่องร้องเรียนของประชาชน ไตรมาส 4 (ก.ค.–ก.ย.) ปีงบประมาณ พ.ศ. 2567",
						"ได้รับเรื่องร้องเรียนน้อยกว่าไตรมาสก่อน ผู้ร้องเรียนพอใจการชี้แจง ข้อมูล ณ วันที่ 30 กันยายน 2567", unit),
				activity(september.atDay(9), "จ้างเหมาทำความสะอาดและจ่ายค่าตอบแทนอาสาสมัครตำรวจบ้าน",
						"ผู้รับจ้างปฏิบัติงานครบถ้วนตามสัญญา ป้องกันเหตุซ้ำซ้อนในพื้นที่ท่องเที่ยว น้ำท่วมขังบริเวณถนนเลียบหาด", unit),
				activity(september.atDay(16), "ตั้งจุดตรวจจุดสกัดร่วมกับฝ่ายปกครอง กรกฎาคมถึงกันยายน",
						"ตรวจรถจักรยานยนต์และรถยนต์ ให้คำแนะนำด้านความปลอดภัยแก่นักท่องเที่ยว ผู้ใหญ่บ้านและญาติผู้เสียหายร่วมสังเกตการณ์"
								+ " ตามกฎหมายว่าด้วยการจราจรทางบก ฐานความผิดเมาแล้วขับ",
						unit));
		ThaiTypesetCheck.assertTypesetWell("O7-operations-report",
				documents.generate(stations.findByCode("kamala").orElseThrow(), september, activities).pdf());
	}

	private static Activity activity(LocalDate day, String title, String details, LocalizedText unit) {
		return new Activity(UUID.nameUUIDFromBytes(title.getBytes(java.nio.charset.StandardCharsets.UTF_8)), title, details, day,
				day, unit, null, "typeset", 0);
	}
}
