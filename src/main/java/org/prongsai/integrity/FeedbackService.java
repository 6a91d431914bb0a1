package org.prongsai.integrity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The services of a station's service desk (One Stop Service) that a person rates afterwards.
 * The database's check constraint lists the same names.
 */
enum FeedbackService {

	/** Reporting a crime or recording an event in the daily report (แจ้งความ, ลงบันทึกประจำวัน). */
	REPORT,
	/** Reporting a lost document (แจ้งเอกสารหาย). */
	LOST_DOCUMENT,
	/** A copy of a daily report entry or another document (ขอคัดสำเนารายงานประจำวันหรือเอกสาร). */
	DOCUMENT_COPY,
	/** Traffic: a ticket, a fine, an accident, a towed vehicle (จราจร ใบสั่ง อุบัติเหตุ). */
	TRAFFIC,
	/** Asking how one's case is going (ติดตามความคืบหน้าคดี). */
	CASE_INQUIRY,
	/** Anything else. */
	OTHER;

	/** The service a form names, if it names one. */
	static Optional<FeedbackService> named(String name) {
		return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
	}
}
