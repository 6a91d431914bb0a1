package org.prongsai.integrity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.disclosure.LocalizedText;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.calendar.ThaiDateFormat;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.UnitView;

/**
 * Complaint statistics computed from the complaint records, never typed. A complaint is received
 * on the Bangkok day of its {@code received_at}; it is completed as of a day when the last stage it
 * had reached by the end of that day is CONCLUDED (a reopened complaint is in progress again); the
 * rest are in progress. Everything is counted by the database, in one grouped query for any
 * number of stations, so a region's statistics never load its complaints one by one.
 */
@Service
@Transactional(readOnly = true)
class ComplaintStatistics {

	/** The categories a complaint is filed under, in the order they are published. */
	static final List<String> CATEGORIES = List.of("BRIBERY", "ABUSE_OF_POWER", "NEGLECT", "MISCONDUCT", "PROCUREMENT",
			"OTHER");

	/** The code of complaints that name no unit. */
	static final String NONE = "none";

	private static final ThaiDateFormat THAI_DATES = ThaiDateFormat.of(Bilingual.THAI);

	private static final ThaiDateFormat ENGLISH_DATES = ThaiDateFormat.of(Locale.ENGLISH);

	private final JdbcClient jdbc;

	private final StationDirectory stations;

	private final Bilingual messages;

	ComplaintStatistics(JdbcClient jdbc, StationDirectory stations, Bilingual messages) {
		this.jdbc = jdbc;
		this.stations = stations;
		this.messages = messages;
	}

	/** The station's figures for the fiscal year as of the day. */
	ComplaintFigures figures(UUID stationId, FiscalYear year, LocalDate asOf) {
		return figures(List.of(stationId), year, asOf).get(stationId);
	}

	/**
	 * Each station's figures for the fiscal year as of the day, counted together (a police region's
	 * stations, say); each station's breakdowns are protected on their own.
	 * @param asOf a day of the fiscal year
	 * @return the figures by station, in the order given
	 * @throws IllegalArgumentException when the day is outside the fiscal year
	 */
	Map<UUID, ComplaintFigures> figures(List<UUID> stationIds, FiscalYear year, LocalDate asOf) {
		if (!year.contains(asOf)) {
			throw new IllegalArgumentException(asOf + " is outside " + year);
		}
		LocalDate halfAsOf = firstSixMonthsAsOf(year, asOf);
		List<YearMonth> months = year.months().stream().filter(m -> !m.atDay(1).isAfter(asOf)).toList();
		Map<UUID, Counts> counts = new LinkedHashMap<>();
		stationIds.forEach(id -> counts.put(id, new Counts(months.size())));
		if (!stationIds.isEmpty()) {
			count(stationIds, year, asOf, halfAsOf, months, counts);
		}
		Map<UUID, ComplaintFigures> figures = new LinkedHashMap<>();
		counts.forEach((id, c) -> figures.put(id, new ComplaintFigures(id, year, asOf,
				new ComplaintFigures.Period(year.start(), halfAsOf, c.receivedHalf, c.completedHalf),
				new ComplaintFigures.Period(year.start(), asOf, c.received, c.completed),
				categories(c), months(months, c), units(id, c))));
		return figures;
	}

	/** The day the first six months' figures are as of: 31 March, or the as-of day if it is earlier. */
	static LocalDate firstSixMonthsAsOf(FiscalYear year, LocalDate asOf) {
		LocalDate endOfMarch = LocalDate.of(year.gregorianEndYear(), Month.MARCH, 31);
		return asOf.isBefore(endOfMarch) ? asOf : endOfMarch;
	}

	/**
	 * Everything in one pass over the period's complaints, grouped by station, category and unit
	 * named: received and completed for both periods and received by month. The subquery finds,
	 * for each complaint, the time of its last CONCLUDED stage and of its last other stage by each
	 * cut-off: the complaint is completed when the former is the later (a conclusion wins a tie).
	 */
	private void count(List<UUID> stationIds, FiscalYear year, LocalDate asOf, LocalDate halfAsOf, List<YearMonth> months,
			Map<UUID, Counts> counts) {
		StringBuilder monthSums = new StringBuilder();
		for (int m = 0; m < months.size(); m++) {
			monthSums.append(", sum(case when c.received_at >= :m").append(m).append(" and c.received_at < :m").append(m + 1)
				.append(" then 1 else 0 end) as m").append(m);
		}
		var query = jdbc.sql("select c.station_id, c.category, c.named_unit_id, count(*) as received,"
				+ " sum(case when c.received_at < :half then 1 else 0 end) as received_half,"
				+ " sum(case when s.concluded_half is not null and (s.other_half is null or s.concluded_half >= s.other_half)"
				+ " then 1 else 0 end) as completed_half,"
				+ " sum(case when s.concluded is not null and (s.other is null or s.concluded >= s.other) then 1 else 0 end)"
				+ " as completed" + monthSums
				+ " from complaint c left join (select complaint_id,"
				+ " max(case when stage = 'CONCLUDED' and reached_at < :half then reached_at end) as concluded_half,"
				+ " max(case when stage <> 'CONCLUDED' and reached_at < :half then reached_at end) as other_half,"
				+ " max(case when stage = 'CONCLUDED' then reached_at end) as concluded,"
				+ " max(case when stage <> 'CONCLUDED' then reached_at end) as other"
				+ " from complaint_stage where station_id in (:stations) and reached_at >= :start and reached_at < :end"
				+ " group by complaint_id) s on s.complaint_id = c.id"
				+ " where c.station_id in (:stations) and c.received_at >= :start and c.received_at < :end"
				+ " group by c.station_id, c.category, c.named_unit_id")
			.param("stations", stationIds)
			.param("start", startOf(year.start()))
			.param("half", startOf(halfAsOf.plusDays(1)))
			.param("end", startOf(asOf.plusDays(1)));
		for (int m = 0; m <= months.size(); m++) {
			query = query.param("m" + m, m < months.size() ? startOf(months.get(m).atDay(1)) : startOf(asOf.plusDays(1)));
		}
		query.query((rs, n) -> {
			Counts c = counts.get(rs.getObject("station_id", UUID.class));
			long received = rs.getLong("received");
			c.received += received;
			c.receivedHalf += rs.getLong("received_half");
			c.completedHalf += rs.getLong("completed_half");
			c.completed += rs.getLong("completed");
			for (int m = 0; m < c.byMonth.length; m++) {
				c.byMonth[m] += rs.getLong("m" + m);
			}
			c.byCategory.merge(rs.getString("category"), received, Long::sum);
			UUID unit = rs.getObject("named_unit_id", UUID.class);
			c.byUnit.merge(unit == null ? NONE : unit.toString(), received, Long::sum);
			return c;
		}).list();
	}

	private ComplaintFigures.Breakdown categories(Counts c) {
		List<String> codes = new ArrayList<>(CATEGORIES);
		// A category the intake knows and this list does not yet still counts, after the known ones.
		c.byCategory.keySet().stream().filter(k -> !codes.contains(k)).sorted().forEach(codes::add);
		return breakdown("category", codes.stream()
			.map(code -> new Counted(code, messages.textOr("integrity.complaint.category." + code, code),
					c.byCategory.getOrDefault(code, 0L)))
			.toList());
	}

	/**
	 * The months from October to the as-of day. The first six months' total is published as well
	 * as the year's, so the months of each half are protected against their own half's total.
	 */
	private ComplaintFigures.Breakdown months(List<YearMonth> months, Counts c) {
		List<Counted> firstHalf = new ArrayList<>();
		List<Counted> secondHalf = new ArrayList<>();
		for (int m = 0; m < months.size(); m++) {
			YearMonth month = months.get(m);
			(m < 6 ? firstHalf : secondHalf).add(new Counted(month.toString(), new LocalizedText(THAI_DATES.monthYear(month),
					ENGLISH_DATES.monthYear(month)), c.byMonth[m]));
		}
		List<ComplaintFigures.Cell> cells = new ArrayList<>(protect(firstHalf));
		cells.addAll(protect(secondHalf));
		return new ComplaintFigures.Breakdown("month", cells);
	}

	/** The station's units in their published order, then complaints naming no unit. */
	private ComplaintFigures.Breakdown units(UUID stationId, Counts c) {
		List<Counted> units = new ArrayList<>();
		for (UnitView unit : stations.units(stationId)) {
			units.add(new Counted(unit.id().toString(), new LocalizedText(unit.nameTh(), unit.nameEn()),
					c.byUnit.getOrDefault(unit.id().toString(), 0L)));
		}
		units.add(new Counted(NONE, messages.text("integrity.statistics.unit.none"), c.byUnit.getOrDefault(NONE, 0L)));
		return breakdown("unit", units);
	}

	private static ComplaintFigures.Breakdown breakdown(String name, List<Counted> counted) {
		return new ComplaintFigures.Breakdown(name, protect(counted));
	}

	/** The counts as published against their total: those {@link SmallCells} hides are withheld. */
	private static List<ComplaintFigures.Cell> protect(List<Counted> counted) {
		boolean[] hidden = SmallCells.hidden(counted.stream().mapToLong(Counted::count).toArray());
		List<ComplaintFigures.Cell> cells = new ArrayList<>();
		for (int i = 0; i < counted.size(); i++) {
			Counted one = counted.get(i);
			cells.add(new ComplaintFigures.Cell(one.code(), one.label(), hidden[i] ? null : one.count()));
		}
		return cells;
	}

	private static Timestamp startOf(LocalDate day) {
		Instant start = day.atStartOfDay(FiscalYear.BANGKOK).toInstant();
		return Timestamp.from(start);
	}

	/** A count before protection. */
	private record Counted(String code, LocalizedText label, long count) {
	}

	/** One station's counts as the queries return them. */
	private static final class Counts {

		long received;

		long receivedHalf;

		long completed;

		long completedHalf;

		final long[] byMonth;

		final Map<String, Long> byCategory = new HashMap<>();

		final Map<String, Long> byUnit = new HashMap<>();

		Counts(int months) {
			byMonth = new long[months];
		}
	}
}
