package org.prongsai.eservice;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * A Thai QR Code bill payment (the Bank of Thailand's Thai QR Payment standard, on EMVCo's
 * merchant-presented QR): the payer's banking app reads the biller, the references and the
 * amount, and the money goes to the account behind the bank-issued biller ID, never to a person.
 * The payload is a list of tag, two-digit length and value, ending with a CRC-16/CCITT-FALSE of
 * everything before it.
 * @param billerId the 15 digits the bank issued: the agency's 13-digit tax ID and a 2-digit suffix
 * @param reference1 what the station matches the bank's statement against, such as a fine's number
 * @param reference2 a second reference, or null
 * @param amount the amount in baht, or null to let the payer type it (a static code)
 */
record ThaiQrBillPayment(String billerId, String reference1, @Nullable String reference2, @Nullable BigDecimal amount) {

	/** The application identifier of a domestic bill payment. */
	static final String BILL_PAYMENT_AID = "A000000677010112";

	ThaiQrBillPayment {
		if (!billerId.matches("[0-9]{15}")) {
			throw new IllegalArgumentException("a biller ID is 15 digits");
		}
		if (!reference1.matches("[A-Z0-9]{1,20}") || (reference2 != null && !reference2.matches("[A-Z0-9]{1,20}"))) {
			throw new IllegalArgumentException("a reference is 1 to 20 capital letters or digits");
		}
		if (amount != null && (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2
				|| amount.setScale(2).toPlainString().length() > 13)) {
			throw new IllegalArgumentException("an amount is more than zero, in baht and satang, at most 13 characters");
		}
	}

	/** What the QR code holds. */
	String payload() {
		StringBuilder merchant = new StringBuilder().append(tag("00", BILL_PAYMENT_AID)).append(tag("01", billerId))
			.append(tag("02", reference1));
		if (reference2 != null) {
			merchant.append(tag("03", reference2));
		}
		StringBuilder payload = new StringBuilder().append(tag("00", "01"))
			// 11: the same code for any payment; 12: a code for this payment's amount.
			.append(tag("01", amount == null ? "11" : "12"))
			.append(tag("30", merchant.toString()))
			.append(tag("53", "764"))
			.append(tag("58", "TH"));
		if (amount != null) {
			payload.append(tag("54", amount.setScale(2).toPlainString()));
		}
		payload.append("6304");
		return payload.append(String.format("%04X", crc16(payload.toString()))).toString();
	}

	private static String tag(String id, String value) {
		return id + String.format("%02d", value.length()) + value;
	}

	/** CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR. */
	static int crc16(String text) {
		int crc = 0xFFFF;
		for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
			crc ^= (b & 0xFF) << 8;
			for (int bit = 0; bit < 8; bit++) {
				crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
			}
			crc &= 0xFFFF;
		}
		return crc;
	}
}
