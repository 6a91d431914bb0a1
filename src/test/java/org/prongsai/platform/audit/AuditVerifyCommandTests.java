package org.prongsai.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.prongsai.platform.cli.CliArguments;

class AuditVerifyCommandTests {

	private final AuditTestDatabase db = new AuditTestDatabase();

	private final AuditVerifyCommand command = new AuditVerifyCommand(db.trail);

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private int run() {
		return command.run(CliArguments.parse(List.of()), new PrintStream(output, true, StandardCharsets.UTF_8));
	}

	@Test
	void reportsAnIntactChainAndSucceeds() {
		db.append(3);

		assertThat(run()).isZero();
		assertThat(output.toString(StandardCharsets.UTF_8)).isEqualTo("Audit chain intact: 3 entries" + System.lineSeparator());
	}

	@Test
	void reportsTheFirstBrokenEntryAndFails() {
		db.append(3);
		db.jdbc.sql("update audit_entry set actor = 'someone else' where seq = 2").update();

		assertThat(run()).isEqualTo(1);
		assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("Audit chain BROKEN at entry #2: ");
	}
}
