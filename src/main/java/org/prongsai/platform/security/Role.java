package org.prongsai.platform.security;

/**
 * What a signed-in person may do. The anonymous public has no role. Every account holds the
 * least set it needs; {@link #ASSESSOR} reads and never writes.
 */
public enum Role {

	/** A police officer of the station (ข้าราชการตำรวจ): daily records of their own work line. */
	OFFICER,
	/** The publishing officer (จนท. จัดทำข้อมูลและเผยแพร่): keeps the disclosure items current. */
	PUBLISHER,
	/** Finance (แผนกการเงิน): budget, investigation fund, procurement. */
	FINANCE,
	/** Supply (แผนกส่งกำลังบำรุง): government property, armaments, seized evidence. */
	SUPPLY,
	/** Handles corruption and misconduct complaints in confidence. */
	COMPLAINT_OFFICER,
	/** The station commander (ผกก. / หัวหน้าสถานี). */
	COMMANDER,
	/** Administers one station: its profile, accounts and audit trail. */
	STATION_ADMIN,
	/** Administers the stations of one police region (ภาค). */
	REGION_ADMIN,
	/** An assessor (ผู้ตรวจประเมิน): reads everything of a station, changes nothing. */
	ASSESSOR;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}
}
