package org.prongsai.eservice;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.FileRejectedException;
import org.prongsai.platform.files.UploadedTable;
import org.prongsai.platform.calendar.TypedDates;
import org.prongsai.platform.documents.CsvTable;

/**
 * Station-level fees and fines paid by Thai QR bill payment, for a station whose bank issued it a
 * biller ID; off until the station sets one. A bill carries its own reference 1, and is marked
 * paid only when the bank's reconciliation file lists that reference with the bill's amount:
 * never on the payer's word or a slip, which anyone can fake. Traffic fines are not billed here;
 * they are paid through the national e-Ticket system.
 */
@Service
@Transactional
class BillPayments {

	/** The reconciliation file's columns, as the import expects them (documented in the README). */
	static final List<String> HEADER = List.of("date", "reference1", "reference2", "amount");

	private static final BigDecimal LARGEST = new BigDecimal("9999999999.99");

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	BillPayments(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<Setting> setting(UUID stationId) {
		return jdbc.sql("select * from bill_payment_setting where station_id = :station").param("station", stationId)
			.query((rs, n) -> new Setting(rs.getString("biller_id"), rs.getBoolean("enabled"), rs.getBoolean("fictional")))
			.optional();
	}

	/**
	 * Sets the biller ID and whether bills may be issued.
	 * @param fictional whether the ID is made up (the demo's), which every screen then says
	 */
	void configure(UUID stationId, String billerId, boolean enabled, boolean fictional, String by) {
		String id = billerId.replaceAll("[\\s-]", "");
		if (!id.matches("[0-9]{15}")) {
			throw new EServiceRejected("eservice.payments.reject.biller");
		}
		String before = setting(stationId).map(Setting::summary).orElse("");
		Timestamp now = Timestamp.from(clock.instant());
		if (jdbc.sql("update bill_payment_setting set biller_id = :biller, enabled = :enabled, fictional = :fictional,"
				+ " updated_at = :now, updated_by = :by where station_id = :station")
			.param("biller", id).param("enabled", enabled).param("fictional", fictional).param("now", now).param("by", by)
			.param("station", stationId).update() == 0) {
			jdbc.sql("insert into bill_payment_setting (station_id, biller_id, enabled, fictional, updated_at, updated_by)"
					+ " values (:station, :biller, :enabled, :fictional, :now, :by)")
				.param("station", stationId).param("biller", id).param("enabled", enabled).param("fictional", fictional)
				.param("now", now).param("by", by).update();
		}
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.payments.configured", "biller", before,
				new Setting(id, enabled, fictional).summary()));
	}

	/**
	 * Issues a bill; its reference 1 is the fiscal year and the station's running number.
	 * @throws EServiceRejected while bill payment is off, or for a missing description or an amount that is not one
	 */
	Bill issue(UUID stationId, BillEntry entry, String by) {
		if (!setting(stationId).map(Setting::enabled).orElse(false)) {
			throw new EServiceRejected("eservice.payments.reject.off");
		}
		String description = entry.description().strip();
		if (description.isEmpty() || description.length() > 300) {
			throw new EServiceRejected("eservice.payments.reject.description");
		}
		BigDecimal amount = amount(entry.amount()).orElseThrow(() -> new EServiceRejected("eservice.payments.reject.amount"));
		String reference2 = entry.reference2().strip().toUpperCase(java.util.Locale.ROOT);
		if (!reference2.isEmpty() && !reference2.matches("[A-Z0-9]{1,20}")) {
			throw new EServiceRejected("eservice.payments.reject.reference2");
		}
		String prefix = String.valueOf(FiscalYear.current(clock).beYear());
		long issued = jdbc.sql("select count(*) from bill where station_id = :station and reference1 like :prefix")
			.param("station", stationId).param("prefix", prefix + "%").query(Long.class).single();
		String reference1 = prefix + String.format("%06d", issued + 1);
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into bill (id, station_id, reference1, reference2, description, amount, issued_at, issued_by)"
				+ " values (:id, :station, :ref1, :ref2, :description, :amount, :now, :by)")
			.param("id", id).param("station", stationId).param("ref1", reference1)
			.param("ref2", reference2.isEmpty() ? null : reference2).param("description", description).param("amount", amount)
			.param("now", Timestamp.from(clock.instant())).param("by", by).update();
		// Not the description: it may name whom the bill is for, and the trail is kept for good.
		events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.payments.issued", reference1, "",
				amount.toPlainString() + " baht"));
		return bill(stationId, reference1).orElseThrow();
	}

	@Transactional(readOnly = true)
	List<Bill> bills(UUID stationId) {
		return jdbc.sql("select * from bill where station_id = :station order by issued_at desc, reference1 desc")
			.param("station", stationId).query(BillPayments::bill).list();
	}

	@Transactional(readOnly = true)
	Optional<Bill> bill(UUID stationId, String reference1) {
		return jdbc.sql("select * from bill where station_id = :station and reference1 = :ref").param("station", stationId)
			.param("ref", reference1).query(BillPayments::bill).optional();
	}

	/** The QR payload of a bill: the station's biller ID, the bill's references and its amount. */
	@Transactional(readOnly = true)
	ThaiQrBillPayment payment(UUID stationId, Bill bill) {
		Setting setting = setting(stationId).orElseThrow(() -> new EServiceRejected("eservice.payments.reject.off"));
		return new ThaiQrBillPayment(setting.billerId(), bill.reference1(), bill.reference2(), bill.amount());
	}

	/**
	 * Reads the bank's reconciliation file (CSV, UTF-8 or TIS-620, within the bounds of an
	 * {@link UploadedTable}) and checks every row: a date, a reference 1 and an amount. No
	 * database work: call it in a reading slot, before any transaction.
	 * @throws EServiceRejected for a file that cannot be read as a whole (its encoding, its size, its
	 *     header, any row); then nothing is marked
	 */
	static List<Line> lines(InputStream file) {
		List<List<String>> rows;
		try {
			rows = UploadedTable.csv(file);
		}
		catch (IllegalArgumentException ex) {
			throw new EServiceRejected("eservice.payments.reject.encoding");
		}
		catch (FileRejectedException ex) {
			throw new EServiceRejected(ex.messageKey(), ex.arguments());
		}
		if (rows.isEmpty() || !rows.get(0).stream().map(c -> c.strip().toLowerCase(java.util.Locale.ROOT)).toList()
			.equals(HEADER)) {
			throw new EServiceRejected("eservice.payments.reject.header", String.join(",", HEADER));
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			int number = i + 1;
			if (row.size() != HEADER.size()) {
				throw new EServiceRejected("eservice.payments.reject.row", number);
			}
			LocalDate day;
			try {
				day = TypedDates.day(row.get(0));
			}
			catch (DateTimeParseException ex) {
				throw new EServiceRejected("eservice.payments.reject.row", number);
			}
			String reference1 = row.get(1).strip().toUpperCase(java.util.Locale.ROOT);
			BigDecimal amount = amount(row.get(3)).orElseThrow(() -> new EServiceRejected("eservice.payments.reject.row", number));
			if (!reference1.matches("[A-Z0-9]{1,20}")) {
				throw new EServiceRejected("eservice.payments.reject.row", number);
			}
			lines.add(new Line(number, day, reference1, amount));
		}
		return lines;
	}

	/**
	 * Marks paid exactly the unpaid bills that the lines of the bank's file, read with
	 * {@link #lines}, list with their reference 1 and their amount.
	 */
	Reconciliation reconcile(UUID stationId, List<Line> lines, String by) {
		Map<String, Bill> bills = bills(stationId).stream().collect(Collectors.toMap(Bill::reference1, Function.identity()));
		List<String> paid = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		List<String> mismatched = new ArrayList<>();
		List<String> already = new ArrayList<>();
		Timestamp now = Timestamp.from(clock.instant());
		for (Line line : lines) {
			Bill bill = bills.get(line.reference1());
			if (bill == null) {
				unknown.add(line.reference1());
			}
			else if (bill.amount().compareTo(line.amount()) != 0) {
				mismatched.add(line.reference1());
			}
			else if (bill.paidOn() != null || paid.contains(line.reference1())) {
				already.add(line.reference1());
			}
			else {
				jdbc.sql("update bill set paid_on = :day, paid_amount = :amount, reconciled_at = :now, reconciled_by = :by"
						+ " where id = :id and paid_on is null")
					.param("day", Date.valueOf(line.day())).param("amount", line.amount()).param("now", now).param("by", by)
					.param("id", bill.id()).update();
				events.publishEvent(new EServiceEvents.RecordChanged(stationId, "eservice.payments.paid", line.reference1(),
						"unpaid", "paid " + line.day() + " " + line.amount().toPlainString() + " (bank file row " + line.row() + ")"));
				paid.add(line.reference1());
			}
		}
		return new Reconciliation(paid, unknown, mismatched, already);
	}

	/** An amount in baht as typed or as the bank writes it: more than zero, at most two decimals. */
	private static Optional<BigDecimal> amount(String typed) {
		try {
			BigDecimal amount = new BigDecimal(typed.strip().replace(",", ""));
			return amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2 && amount.compareTo(LARGEST) <= 0
					? Optional.of(amount.setScale(2)) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static Bill bill(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Date paid = rs.getDate("paid_on");
		return new Bill(rs.getObject("id", UUID.class), rs.getString("reference1"), rs.getString("reference2"),
				rs.getString("description"), rs.getBigDecimal("amount").setScale(2),
				rs.getTimestamp("issued_at").toInstant(), paid == null ? null : paid.toLocalDate());
	}

	/** The station's setting: its biller ID, whether bills may be issued, and whether the ID is made up. */
	record Setting(String billerId, boolean enabled, boolean fictional) {

		String summary() {
			return "biller " + billerId + (enabled ? " on" : " off") + (fictional ? " (fictional)" : "");
		}
	}

	/** A bill as typed; a field the form left out is blank. */
	record BillEntry(String description, String amount, String reference2) {

		BillEntry {
			description = description == null ? "" : description;
			amount = amount == null ? "" : amount;
			reference2 = reference2 == null ? "" : reference2;
		}
	}

	/** A bill; {@code paidOn} is the day the bank's file says it was paid, or null. */
	record Bill(UUID id, String reference1, @Nullable String reference2, String description, BigDecimal amount,
			java.time.Instant issuedAt, @Nullable LocalDate paidOn) {

		public boolean paid() {
			return paidOn != null;
		}
	}

	/** A row of the bank's file: its number in the file (1 is the header), the day paid, the reference and the amount. */
	record Line(int row, LocalDate day, String reference1, BigDecimal amount) {
	}

	/**
	 * What an import did.
	 * @param paid the references marked paid
	 * @param unknown references the station never issued
	 * @param mismatched references whose amount differs from the bill's, left unpaid for someone to look at
	 * @param already references already marked paid
	 */
	record Reconciliation(List<String> paid, List<String> unknown, List<String> mismatched, List<String> already) {
	}
}
