package org.prongsai.platform.audit;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

import org.prongsai.platform.cli.CliArguments;
import org.prongsai.platform.cli.CliCommand;

/** {@code audit verify}: checks the whole audit chain; exits 1 when it is broken, naming the first broken entry. */
@Component
class AuditVerifyCommand implements CliCommand {

	private final AuditTrail trail;

	AuditVerifyCommand(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public String group() {
		return "audit";
	}

	@Override
	public String name() {
		return "verify";
	}

	@Override
	public String summary() {
		return "Check that no audit entry has been altered or removed";
	}

	@Override
	public int run(CliArguments arguments, PrintStream out) {
		ChainVerification result = trail.verify();
		if (result.intact()) {
			out.println("Audit chain intact: " + result.entriesChecked() + " entries");
			return 0;
		}
		out.println("Audit chain BROKEN at entry #" + result.firstBrokenSeq() + ": " + result.reason());
		return 1;
	}
}
