package org.prongsai.reporting;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.calendar.TypedDates;

/**
 * The station's annual procurement plan (แผนการจัดซื้อจัดจ้างประจำปี) and the year's procurement
 * announcements (ประกาศเชิญชวน, ประกาศผลผู้ชนะ, or that there was no procurement), item O14. Every
 * entry is checked before it is kept, and every change is audited.
 */
@Service
@Transactional
class ProcurementPlan {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProcurementPlan(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Adds a planned procurement to the year's plan. */
	UUID plan(UUID stationId, FiscalYear year, PlanEntry entry, String by) {
		String subject = required(entry.subject(), 500, "subject");
		BigDecimal budget = EntryFields.amount(entry.budget(), "reporting.procurement.reject.required.budget");
		if (budget.signum() == 0) {
			throw new ReportingRejected("reporting.procurement.reject.amount", entry.budget().strip());
		}
		String source = required(entry.sourceOfFunds(), 200, "source");
		ProcurementMethod method = ProcurementMethod.named(entry.method())
			.orElseThrow(() -> new ReportingRejected("reporting.procurement.reject.method"));
		YearMonth month;
		try {
			month = TypedDates.month(entry.plannedMonth());
		}
		catch (DateTimeParseException ex) {
			throw new ReportingRejected("reporting.plan.reject.month");
		}
		if (!year.contains(month.atDay(1))) {
			throw new ReportingRejected("reporting.plan.reject.outside", String.valueOf(year.beYear()));
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into procurement_plan_item (id, station_id, fiscal_year, subject, budget, source_of_funds, method,"
				+ " planned_month, recorded_by, recorded_at) values (:id, :station, :year, :subject, :budget, :source,"
				+ " :method, :month, :by, :now)")
			.param("id", id).param("station", stationId).param("year", year.beYear()).param("subject", subject)
			.param("budget", budget).param("source", source).param("method", method.key())
			.param("month", Date.valueOf(month.atDay(1))).param("by", by).param("now", Timestamp.from(clock.instant()))
			.update();
		changed(stationId, year.beYear());
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.plan.recorded", id.toString(), "",
				year.beYear() + " " + subject + " " + budget + " " + method.key() + " " + month));
		return id;
	}

	/** Adds an announcement of the year. */
	UUID announce(UUID stationId, FiscalYear year, AnnouncementEntry entry, String by) {
		AnnouncementKind kind = AnnouncementKind.named(entry.kind())
			.orElseThrow(() -> new ReportingRejected("reporting.announcement.reject.kind"));
		LocalDate on;
		try {
			on = TypedDates.day(entry.announcedOn());
		}
		catch (DateTimeParseException ex) {
			throw new ReportingRejected("reporting.procurement.reject.date");
		}
		if (!year.contains(on)) {
			throw new ReportingRejected("reporting.plan.reject.outside", String.valueOf(year.beYear()));
		}
		if (on.isAfter(LocalDate.now(clock.withZone(FiscalYear.BANGKOK)))) {
			throw new ReportingRejected("reporting.procurement.reject.future-date");
		}
		String subject = required(entry.subject(), 500, "subject");
		String egp = entry.egpNumber().strip();
		if (!egp.isEmpty() && !egp.matches("[0-9]{11,12}")) {
			throw new ReportingRejected("reporting.announcement.reject.egp");
		}
		String winner = null;
		BigDecimal price = null;
		if (kind == AnnouncementKind.RESULT) {
			winner = required(entry.winner(), 300, "selected-bidder");
			price = EntryFields.amount(entry.price(), "reporting.procurement.reject.required.agreed-price");
		}
		String link = entry.documentUrl().strip();
		if (!link.isEmpty() && !webAddress(link)) {
			throw new ReportingRejected("reporting.announcement.reject.link");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into procurement_announcement (id, station_id, fiscal_year, kind, announced_on, subject, egp_number,"
				+ " winner, price, document_url, recorded_by, recorded_at) values (:id, :station, :year, :kind, :on, :subject,"
				+ " :egp, :winner, :price, :link, :by, :now)")
			.param("id", id).param("station", stationId).param("year", year.beYear()).param("kind", kind.key())
			.param("on", Date.valueOf(on)).param("subject", subject).param("egp", egp.isEmpty() ? null : egp)
			.param("winner", winner).param("price", price).param("link", link.isEmpty() ? null : link)
			.param("by", by).param("now", Timestamp.from(clock.instant()))
			.update();
		changed(stationId, year.beYear());
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.announcement.recorded", id.toString(), "",
				year.beYear() + " " + kind.key() + " " + on + " " + subject));
		return id;
	}

	/** Removes a planned procurement of the station; another station's is not found. */
	void removeItem(UUID stationId, UUID id) {
		remove(stationId, "procurement_plan_item", id);
	}

	/** Removes an announcement of the station; another station's is not found. */
	void removeAnnouncement(UUID stationId, UUID id) {
		remove(stationId, "procurement_announcement", id);
	}

	private void remove(UUID stationId, String table, UUID id) {
		List<Integer> year = jdbc.sql("select fiscal_year from " + table + " where id = :id and station_id = :station")
			.param("id", id).param("station", stationId).query(Integer.class).list();
		int removed = jdbc.sql("delete from " + table + " where id = :id and station_id = :station")
			.param("id", id).param("station", stationId).update();
		if (removed == 0) {
			throw new ReportingRejected("reporting.procurement.reject.none");
		}
		changed(stationId, year.get(0));
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.plan.removed", table + " " + id,
				"present", "removed"));
	}

	/** The day the year's plan or announcements last changed, in Bangkok, if they ever did. */
	@Transactional(readOnly = true)
	Optional<LocalDate> changedOn(UUID stationId, FiscalYear year) {
		return jdbc.sql("select changed_at from procurement_plan_year where station_id = :station and fiscal_year = :year")
			.param("station", stationId).param("year", year.beYear())
			.query((rs, n) -> rs.getTimestamp("changed_at").toInstant().atZone(FiscalYear.BANGKOK).toLocalDate())
			.optional();
	}

	private void changed(UUID stationId, int beYear) {
		Timestamp now = Timestamp.from(clock.instant());
		int updated = jdbc.sql("update procurement_plan_year set changed_at = :now where station_id = :station and fiscal_year = :year")
			.param("now", now).param("station", stationId).param("year", beYear).update();
		if (updated == 0) {
			jdbc.sql("insert into procurement_plan_year (station_id, fiscal_year, changed_at) values (:station, :year, :now)")
				.param("station", stationId).param("year", beYear).param("now", now).update();
		}
	}

	@Transactional(readOnly = true)
	List<PlanItem> items(UUID stationId, FiscalYear year) {
		return jdbc.sql("select * from procurement_plan_item where station_id = :station and fiscal_year = :year"
				+ " order by planned_month, recorded_at, id")
			.param("station", stationId).param("year", year.beYear())
			.query((rs, n) -> new PlanItem(rs.getObject("id", UUID.class), rs.getString("subject"), rs.getBigDecimal("budget"),
					rs.getString("source_of_funds"), ProcurementMethod.named(rs.getString("method")).orElseThrow(),
					YearMonth.from(rs.getDate("planned_month").toLocalDate())))
			.list();
	}

	@Transactional(readOnly = true)
	List<Announcement> announcements(UUID stationId, FiscalYear year) {
		return jdbc.sql("select * from procurement_announcement where station_id = :station and fiscal_year = :year"
				+ " order by announced_on, recorded_at, id")
			.param("station", stationId).param("year", year.beYear())
			.query((rs, n) -> new Announcement(rs.getObject("id", UUID.class),
					AnnouncementKind.named(rs.getString("kind")).orElseThrow(), rs.getDate("announced_on").toLocalDate(),
					rs.getString("subject"), rs.getString("egp_number"), rs.getString("winner"), rs.getBigDecimal("price"),
					rs.getString("document_url")))
			.list();
	}

	private static boolean webAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& text.length() <= 1000;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private static String text(@Nullable String typed) {
		return typed == null ? "" : typed;
	}

	private static String required(@Nullable String text, int max, String field) {
		return EntryFields.required(text, max, "reporting.procurement.reject.required." + field);
	}

	/** A planned procurement as typed into the form. */
	record PlanEntry(String subject, String budget, String sourceOfFunds, String method, String plannedMonth) {

		/** A field the form left out is blank. */
		PlanEntry {
			subject = text(subject);
			budget = text(budget);
			sourceOfFunds = text(sourceOfFunds);
			method = text(method);
			plannedMonth = text(plannedMonth);
		}

		static PlanEntry blank() {
			return new PlanEntry("", "", "", ProcurementMethod.SPECIFIC.key(), "");
		}
	}

	/** An announcement as typed into the form. */
	record AnnouncementEntry(String kind, String announcedOn, String subject, String egpNumber, String winner, String price,
			String documentUrl) {

		/** A field the form left out is blank. */
		AnnouncementEntry {
			kind = text(kind);
			announcedOn = text(announcedOn);
			subject = text(subject);
			egpNumber = text(egpNumber);
			winner = text(winner);
			price = text(price);
			documentUrl = text(documentUrl);
		}

		static AnnouncementEntry blank() {
			return new AnnouncementEntry(AnnouncementKind.INVITATION.key(), "", "", "", "", "", "");
		}
	}

	/** A procurement of the plan; the month is when it is expected to be announced. */
	record PlanItem(UUID id, String subject, BigDecimal budget, String sourceOfFunds, ProcurementMethod method,
			YearMonth plannedMonth) {

		public String budgetText() {
			return EntryFields.baht(budget);
		}
	}

	/**
	 * An announcement.
	 * @param egpNumber the project's number in the government's e-GP system, if it has one
	 * @param winner and {@code price}: the selected bidder and the agreed price, for a result
	 * @param documentUrl where the signed announcement is published, if it is online
	 */
	record Announcement(UUID id, AnnouncementKind kind, LocalDate announcedOn, String subject, @Nullable String egpNumber,
			@Nullable String winner, @Nullable BigDecimal price, @Nullable String documentUrl) {

		public String priceText() {
			return price == null ? "" : EntryFields.baht(price);
		}
	}

	/** What an announcement announces; the names are the {@code reporting.announcement.kind.*} messages. */
	enum AnnouncementKind {

		/** ประกาศเชิญชวน: an invitation to bid. */
		INVITATION("invitation"),
		/** ประกาศผลผู้ชนะการเสนอราคา: the winner. */
		RESULT("result"),
		/** ประกาศว่าไม่มีการจัดซื้อจัดจ้าง: that there was no procurement. */
		NONE("none");

		private final String key;

		AnnouncementKind(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}

		static Optional<AnnouncementKind> named(String key) {
			return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
		}
	}
}
