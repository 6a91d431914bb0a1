package org.prongsai.eservice;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.prongsai.disclosure.DisclosureContent;
import org.prongsai.disclosure.Publishing;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.web.BeforeServing;
import org.prongsai.station.DemoMode;
import org.prongsai.station.StationView;

/**
 * Gives the demo station สภ.กมลา its guides to the national e-services, published in item O10 of
 * FY2567 next to the links the disclosure demo set, and Thai QR bill payment with a fictional biller
 * ID. The services are real; the guides describe their public steps in general terms.
 */
@Component
class DemoEServices extends BeforeServing {

	private static final Logger log = LoggerFactory.getLogger(DemoEServices.class);

	private static final FiscalYear FY2567 = FiscalYear.of(2567);

	private static final LocalDateTime SAVED = LocalDateTime.of(2023, 10, 3, 9, 0);

	private final DemoMode demo;
	private final StationServices services;
	private final BillPayments payments;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	DemoEServices(DemoMode demo, Publishing publishing, DisclosureContent published, Files files,
			ApplicationEventPublisher events, BillPayments payments, JdbcClient jdbc, TransactionTemplate transaction) {
		// After the disclosure demo (phase 1), whose O10 links these guides join.
		super(3);
		this.payments = payments;
		this.demo = demo;
		// Saved as on the day after the disclosure demo set the links, as a station would have in FY2567.
		Clock dated = Clock.fixed(SAVED.atZone(FiscalYear.BANGKOK).toInstant(), FiscalYear.BANGKOK);
		this.services = new StationServices(jdbc, publishing.withClock(dated), published, files, events, dated);
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	protected void prepare() {
		StationView kamala = demo.stationToFill("kamala").orElse(null);
		if (kamala == null || jdbc.sql("select count(*) from station_service where station_id = :s")
			.param("s", kamala.id()).query(Long.class).single() > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			String by = "kamala.admin";
			services.save(kamala.id(), NationalService.REPORT.key(), guide(NationalService.REPORT.nationalAddress(), """
					เปิดเว็บไซต์ thaipoliceonline.go.th แล้วเลือก "แจ้งความออนไลน์"
					ยืนยันตัวตนตามที่ระบบกำหนด และกรอกหมายเลขโทรศัพท์ที่ติดต่อได้
					เลือกประเภทเรื่องที่จะแจ้ง แล้วเล่าเหตุการณ์ วันเวลา และสถานที่ให้ครบถ้วน
					แนบหลักฐาน เช่น ภาพหน้าจอการสนทนา หรือหลักฐานการโอนเงิน
					ตรวจสอบข้อมูลแล้วกดยืนยัน จดเลขรับแจ้งที่ระบบแสดงไว้ใช้ติดตามเรื่อง
					พนักงานสอบสวนจะติดต่อกลับตามหมายเลขที่ให้ไว้ หากเร่งด่วนโทร 191""", """
					Open thaipoliceonline.go.th and choose "Report a crime online".
					Confirm your identity as the site asks, and give a phone number where you can be reached.
					Choose the kind of matter, then describe what happened, when and where.
					Attach evidence such as screenshots of messages or proof of a transfer.
					Check the details and confirm; note the reference number the site shows to follow your report.
					An inquiry officer will contact you at the number you gave. In an emergency call 191."""), by, FY2567);
			services.save(kamala.id(), NationalService.TRACK.key(), guide(NationalService.TRACK.nationalAddress(), """
					เปิดเว็บไซต์ thaipoliceonline.go.th แล้วเลือก "ติดตามผลการแจ้งความ"
					กรอกเลขรับแจ้งที่ได้รับเมื่อแจ้งความ และข้อมูลยืนยันตัวตนตามที่ระบบถาม
					ระบบแสดงสถานะล่าสุดและหน่วยงานที่รับผิดชอบเรื่อง
					หากมีข้อสงสัย ติดต่อพนักงานสอบสวนตามหมายเลขที่แสดง หรือโทรหาสถานี""", """
					Open thaipoliceonline.go.th and choose "Follow a report".
					Enter the reference number you received when you reported, and the identity details the site asks for.
					The site shows the latest status and the unit handling your report.
					If anything is unclear, contact the inquiry officer at the number shown, or call the station."""), by, FY2567);
			services.save(kamala.id(), NationalService.FINE.key(), guide(NationalService.FINE.nationalAddress(), """
					เปิดเว็บไซต์ ptm.police.go.th/eTicket/ ของระบบใบสั่งอิเล็กทรอนิกส์
					กรอกเลขประจำตัวประชาชนหรือเลขทะเบียนรถ เพื่อตรวจสอบใบสั่งที่ค้างชำระ
					ตรวจสอบรายละเอียดใบสั่ง วันเวลา สถานที่ และจำนวนเงินค่าปรับ
					ชำระผ่านช่องทางที่ระบบแสดงเท่านั้น สถานีไม่รับชำระค่าปรับเข้าบัญชีใด
					เก็บหลักฐานการชำระเงินไว้ หากพบข้อผิดพลาด ติดต่องานจราจรของสถานี""", """
					Open ptm.police.go.th/eTicket/, the national electronic ticket system.
					Enter your ID card number or the vehicle's registration number to see unpaid tickets.
					Check each ticket: the date, time, place and the amount of the fine.
					Pay only through the channels the site shows; the station takes no fine into any account.
					Keep the proof of payment. If something is wrong, contact the station's traffic unit."""), by, FY2567);
		});
		log.info("Demo e-service guides seeded for kamala and published in O10 for FY2567");
		if (payments.setting(kamala.id()).isEmpty()) {
			transaction.executeWithoutResult(status -> {
				// All zeros: no bank issues it, and every screen that shows it says it is made up.
				payments.configure(kamala.id(), "000000000000000", true, true, "kamala.admin");
				payments.issue(kamala.id(), new BillPayments.BillEntry("ค่าถ่ายสำเนาเอกสาร (ข้อมูลสมมติ)", "20.00", "COPY"),
						"kamala.finance");
			});
			log.info("Demo Thai QR bill payment set up for kamala with a fictional biller ID");
		}
	}

	private static StationServices.ServiceEntry guide(String address, String th, String en) {
		return new StationServices.ServiceEntry(address, "", "", "", "", th, en);
	}
}
