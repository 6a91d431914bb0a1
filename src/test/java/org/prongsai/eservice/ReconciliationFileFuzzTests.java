package org.prongsai.eservice;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.prongsai.platform.files.Fuzzing;

/**
 * The bank's reconciliation file, fed a few hundred malformed, truncated and mutated files from a
 * fixed seed: each is read to its lines or refused clearly, never another exception, within an
 * allocation bound.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReconciliationFileFuzzTests {

	@Test
	void everyReconciliationFileEndsWithItsLinesOrAClearRefusal() {
		String file = "date,reference1,reference2,amount\r\n2024-03-01,KML0001,,200.00\r\n2024-03-01,KML0002,ค่าปรับ,\"1,500.50\"\r\n";
		List<byte[]> inputs = Fuzzing.mutations(20261207L, 300, List.of(file.getBytes(StandardCharsets.UTF_8),
				file.getBytes(Charset.forName("x-windows-874")), ("\uFEFF" + file).getBytes(StandardCharsets.UTF_8)));
		inputs.add((file + "2024-03-02,\"" + "9".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
		inputs.add((file + "2024-03-02,KML3,," + "9".repeat(500) + "\r\n").getBytes(StandardCharsets.UTF_8));
		inputs.add((file + "2024-03-02,KML3,,1e999999999\r\n").getBytes(StandardCharsets.UTF_8));
		inputs.add(("date,reference1,reference2,amount\n" + "2024-03-01,A,,1\n".repeat(30_000)).getBytes(StandardCharsets.US_ASCII));
		inputs.add(new byte[6 * 1024 * 1024]);

		Fuzzing.assertEachEndsWithAResultOrARefusal("bank reconciliation", inputs,
				bytes -> BillPayments.lines(new ByteArrayInputStream(bytes)), EServiceRejected.class);
	}
}
