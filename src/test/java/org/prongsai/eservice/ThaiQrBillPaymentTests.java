package org.prongsai.eservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * The payloads are checked against published vectors: the CRC's standard check value, and bill
 * payments from the test suite of the open-source PromptParse library (MIT), which banking apps'
 * readers agree with.
 */
class ThaiQrBillPaymentTests {

	@Test
	void theChecksumIsCrc16CcittFalse() {
		assertThat(ThaiQrBillPayment.crc16("123456789")).isEqualTo(0x29B1);
	}

	@Test
	void aStaticCodeLeavesTheAmountToThePayer() {
		assertThat(new ThaiQrBillPayment("099999999999990", "111222333444", null, null).payload())
			.isEqualTo("00020101021130550016A0000006770101120115099999999999990021211122233344453037645802TH63043EE7");
	}

	@Test
	void aCodeForOnePaymentCarriesBothReferencesAndTheAmount() {
		assertThat(new ThaiQrBillPayment("099400016550100", "123456789012", "670429", new BigDecimal("3649.22")).payload())
			.isEqualTo("00020101021230650016A00000067701011201150994000165501000212123456789012030667042953037645802TH"
					+ "54073649.2263044534");
	}

	@Test
	void wholeBahtAreWrittenWithSatang() {
		assertThat(new ThaiQrBillPayment("099400016550100", "FINE2567001", null, new BigDecimal("500")).payload())
			.startsWith("000201010212").contains("5802TH5406500.006304").matches(".*6304[0-9A-F]{4}");
	}

	@Test
	void aBillerIdOtherThanFifteenDigitsABadReferenceOrAmountIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ThaiQrBillPayment("0994000165501", "A1", null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new ThaiQrBillPayment("099400016550100", "fine-1", null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ThaiQrBillPayment("099400016550100", "A1", "X".repeat(21), null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ThaiQrBillPayment("099400016550100", "A1", null, new BigDecimal("-5")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ThaiQrBillPayment("099400016550100", "A1", null, new BigDecimal("1.005")));
	}
}
