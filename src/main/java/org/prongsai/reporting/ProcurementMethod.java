package org.prongsai.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a purchase or hire was made, as the Public Procurement Act B.E. 2560 names the methods;
 * their Thai and English names are the {@code reporting.procurement.method.*} messages.
 */
enum ProcurementMethod {

	/** วิธีเฉพาะเจาะจง: a specific supplier, for small or urgent purchases. */
	SPECIFIC("specific"),
	/** วิธีคัดเลือก: invited bidders. */
	SELECTION("selection"),
	/** วิธีตลาดอิเล็กทรอนิกส์ (e-market). */
	E_MARKET("e-market"),
	/** วิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding). */
	E_BIDDING("e-bidding");

	private final String key;

	ProcurementMethod(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	static Optional<ProcurementMethod> named(String key) {
		return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
	}
}
