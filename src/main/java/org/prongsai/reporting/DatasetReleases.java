package org.prongsai.reporting;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.Files;

/**
 * Releases of open data: a period's records frozen as they were published. Only released periods
 * are public, so records an officer is still typing are never exposed, and what the API serves
 * for a month is exactly what that month's PDF and workbook show.
 */
@Service
@Transactional
class DatasetReleases {

	private static final TypeReference<List<Map<String, Object>>> RECORDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DatasetReleases(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Releases the period's records, superseding its earlier release; records identical to the
	 * current release change nothing.
	 * @param records each record's fields in their published order; values are text, numbers, booleans, lists or maps
	 * @return whether a new release was made
	 */
	boolean release(UUID stationId, String dataset, String period, List<Map<String, Object>> records, String by) {
		String body = json.writeValueAsString(records);
		String sha256 = Files.sha256(body.getBytes(StandardCharsets.UTF_8));
		List<String> current = jdbc.sql("select sha256 from dataset_release where station_id = :station and dataset = :dataset"
				+ " and period = :period and superseded_at is null")
			.param("station", stationId).param("dataset", dataset).param("period", period)
			.query(String.class).list();
		if (current.contains(sha256)) {
			return false;
		}
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("update dataset_release set superseded_at = :now where station_id = :station and dataset = :dataset"
				+ " and period = :period and superseded_at is null")
			.param("now", now).param("station", stationId).param("dataset", dataset).param("period", period)
			.update();
		jdbc.sql("insert into dataset_release (id, station_id, dataset, period, records, record_count, sha256, released_at,"
				+ " released_by) values (:id, :station, :dataset, :period, :records, :count, :sha256, :now, :by)")
			.param("id", UUID.randomUUID()).param("station", stationId).param("dataset", dataset).param("period", period)
			.param("records", body).param("count", records.size()).param("sha256", sha256).param("now", now)
			.param("by", by)
			.update();
		events.publishEvent(new ReportingEvents.RecordChanged(stationId, "reporting.dataset.released",
				dataset + " " + period, current.isEmpty() ? "" : "superseded " + current.get(0), records.size()
						+ " records, sha256 " + sha256));
		return true;
	}

	/** The current release of every released period of the dataset, oldest period first. */
	@Transactional(readOnly = true)
	List<Release> current(UUID stationId, String dataset) {
		return jdbc.sql("select period, records, record_count, sha256, released_at from dataset_release"
				+ " where station_id = :station and dataset = :dataset and superseded_at is null order by period")
			.param("station", stationId).param("dataset", dataset)
			.query(DatasetReleases::release)
			.list();
	}

	/** The release of every period of the dataset as it stood at the instant, oldest period first. */
	@Transactional(readOnly = true)
	List<Release> at(UUID stationId, String dataset, Instant at) {
		return jdbc.sql("select period, records, record_count, sha256, released_at from dataset_release"
				+ " where station_id = :station and dataset = :dataset and released_at <= :at"
				+ " and (superseded_at is null or superseded_at > :at) order by period")
			.param("station", stationId).param("dataset", dataset).param("at", Timestamp.from(at))
			.query(DatasetReleases::release)
			.list();
	}

	/** Each month of the fiscal year released at the instant, in order, with its records. */
	@Transactional(readOnly = true)
	java.util.SortedMap<java.time.YearMonth, List<Map<String, Object>>> months(UUID stationId, String dataset,
			FiscalYear year, Instant at) {
		java.util.SortedMap<java.time.YearMonth, List<Map<String, Object>>> months = new java.util.TreeMap<>();
		for (Release release : at(stationId, dataset, at)) {
			java.time.YearMonth month = java.time.YearMonth.parse(release.period());
			if (year.contains(month.atDay(1))) {
				months.put(month, records(release));
			}
		}
		return months;
	}

	private static Release release(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Release(rs.getString("period"), rs.getString("records"), rs.getInt("record_count"), rs.getString("sha256"),
				rs.getTimestamp("released_at").toInstant());
	}

	/** A release's records, as they were released. */
	List<Map<String, Object>> records(Release release) {
		// Amounts come back as written (14200.50), not as binary fractions.
		return json.readerFor(RECORDS).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(release.records());
	}

	/** One period's release. */
	record Release(String period, String records, int count, String sha256, Instant releasedAt) {
	}
}
