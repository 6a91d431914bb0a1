package org.prongsai.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The station's procurement records. Every change is checked first ({@link ProcurementEntry}),
 * made in one transaction with its bids, guarded by the row's version against a stale form, and
 * recorded in the audit trail.
 */
@Service
@Transactional
class ProcurementRecords {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProcurementRecords(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	UUID record(UUID stationId, ProcurementEntry entry, String by) {
		Procurement p = entry.validated(UUID.randomUUID(), 0, clock);
		jdbc.sql("insert into procurement (id, station_id, subject, budget, reference_price, method, selected_bidder,"
				+ " agreed_price, reason, contract_number, contract_date, recorded_by, recorded_at, version) values (:id,"
				+ " :station, :subject, :budget, :reference, :method, :selected, :agreed, :reason, :contract, :date, :by,"
				+ " :now, 0)")
			// One parameter source for all: JdbcClient ignores param() once a source is given.
			.paramSource(columns(p).addValue("station", stationId).addValue("by", by)
				.addValue("now", Timestamp.from(clock.instant())))
			.update();
		insertBids(p);
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.procurement.recorded", p.id().toString(),
				"", summary(p)));
		return p.id();
	}

	/**
	 * Changes a record.
	 * @throws OptimisticLockingFailureException when it changed since the form was opened
	 */
	void change(UUID stationId, UUID id, int version, ProcurementEntry entry, String by) {
		Procurement before = find(stationId, id).orElseThrow(() -> new ReportingRejected("reporting.procurement.reject.none"));
		Procurement p = entry.validated(id, version + 1, clock);
		int updated = jdbc.sql("update procurement set subject = :subject, budget = :budget, reference_price = :reference,"
				+ " method = :method, selected_bidder = :selected, agreed_price = :agreed, reason = :reason,"
				+ " contract_number = :contract, contract_date = :date, version = version + 1"
				+ " where id = :id and station_id = :station and version = :version")
			.paramSource(columns(p).addValue("station", stationId).addValue("version", version))
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("procurement " + id + " changed since version " + version);
		}
		jdbc.sql("delete from procurement_bid where procurement = :id").param("id", id).update();
		insertBids(p);
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.procurement.changed", id.toString(),
				summary(before), summary(p)));
	}

	void delete(UUID stationId, UUID id, int version) {
		Procurement before = find(stationId, id).orElseThrow(() -> new ReportingRejected("reporting.procurement.reject.none"));
		int deleted = jdbc.sql("delete from procurement where id = :id and station_id = :station and version = :version")
			.param("id", id).param("station", stationId).param("version", version)
			.update();
		if (deleted == 0) {
			throw new OptimisticLockingFailureException("procurement " + id + " changed since version " + version);
		}
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.procurement.deleted", id.toString(),
				summary(before), "deleted"));
	}

	@Transactional(readOnly = true)
	Optional<Procurement> find(UUID stationId, UUID id) {
		return read("where p.id = :id and p.station_id = :station", Map.of("id", id, "station", stationId)).stream()
			.findFirst();
	}

	/** The station's records reported in the month, by contract date and then as recorded. */
	@Transactional(readOnly = true)
	List<Procurement> month(UUID stationId, YearMonth month) {
		return read("where p.station_id = :station and p.contract_date between :start and :end",
				Map.of("station", stationId, "start", Date.valueOf(month.atDay(1)), "end", Date.valueOf(month.atEndOfMonth())));
	}

	private List<Procurement> read(String where, Map<String, Object> params) {
		Map<UUID, List<Procurement.Bid>> bids = new LinkedHashMap<>();
		jdbc.sql("select b.* from procurement_bid b join procurement p on p.id = b.procurement " + where
				+ " order by b.procurement, b.position")
			.params(params)
			.query((rs, n) -> bids.computeIfAbsent(rs.getObject("procurement", UUID.class), k -> new ArrayList<>())
				.add(new Procurement.Bid(rs.getString("bidder"), rs.getBigDecimal("price"))))
			.list();
		return jdbc.sql("select p.* from procurement p " + where + " order by p.contract_date, p.recorded_at, p.id")
			.params(params)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				BigDecimal reference = rs.getBigDecimal("reference_price");
				return new Procurement(id, rs.getString("subject"), rs.getBigDecimal("budget"), reference,
						ProcurementMethod.named(rs.getString("method")).orElseThrow(),
						bids.getOrDefault(id, List.of()), rs.getString("selected_bidder"), rs.getBigDecimal("agreed_price"),
						rs.getString("reason"), rs.getString("contract_number"), rs.getDate("contract_date").toLocalDate(),
						rs.getInt("version"));
			})
			.list();
	}

	private void insertBids(Procurement p) {
		for (int i = 0; i < p.bids().size(); i++) {
			Procurement.Bid bid = p.bids().get(i);
			jdbc.sql("insert into procurement_bid (procurement, position, bidder, price) values (:id, :position, :bidder, :price)")
				.param("id", p.id()).param("position", i + 1).param("bidder", bid.bidder()).param("price", bid.price())
				.update();
		}
	}

	private static MapSqlParameterSource columns(Procurement p) {
		return new MapSqlParameterSource()
			.addValue("id", p.id()).addValue("subject", p.subject()).addValue("budget", p.budget())
			.addValue("reference", p.referencePrice()).addValue("method", p.method().key())
			.addValue("selected", p.selectedBidder()).addValue("agreed", p.agreedPrice()).addValue("reason", p.reason())
			.addValue("contract", p.contractNumber()).addValue("date", Date.valueOf(p.contractDate()));
	}

	private static String summary(Procurement p) {
		return p.contractDate() + " " + p.subject() + ", " + p.method().key() + ", " + p.selectedBidder() + " "
				+ p.agreedPrice().toPlainString() + " baht, contract " + p.contractNumber();
	}
}
