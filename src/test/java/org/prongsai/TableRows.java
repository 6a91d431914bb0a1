package org.prongsai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many rows every table of the schema holds, and the sum of the versions of the versioned
 * ones: one query, so it can be taken before and after every request. A write adds or removes a
 * row (each audited change adds an audit entry) or raises a version, so two equal counts mean
 * that nothing was written in between. Reading is audited too (opening a complaint or a report);
 * those entries are not writes and are not counted, nor is the event registry, which records
 * every event, reads included.
 */
final class TableRows {

	/** Audit entries of reading, not writing. */
	private static final String READS = " where action not in ('integrity.complaint.opened', 'integrity.complaint.file-opened',"
			+ " 'eservice.lost.opened')";

	private final JdbcClient jdbc;

	private final String query;

	TableRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
		List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'"
				+ " and table_type in ('BASE TABLE', 'TABLE')")
			.query(String.class).list().stream().map(String::toLowerCase)
			.filter(t -> !t.equals("flyway_schema_history") && !t.startsWith("event_publication"))
			.sorted().toList();
		List<String> versioned = jdbc.sql("select table_name from information_schema.columns where table_schema = 'public'"
				+ " and column_name = 'version'").query(String.class).list().stream().map(String::toLowerCase).toList();
		this.query = tables.stream()
			.map(t -> "select '" + t + "' as name, cast(count(*) as bigint) as n from " + t + (t.equals("audit_entry") ? READS : "")
					+ (versioned.contains(t) ? " union all select '" + t + ".version', cast(coalesce(sum(version), 0) as bigint) from " + t : ""))
			.collect(Collectors.joining(" union all "));
	}

	Map<String, Long> now() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql(query).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	/** What differs, as {@code table before→after}; empty when nothing does. */
	static String changed(Map<String, Long> before, Map<String, Long> after) {
		return new TreeSet<>(after.keySet()).stream()
			.filter(t -> !after.get(t).equals(before.get(t)))
			.map(t -> t + " " + before.get(t) + "→" + after.get(t))
			.collect(Collectors.joining(", "));
	}

	/** The change from {@code before} to {@code after} per table, for comparing two sendings. */
	static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
		Map<String, Long> delta = new LinkedHashMap<>();
		after.forEach((t, n) -> delta.put(t, n - before.getOrDefault(t, 0L)));
		return delta;
	}
}
