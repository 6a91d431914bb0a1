package org.prongsai.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.Files;

/**
 * The six-month budget report (รายงานผลการใช้จ่ายงบประมาณรอบ 6 เดือน) of a fiscal year: each line
 * of the plan with what was planned for October to March and what was paid out by the end of
 * March, the problems met and the suggestions, and the commander's acknowledgement.
 * @param disbursements the payments of October to March, by day
 * @param version the version of the report's text, against a stale form
 * @param acknowledgement the commander's last acknowledgement; it stands only while the report is
 * what was acknowledged ({@link #acknowledged()})
 */
record SixMonthReport(FiscalYear year, List<Row> rows, List<BudgetDisbursement> disbursements, String problems,
		String suggestions, int version, @Nullable Acknowledgement acknowledgement) {

	SixMonthReport {
		rows = List.copyOf(rows);
		disbursements = List.copyOf(disbursements);
	}

	/** The last day the report covers: 31 March. */
	public LocalDate asOf() {
		return year.firstSixMonths().endInclusive();
	}

	public BigDecimal plannedYear() {
		return rows.stream().map(r -> r.line().plannedYear()).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal plannedFirstHalf() {
		return rows.stream().map(r -> r.line().plannedFirstHalf()).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal disbursed() {
		return rows.stream().map(Row::disbursed).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public @Nullable BigDecimal percentOfFirstHalf() {
		return percent(disbursed(), plannedFirstHalf());
	}

	public @Nullable BigDecimal percentOfYear() {
		return percent(disbursed(), plannedYear());
	}

	/** Whether the commander acknowledged the report as it now stands. */
	public boolean acknowledged() {
		return acknowledgement != null && acknowledgement.sha256().equals(fingerprint());
	}

	/** Whether the commander acknowledged an earlier state of the report, since changed: it must be acknowledged again. */
	public boolean acknowledgementVoid() {
		return acknowledgement != null && !acknowledged();
	}

	/**
	 * The SHA-256 of what the report says: every line's plan and result, the problems and the
	 * suggestions. The commander acknowledges this, so any change to them voids the acknowledgement.
	 */
	public String fingerprint() {
		StringBuilder text = new StringBuilder(year.toString()).append('\n');
		for (Row row : rows) {
			BudgetLine line = row.line();
			text.append(line.source().key()).append('\t').append(line.category().key()).append('\t')
				.append(line.description()).append('\t');
			line.planned().forEach(amount -> text.append(amount.toPlainString()).append('\t'));
			text.append(row.disbursed().toPlainString()).append('\n');
		}
		text.append(problems).append('\n').append(suggestions);
		return Files.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** A part of a whole in per cent, to two decimals; null when the whole is nothing. */
	static @Nullable BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return null;
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
	}

	/** A line of the plan with what was paid against it by the end of March. */
	record Row(int sequence, BudgetLine line, BigDecimal disbursed) {

		public @Nullable BigDecimal percentOfFirstHalf() {
			return percent(disbursed, line.plannedFirstHalf());
		}

		public @Nullable BigDecimal percentOfYear() {
			return percent(disbursed, line.plannedYear());
		}
	}

	/**
	 * The commander's acknowledgement (ทราบ).
	 * @param name the commander's rank and name as their account shows it
	 * @param sha256 the {@link #fingerprint()} of the report acknowledged
	 */
	record Acknowledgement(String username, String name, Instant at, String sha256) {

		public LocalDate day() {
			return at.atZone(FiscalYear.BANGKOK).toLocalDate();
		}
	}
}
