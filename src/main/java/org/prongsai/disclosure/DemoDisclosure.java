package org.prongsai.disclosure;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.prongsai.disclosure.DemoFiles.Picture;
import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.calendar.ThaiDateFormat;
import org.prongsai.platform.web.BeforeServing;
import org.prongsai.station.DemoMode;
import org.prongsai.station.StationView;

/**
 * Seeds the demo stations' FY2567 disclosure content, dated as if published through the year, so
 * that readiness at mid-May 2024 tells a realistic story: สภ.กมลา passes most items but misses a
 * Word copy of January's operations report, has only two of the commander's three integrity news
 * items and no English anti-bribery policy; สภ.ทุ่งทอง has hardly started. Every file is real and
 * opens in ordinary programs; all names and figures are fictional. Runs after the demo stations
 * are seeded, once: a kamala with any published document is left alone. Off with
 * {@code prongsai.demo.content=false}.
 */
@Component
class DemoDisclosure extends BeforeServing {

	static final FiscalYear FY2567 = FiscalYear.of(2567);

	/** When the demo's links were last checked, and found to answer. */
	static final LocalDate LINKS_CHECKED = LocalDate.of(2024, 5, 10);

	private static final Logger log = LoggerFactory.getLogger(DemoDisclosure.class);

	private static final ThaiDateFormat THAI = ThaiDateFormat.of(Locale.forLanguageTag("th"));

	private static final ThaiDateFormat ENGLISH = ThaiDateFormat.of(Locale.ENGLISH);

	private static final String COMMANDER = "พ.ต.อ.สมมติ รักษ์ธรรม";

	private static final String COMMANDER_EN = "Pol. Col. Sommut Rakthamma";

	private static final Color NAVY = new Color(0x1A237E);

	private final DemoMode demo;
	private final Publishing publishing;
	private final Laws laws;
	private final OversightCommittee committee;
	private final Files files;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	DemoDisclosure(DemoMode demo, Publishing publishing, Laws laws, OversightCommittee committee, Files files,
			JdbcClient jdbc, TransactionTemplate transaction) {
		super(1);
		this.demo = demo;
		this.publishing = publishing;
		this.laws = laws;
		this.committee = committee;
		this.files = files;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	protected void prepare() {
		StationView kamala = demo.stationToFill("kamala").orElse(null);
		StationView thungThong = demo.stationToFill("thung-thong").orElse(null);
		if (kamala == null || thungThong == null || jdbc.sql("select count(*) from disclosure_document where station_id = :s")
			.param("s", kamala.id()).query(Long.class).single() > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			new Seeding(kamala.id(), "kamala.publisher").kamala();
			new Seeding(thungThong.id(), "thungthong.admin").thungThong();
		});
		log.info("Demo disclosure content for FY2567 seeded for kamala and thung-thong");
	}

	/** A clock that stands where it is told: each piece of content is published on its own day. */
	private static final class DayClock extends Clock {

		private Instant now = Instant.EPOCH;

		void set(LocalDate day) {
			now = day.atTime(LocalTime.of(10, 0)).atZone(FiscalYear.BANGKOK).toInstant();
		}

		@Override
		public ZoneId getZone() {
			return FiscalYear.BANGKOK;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now, zone);
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	/** One station's content, published by one person on the days set with {@link #on}. */
	private final class Seeding {

		private final UUID station;
		private final String by;
		private final DayClock clock = new DayClock();
		private final Publishing dated = publishing.withClock(clock);
		private final Laws datedLaws = laws.withClock(clock);
		private final OversightCommittee datedCommittee = committee.withClock(clock);

		Seeding(UUID station, String by) {
			this.station = station;
			this.by = by;
		}

		Seeding on(LocalDate day) {
			clock.set(day);
			return this;
		}

		void kamala() {
			links();
			structureDutiesAndLaws();
			manualsAndCriteria();
			policyAndRisks();
			for (YearMonth month : FY2567.firstSixMonths().months()) {
				on(month.plusMonths(1).atDay(8));
				monthly(month);
			}
			halfYearReports();
			news();
		}

		void thungThong() {
			on(LocalDate.of(2023, 11, 20)).link("questions", "/thung-thong/questions");
			news("work-results", LocalDate.of(2023, 12, 5),
					"สภ.ทุ่งทอง ร่วมกิจกรรมวันพ่อแห่งชาติกับชุมชน", "Thung Thong Police Station joins the community on Father's Day",
					"เจ้าหน้าที่ตำรวจ สภ.ทุ่งทอง ร่วมปลูกต้นไม้และทำความสะอาดวัดกับชาวบ้านหมู่ 1 ตำบลทุ่งทอง (ข้อมูลสมมติ)",
					"Officers of Thung Thong Police Station planted trees and cleaned the temple with the villagers of Moo 1 (fictional).");
			news("work-results", LocalDate.of(2024, 2, 1),
					"สภ.ทุ่งทอง ตั้งจุดตรวจร่วมกับฝ่ายปกครองช่วงเทศกาล", "Joint checkpoint with the district office during the festival",
					"ตั้งจุดตรวจร่วมกับฝ่ายปกครองอำเภอ ตรวจรถ 412 คัน ไม่พบสิ่งผิดกฎหมาย (ข้อมูลสมมติ)",
					"A joint checkpoint with the district office inspected 412 vehicles and found nothing illegal (fictional).");
		}

		private void links() {
			on(LocalDate.of(2023, 10, 2));
			link("questions", "/kamala/questions");
			link("social", "https://www.facebook.com/example.kamala.demo");
			link("eit-survey", "https://itas.nacc.go.th/go/eit/example-kamala");
			link("eservice.report", "https://thaipoliceonline.go.th");
			link("eservice.track", "https://thaipoliceonline.go.th");
			link("eservice.fine", "https://ptm.police.go.th/eTicket/");
			link("complaints", "/kamala/complaints");
		}

		private void link(String kind, String url) {
			dated.setLink(station, kind, url, by);
			dated.recordLinkCheck(station, kind, url, true,
					LINKS_CHECKED.atTime(LocalTime.of(6, 0)).atZone(FiscalYear.BANGKOK).toInstant());
		}

		private void structureDutiesAndLaws() {
			on(LocalDate.of(2023, 10, 5));
			png("O1", "org-structure", "แผนผังโครงสร้างสถานีตำรวจภูธรกมลา ปีงบประมาณ 2567",
					"Organisation chart of Kamala Police Station, FY2567", Picture.ORG_CHART, NAVY);
			String[][] lawList = {
				{ "criminal", "ประมวลกฎหมายอาญา", "Criminal Code", "https://www.krisdika.go.th", "true" },
				{ "criminal", "ประมวลกฎหมายวิธีพิจารณาความอาญา", "Criminal Procedure Code", "https://www.krisdika.go.th", "true" },
				{ "traffic", "พระราชบัญญัติจราจรทางบก พ.ศ. 2522", "Land Traffic Act B.E. 2522 (1979)", "https://www.krisdika.go.th", "true" },
				{ "traffic", "พระราชบัญญัติรถยนต์ พ.ศ. 2522", "Motor Vehicles Act B.E. 2522 (1979)", null, "false" },
				{ "narcotics", "ประมวลกฎหมายยาเสพติด", "Narcotics Code", null, "false" },
				{ "weapons", "พระราชบัญญัติอาวุธปืน เครื่องกระสุนปืน วัตถุระเบิด ดอกไม้เพลิง และสิ่งเทียมอาวุธปืน พ.ศ. 2490",
					"Firearms, Ammunition, Explosives, Fireworks and Imitation Firearms Act B.E. 2490 (1947)", null, "false" },
				{ "gambling", "พระราชบัญญัติการพนัน พ.ศ. 2478", "Gambling Act B.E. 2478 (1935)", null, "false" },
				{ "tourism", "พระราชบัญญัติธุรกิจนำเที่ยวและมัคคุเทศก์ พ.ศ. 2551", "Tour Business and Guide Act B.E. 2551 (2008)", null, "false" },
				{ "immigration", "พระราชบัญญัติคนเข้าเมือง พ.ศ. 2522", "Immigration Act B.E. 2522 (1979)", null, "false" },
				{ "police-regulations", "ระเบียบการตำรวจเกี่ยวกับคดี", "Police regulations on criminal cases", null, "false" } };
			for (String[] law : lawList) {
				datedLaws.publish(station, FY2567, law[0], new LocalizedText(law[1], law[2]), law[3],
						Boolean.parseBoolean(law[4]), by);
			}
			for (String[] g : new String[][] {
				{ "guideline-arrest-search", "แนวทางการจับกุมและการตรวจค้น", "Guideline on arrest and search" },
				{ "guideline-interference", "แนวทางการป้องกันการแทรกแซงการใช้ดุลพินิจของเจ้าหน้าที่ตำรวจ",
					"Guideline against interference with police discretion" },
				{ "guideline-discretion", "แนวทางการใช้ดุลพินิจในการไม่รับคำร้องทุกข์", "Guideline on discretion not to accept a criminal complaint" },
				{ "guideline-interview", "แนวทางการสอบปากคำของพนักงานสอบสวน", "Guideline on interviews by inquiry officers" },
				{ "guideline-rights", "สิทธิของผู้เสียหายและสิทธิของผู้ต้องหา", "Rights of victims and rights of suspects" } }) {
				pdf("O3", g[0], null, null, g[1], g[2]);
			}
			on(LocalDate.of(2023, 10, 30));
			// Fictional members; the demo leaves no gap here, its realistic failures are elsewhere.
			String[][] members = {
				{ "นายสมมติ ใจกว้าง", "Mr Sommut Jaikwang", "ประธานกรรมการ", "Chair", "true",
					"อดีตผู้ใหญ่บ้าน หมู่ 3 ตำบลกมลา ทำงานด้านชุมชนมากว่า 20 ปี",
					"Former village headman of Moo 3, Kamala; over 20 years of community work" },
				{ "นางสาวตัวอย่าง ค้าขาย", "Ms Tuayang Khakhai", "กรรมการ", "Member", "true",
					"ผู้ประกอบการร้านอาหารริมหาดกมลา กรรมการชมรมผู้ประกอบการท่องเที่ยว",
					"Runs a restaurant on Kamala beach; sits on the tourism business club's board" },
				{ "นายทดสอบ ทะเลงาม", "Mr Thodsob Thalengam", "กรรมการ", "Member", "true",
					"ประธานชมรมเรือท่องเที่ยวกมลา อาสาสมัครกู้ภัยทางทะเล",
					"Chair of the Kamala tour boat club; volunteer sea rescuer" },
				{ COMMANDER, COMMANDER_EN, "กรรมการและเลขานุการ", "Member and secretary", "false", "", "" } };
			Color[] colours = { NAVY, new Color(0x00695C), new Color(0x6A1B9A), new Color(0x37474F) };
			for (int i = 0; i < members.length; i++) {
				String[] m = members[i];
				try (CheckedFile photo = files.check(FileUse.PHOTO, "member-" + (i + 1) + ".png",
						new ByteArrayInputStream(DemoFiles.png(Picture.PORTRAIT, colours[i])))) {
					datedCommittee.add(station, FY2567, new OversightCommittee.Details(new LocalizedText(m[0], m[1]),
							new LocalizedText(m[2], m[3]), Boolean.parseBoolean(m[4]), m[5], m[6]), photo, by);
				}
			}
			on(LocalDate.of(2024, 1, 8));
			LocalizedText population = new LocalizedText(
					"ตำบลกมลา อำเภอกะทู้ จังหวัดภูเก็ต 6 หมู่บ้าน ประชากรตามทะเบียนราษฎร์ 26,480 คน และประชากรแฝงช่วงฤดูท่องเที่ยวประมาณ 15,000 คน",
					"Kamala subdistrict, Kathu district, Phuket: 6 villages; registered population 26,480 and about 15,000 more in the tourist season");
			dated.publishFact(station, FY2567, "area.population", population, LocalDate.of(2024, 1, 5), by);
			dated.publishFact(station, FY2567, "area.subdistricts", new LocalizedText("ตำบลกมลา (หมู่ 1–6)", "Kamala (Moo 1–6)"),
					LocalDate.of(2024, 1, 5), by);
		}

		private void manualsAndCriteria() {
			on(LocalDate.of(2023, 10, 16));
			String[][] lines = { { "administration", "อำนวยการ", "Administration" },
				{ "prevention", "ป้องกันปราบปราม", "Prevention and Suppression" }, { "traffic", "จราจร", "Traffic" },
				{ "investigation", "สืบสวน", "Investigation" }, { "inquiry", "สอบสวน", "Inquiry" } };
			for (String[] line : lines) {
				pdf("O8", "staff-manual." + line[0], null, null, "คู่มือการปฏิบัติงานสายงาน" + line[1],
						"Staff operating manual: " + line[2]);
				pdf("O9", "service-manual." + line[0], null, null, "คู่มือการให้บริการประชาชนสายงาน" + line[1],
						"Public service manual: " + line[2]);
			}
			on(LocalDate.of(2023, 10, 20));
			pdf("O16", "hr-development", null, null, "หลักเกณฑ์การพัฒนากำลังพล สภ.กมลา ปีงบประมาณ 2567",
					"Staff development criteria, FY2567");
			pdf("O16", "hr-evaluation", null, null, "หลักเกณฑ์การประเมินผลการปฏิบัติราชการของข้าราชการตำรวจ",
					"Performance evaluation criteria for police officers");
			pdf("O16", "hr-salary", null, null, "หลักเกณฑ์การเลื่อนเงินเดือนข้าราชการตำรวจ", "Salary step criteria for police officers");
			pdf("O22", "ethics-manual", null, null, "คู่มือการปฏิบัติตามมาตรฐานทางจริยธรรม (Do & Don't) สภ.กมลา",
					"Ethics manual with Do and Don't examples, Kamala Police Station");
			on(LocalDate.of(2023, 10, 31));
			pdf("O12", "budget-plan", null, null, "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567",
					"Budget spending plan, fiscal year 2567");
			xlsx("O12", "budget-plan", null, null, "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567 (Excel)",
					"Budget spending plan, fiscal year 2567 (Excel)", "แผนงบประมาณ",
					List.of("แหล่งงบประมาณ", "ไตรมาส 1 (บาท)", "ไตรมาส 2 (บาท)", "ไตรมาส 3 (บาท)", "ไตรมาส 4 (บาท)", "รวม (บาท)"),
					List.of(List.of("งบดำเนินงาน", 420000, 380000, 380000, 320000, 1500000),
							List.of("งบลงทุน", 0, 250000, 150000, 0, 400000),
							List.of("เงินนอกงบประมาณ", 30000, 30000, 30000, 30000, 120000)));
			pdf("O14", "procurement-plan", null, null, "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567",
					"Annual procurement plan, fiscal year 2567");
			on(LocalDate.of(2023, 10, 10));
			pdf("O24", "ita-working-group-order", null, null, "คำสั่ง สภ.กมลา ที่ 112/2566 แต่งตั้งคณะทำงานขับเคลื่อนการประเมิน ITA",
					"Order 112/2566 appointing the ITA working group");
			on(LocalDate.of(2023, 10, 24));
			pdf("O24", "commander-briefing", null, null, "การประชุมชี้แจงการประเมิน ITA ของสถานีตำรวจ ประจำปีงบประมาณ พ.ศ. 2567",
					"The commander's ITA briefing to staff, FY2567");
			on(LocalDate.of(2023, 11, 1));
			pdf("O24", "integrity-measures", null, null, "มาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567",
					"Integrity and transparency measures, FY2567");
			on(LocalDate.of(2023, 11, 10));
			pdf("O23", "property-management", null, null, "แนวทางการควบคุม ตรวจนับ และตรวจสภาพทรัพย์สินของราชการ อาวุธ และของบริจาค",
					"Control, counting and condition checks of government property, armaments and donations");
			pdf("O23", "evidence-storage", null, null, "ระบบการจัดเก็บและควบคุมของกลาง สภ.กมลา",
					"Seized evidence storage and control system, Kamala Police Station");
			on(LocalDate.of(2023, 12, 1));
			png("O25", "photo.service-point", "ภาพจุดบริการประชาชน One Stop Service และจุดสอบถามความคืบหน้าคดี",
					"The One Stop Service desk and the case-progress desk", Picture.ACTIVITY, new Color(0x00695C));
			png("O25", "photo.signs", "ภาพป้ายพันธะสัญญา ป้าย No Gift Policy และป้ายดาวน์โหลดคู่มือ",
					"The pledge, No Gift Policy and manual-download signs", Picture.NO_GIFT, new Color(0x2E7D32));
			on(LocalDate.of(2024, 2, 10));
			png("O25", "photo.meetings", "ภาพการประชุมมอบหมายงานและติดตามผลการเปิดเผยข้อมูล",
					"The assignment and monitoring meeting on disclosure", Picture.ACTIVITY, new Color(0x4E342E));
		}

		private void policyAndRisks() {
			on(LocalDate.of(2023, 10, 12));
			// Published in Thai only: the English version is what the demo station still owes (O18).
			String[][] sections = {
				{ "objective", "เพื่อให้ข้าราชการตำรวจทุกนายของสถานีตำรวจภูธรกมลาปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต ไม่เรียก ไม่รับ ไม่ให้สินบนในทุกรูปแบบ" },
				{ "scope", "ใช้กับข้าราชการตำรวจ ลูกจ้าง และผู้ปฏิบัติงานทุกคนของสถานี ตลอดจนผู้ที่ติดต่อราชการกับสถานี" },
				{ "definitions", "สินบน หมายถึง ทรัพย์สินหรือประโยชน์อื่นใด เช่น ของขวัญ ค่าอำนวยความสะดวก การเลี้ยงรับรอง เงินบริจาค หรือการสนับสนุน"
						+ " ที่ให้เพื่อจูงใจให้กระทำหรือไม่กระทำการในหน้าที่" },
				{ "violations", "ผู้ฝ่าฝืนถูกดำเนินการทางวินัยและทางอาญาตามกฎหมาย และรายงานผู้บังคับบัญชาตามลำดับชั้น" },
				{ "monitoring", "สว.อก. ติดตามการปฏิบัติตามนโยบายและรายงานผลต่อผู้กำกับการทุกไตรมาส ทบทวนนโยบายทุกปีงบประมาณ" },
				{ "channels", "หน้าแจ้งเรื่องร้องเรียนการทุจริตบนเว็บไซต์ของสถานี โทรศัพท์ 0 7600 0191 หรือยื่นด้วยตนเองที่สถานี" },
				{ "protection", "ข้อมูลผู้แจ้งเก็บเป็นความลับ ผู้แจ้งโดยสุจริตได้รับความคุ้มครองจากการถูกกลั่นแกล้งหรือถูกดำเนินการใด ๆ อันไม่เป็นธรรม" },
				{ "announcement", "ประกาศ ณ วันที่ 12 ตุลาคม พ.ศ. 2566 โดย %s ผู้กำกับการสถานีตำรวจภูธรกมลา (ข้อมูลสมมติ)".formatted(COMMANDER) } };
			dated.publishTexts(station, FY2567, java.util.Arrays.stream(sections)
				.map(section -> new Publishing.TextVersion("anti-bribery-policy#" + section[0], "th", section[1]))
				.toList(), by);
			png("O18", "no-gift-infographic", "อินโฟกราฟิก No Gift Policy สภ.กมลา", "No Gift Policy infographic",
					Picture.NO_GIFT, new Color(0xAD1457));
			on(LocalDate.of(2023, 11, 15));
			pdf("O20", "bribery-risk-assessment", null, null, "การประเมินความเสี่ยงต่อการรับสินบนและแผนบริหารความเสี่ยง ครบ 5 สายงาน",
					"Bribery risk assessment and management plan for the five work lines");
		}

		private void monthly(YearMonth month) {
			String th = THAI.longMonthYear(month);
			String en = ENGLISH.longMonthYear(month);
			int m = month.getMonthValue();
			pdf("O7", "operations-report", month, null, "รายงานผลการปฏิบัติราชการประจำเดือน" + th,
					"Monthly operations report, " + en);
			if (!month.equals(YearMonth.of(2024, 1))) { // the Word copy of January was never uploaded (O7 fails)
				upload("O7", "operations-report", month, null, "รายงานผลการปฏิบัติราชการประจำเดือน" + th + " (Word)",
						"Monthly operations report, " + en + " (Word)", "operations-report-" + month + ".docx",
						DemoFiles.docx(List.of("รายงานผลการปฏิบัติราชการประจำเดือน" + th, "สถานีตำรวจภูธรกมลา (ข้อมูลสมมติ)",
								"1. งานป้องกันปราบปราม: ออกตรวจท้องที่ " + (180 + m) + " ครั้ง ตั้งจุดตรวจ " + (20 + m) + " ครั้ง",
								"2. งานจราจร: อำนวยการจราจรบริเวณชายหาดกมลาและโรงเรียนทุกวันทำการ",
								"3. งานชุมชนสัมพันธ์: ประชุมหมู่บ้าน " + (4 + m % 3) + " ครั้ง",
								"ผู้รายงาน: ฝ่ายอำนวยการ สภ.กมลา")));
			}
			int[] reported = { 3 + m % 2, 9 + m % 4, 18 + m % 5, 2 + m % 3, 25 + m % 6 };
			List<List<?>> crimes = new ArrayList<>();
			String[] groups = { "กลุ่มที่ 1 คดีอุกฉกรรจ์และสะเทือนขวัญ", "กลุ่มที่ 2 คดีชีวิต ร่างกาย และเพศ",
				"กลุ่มที่ 3 คดีประทุษร้ายต่อทรัพย์", "กลุ่มที่ 4 คดีที่น่าสนใจ", "กลุ่มที่ 5 คดีที่รัฐเป็นผู้เสียหาย" };
			for (int g = 0; g < groups.length; g++) {
				crimes.add(List.of(groups[g], reported[g], g == 4 ? reported[g] : reported[g] - 1 - (m + g) % 2));
			}
			statistics("crime-statistics", month, "สถิติคดีอาญาตามระบบ CRIMES", "Crime statistics (CRIMES)", "สถิติคดี",
					List.of("กลุ่มคดี", "รับแจ้ง (ราย)", "จับ (ราย)"), crimes);
			statistics("checkpoint-statistics", month, "สถิติการตั้งจุดตรวจจุดสกัด", "Checkpoint statistics", "จุดตรวจ",
					List.of("รายการ", "จำนวน"), List.of(List.of("ตั้งจุดตรวจ (ครั้ง)", 20 + m), List.of("รถที่ตรวจ (คัน)", 1800 + 37 * m),
							List.of("ผู้ถูกจับกุม (ราย)", 6 + m % 4)));
			List<List<?>> bought = m == 2 ? List.of(List.of(1, "ไม่มีการจัดซื้อจัดจ้าง", "", "", "", "", "", ""))
					: List.of(List.of(1, "จัดซื้อวัสดุสำนักงาน", 8500 + 100 * m, "เฉพาะเจาะจง", "ร้านตัวอย่างพาณิชย์ " + (8400 + 100 * m),
							"ร้านตัวอย่างพาณิชย์ " + (8400 + 100 * m), "ราคาเหมาะสม มีคุณสมบัติครบ", "PO " + m + "/2567"),
							List.of(2, "จ้างซ่อมรถยนต์สายตรวจ", 12000, "เฉพาะเจาะจง", "อู่ทดสอบการช่าง 11,800",
									"อู่ทดสอบการช่าง 11,800", "ราคาต่ำสุด", "สัญญาจ้าง " + m + "/2567"));
			pdf("O15", "procurement-summary", month, null, "สรุปผลการจัดซื้อจัดจ้างประจำเดือน" + th + " (สขร.1)",
					"Monthly procurement summary, " + en);
			xlsx("O15", "procurement-summary", month, null, "สรุปผลการจัดซื้อจัดจ้างประจำเดือน" + th + " (สขร.1, Excel)",
					"Monthly procurement summary, " + en + " (Excel)", "สขร.1",
					List.of("ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (ราคากลาง)", "วิธีซื้อหรือจ้าง",
							"รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป",
							"เลขที่และวันที่ของสัญญาหรือข้อตกลง"),
					bought);
		}

		private void statistics(String kind, YearMonth month, String th, String en, String sheet, List<String> header,
				List<List<?>> rows) {
			String thMonth = THAI.longMonthYear(month);
			String enMonth = ENGLISH.longMonthYear(month);
			pdf("O11", kind, month, null, th + " ประจำเดือน" + thMonth, en + ", " + enMonth);
			xlsx("O11", kind, month, null, th + " ประจำเดือน" + thMonth + " (Excel)", en + ", " + enMonth + " (Excel)", sheet,
					header, rows);
		}

		private void halfYearReports() {
			LocalDate endOfMarch = LocalDate.of(2024, 3, 31);
			on(LocalDate.of(2024, 4, 3));
			pdf("O17", "complaint-statistics", null, endOfMarch,
					"สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ รอบ 6 เดือน (ต.ค. 2566 – มี.ค. 2567) ข้อมูล ณ 31 มี.ค. 2567",
					"Corruption and misconduct complaint statistics, Oct 2023 - Mar 2024, as of 31 Mar 2024");
			on(LocalDate.of(2024, 4, 5));
			pdf("O4", "committee-results", null, null, "ผลการดำเนินงานของ กต.ตร.สภ.กมลา รอบ 6 เดือน (ต.ค. 2566 – มี.ค. 2567)",
					"The oversight committee's results, Oct 2023 - Mar 2024");
			pdf("O14", "procurement-announcements", null, null, "ประกาศเชิญชวนและประกาศผลผู้ชนะการเสนอราคา ปีงบประมาณ พ.ศ. 2567",
					"Procurement invitations and results, FY2567");
			on(LocalDate.of(2024, 4, 10));
			pdf("O12", "budget-report", null, endOfMarch, "รายงานผลการใช้จ่ายงบประมาณ รอบ 6 เดือน ข้อมูล ณ 31 มี.ค. 2567",
					"Six-month budget spending report, as of 31 Mar 2024");
			xlsx("O12", "budget-report", null, endOfMarch, "รายงานผลการใช้จ่ายงบประมาณ รอบ 6 เดือน (Excel)",
					"Six-month budget spending report (Excel)", "ผลการใช้จ่าย",
					List.of("แหล่งงบประมาณ", "แผน 6 เดือน (บาท)", "ใช้จ่ายจริง (บาท)", "ร้อยละ", "ปัญหาอุปสรรค"),
					List.of(List.of("งบดำเนินงาน", 800000, 742350, 92.79, "ค่าน้ำมันเชื้อเพลิงสูงกว่าแผนในฤดูท่องเที่ยว"),
							List.of("งบลงทุน", 250000, 248000, 99.2, "-"),
							List.of("เงินนอกงบประมาณ", 60000, 41200, 68.67, "รอเบิกจ่ายกิจกรรมชุมชน")));
			String fundTh = "เงินกองทุนเพื่อการสืบสวนและสอบสวนคดีอาญา ไตรมาสที่ 1–2 ข้อมูล ณ 31 มี.ค. 2567";
			String fundEn = "Criminal investigation fund, quarters 1-2, as of 31 Mar 2024";
			pdf("O13", "investigation-fund", null, endOfMarch, fundTh, fundEn);
			List<String> fundHeader = List.of("ไตรมาส", "ได้รับจัดสรร (บาท)", "เบิกจ่าย (บาท)", "คงเหลือ (บาท)");
			xlsx("O13", "investigation-fund", null, endOfMarch, fundTh + " (Excel)", fundEn + " (Excel)", "กองทุนสืบสวน",
					fundHeader, List.of(List.of("ไตรมาส 1", 96000, 88500, 7500), List.of("ไตรมาส 2", 96000, 91200, 4800)));
			upload("O13", "investigation-fund", null, endOfMarch, fundTh + " (Word)", fundEn + " (Word)",
					"investigation-fund-q1-q2.docx", DemoFiles.docx(List.of(fundTh, "ไตรมาสที่ 1: ได้รับจัดสรร 96,000 บาท เบิกจ่าย 88,500 บาท",
							"ไตรมาสที่ 2: ได้รับจัดสรร 96,000 บาท เบิกจ่าย 91,200 บาท", "ข้อมูลสมมติเพื่อการสาธิต")));
			on(LocalDate.of(2024, 4, 12));
			pdf("O23", "property-report", null, endOfMarch, "รายงานผลการตรวจสอบทรัพย์สินของราชการและของกลาง รอบ 6 เดือน",
					"Six-month report on government property and seized evidence");
			on(LocalDate.of(2024, 4, 18));
			pdf("O21", "risk-management-report", null, null, "รายงานผลการดำเนินการตามแผนบริหารความเสี่ยงการรับสินบน รอบ 6 เดือน",
					"Six-month results of the bribery risk management plan");
			png("O21", "risk-activity-photo", "ภาพกิจกรรมบริหารความเสี่ยง: ตรวจเยี่ยมจุดตรวจและจุดบริการ",
					"Risk management activity: visiting checkpoints and service points", Picture.ACTIVITY, new Color(0x283593));
			on(LocalDate.of(2024, 4, 20));
			pdf("O25", "measures-report", null, null, "รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใส รอบ 6 เดือน",
					"Six-month results of the integrity and transparency measures");
		}

		private void news() {
			news("ita", LocalDate.of(2023, 10, 24), "สภ.กมลา ประชุมชี้แจงการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567",
					"Kamala Police Station briefs its staff on the FY2567 ITA",
					COMMANDER + " ผู้กำกับการ สภ.กมลา เป็นประธานประชุมชี้แจงกรอบการประเมิน OIT IIT และ EIT แก่ข้าราชการตำรวจในสังกัด (ข้อมูลสมมติ)",
					COMMANDER_EN + " chaired a briefing for the station's officers on the OIT, IIT and EIT parts of the assessment (fictional).");
			news("work-results", LocalDate.of(2023, 11, 27), "สภ.กมลา อำนวยความสะดวกการจราจรงานลอยกระทงหาดกมลา",
					"Traffic and safety at the Loy Krathong festival on Kamala beach",
					"จัดกำลังตำรวจ 35 นาย ดูแลความปลอดภัยและการจราจร ไม่มีเหตุร้ายแรง (ข้อมูลสมมติ)",
					"35 officers kept the festival safe and the traffic moving; no serious incident (fictional).");
			news("commander-integrity", LocalDate.of(2023, 12, 9), "ผกก.สภ.กมลา นำข้าราชการตำรวจร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล",
					"The superintendent leads the station on International Anti-Corruption Day",
					COMMANDER + " นำข้าราชการตำรวจกล่าวคำปฏิญาณตนไม่รับสินบนและไม่รับของขวัญ (No Gift Policy) (ข้อมูลสมมติ)",
					COMMANDER_EN + " led the officers in pledging to take no bribes and no gifts (No Gift Policy) (fictional).");
			news("work-results", LocalDate.of(2024, 1, 13), "สภ.กมลา จัดกิจกรรมวันเด็กแห่งชาติ", "National Children's Day at the station",
					"เปิดสถานีให้เด็กและผู้ปกครองเยี่ยมชม พร้อมให้ความรู้เรื่องความปลอดภัยทางถนน (ข้อมูลสมมติ)",
					"The station opened its doors to children and parents with a road safety lesson (fictional).");
			news("commander-integrity", LocalDate.of(2024, 2, 20), "ผกก.สภ.กมลา มอบนโยบายการให้บริการอย่างโปร่งใสแก่จุดบริการประชาชน",
					"The superintendent sets out transparent service at the One Stop Service desk",
					COMMANDER + " ตรวจเยี่ยมจุดบริการประชาชนและย้ำการให้บริการโดยไม่เรียกรับผลประโยชน์ (ข้อมูลสมมติ)",
					COMMANDER_EN + " visited the service desk and stressed service without asking for anything in return (fictional).");
			news("ita", LocalDate.of(2024, 3, 5), "เชิญชวนประชาชนผู้รับบริการตอบแบบวัดการรับรู้ EIT",
					"Please answer the external stakeholders' survey (EIT)",
					"ประชาชนที่มาติดต่อ สภ.กมลา สามารถตอบแบบสำรวจผ่าน QR Code ที่จุดบริการ (ข้อมูลสมมติ)",
					"People who used the station's services can answer the survey with the QR code at the service desk (fictional).");
			news("work-results", LocalDate.of(2024, 4, 16), "สภ.กมลา ดูแลความปลอดภัยช่วงเทศกาลสงกรานต์",
					"Keeping Songkran safe in Kamala",
					"ตั้งจุดบริการประชาชน 3 จุด และจุดตรวจร่วมกับชุมชน ตลอดช่วง 7 วันอันตราย (ข้อมูลสมมติ)",
					"Three service points and joint checkpoints with the community during the seven dangerous days (fictional).");
		}

		private void news(String category, LocalDate day, String titleTh, String titleEn, String bodyTh, String bodyEn) {
			on(day.plusDays(1));
			dated.publishNews(station, category, day, new LocalizedText(titleTh, titleEn), new LocalizedText(bodyTh, bodyEn), by);
		}

		private void pdf(String item, String kind, @Nullable YearMonth month, @Nullable LocalDate asOf, String th, String en) {
			List<String> lines = new ArrayList<>(List.of("Kamala Police Station, Phuket (demonstration)", en,
					"Fiscal year 2567 (1 October 2023 - 30 September 2024)"));
			if (asOf != null) {
				lines.add("Data as of " + ENGLISH.longDate(asOf));
			}
			lines.add("Fictional content for demonstrating the Prongsai portal.");
			upload(item, kind, month, asOf, th, en, kind + (month == null ? "" : "-" + month) + ".pdf",
					DemoFiles.pdf(lines.stream().map(DemoDisclosure::ascii).toList()));
		}

		private void xlsx(String item, String kind, @Nullable YearMonth month, @Nullable LocalDate asOf, String th, String en,
				String sheet, List<String> header, List<List<?>> rows) {
			upload(item, kind, month, asOf, th, en, kind + (month == null ? "" : "-" + month) + ".xlsx",
					DemoFiles.xlsx(sheet, header, rows));
		}

		private void png(String item, String kind, String th, String en, Picture picture, Color colour) {
			upload(item, kind, null, null, th, en, kind + ".png", DemoFiles.png(picture, colour));
		}

		private void upload(String item, String kind, @Nullable YearMonth month, @Nullable LocalDate asOf, String th,
				String en, String fileName, byte[] bytes) {
			try (CheckedFile file = files.check(FileUse.PUBLICATION, fileName, new ByteArrayInputStream(bytes))) {
				dated.publishDocument(station, FY2567, item, kind, month, asOf, new LocalizedText(th, en), file, by);
			}
		}
	}

	/** The text with dashes that Helvetica lacks written as hyphens. */
	private static String ascii(String text) {
		return text.replace('–', '-').replace('—', '-');
	}
}
