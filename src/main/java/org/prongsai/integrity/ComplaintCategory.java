package org.prongsai.integrity;

/** What a complaint is about, as the complainant chose it; published in the statistics' breakdown. */
enum ComplaintCategory {
	/** Asking for or taking a bribe (เรียกรับสินบน / ผลประโยชน์). */
	BRIBERY,
	/** Abuse of power or position (ใช้อำนาจโดยมิชอบ). */
	ABUSE_OF_POWER,
	/** Neglect of duty (ละเว้นการปฏิบัติหน้าที่). */
	NEGLECT,
	/** Misconduct or improper behaviour (ประพฤติมิชอบ). */
	MISCONDUCT,
	/** Corruption in procurement (ทุจริตในการจัดซื้อจัดจ้าง). */
	PROCUREMENT,
	OTHER
}
