package org.prongsai.integrity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.prongsai.disclosure.DocumentFigures;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.station.StationView;

/**
 * Beside item O5's link to the questions and answers: how many the station answered in the
 * fiscal year and when it last did, so the assessor sees the channel is used, not only linked.
 */
@Component
class QuestionActivity implements DocumentFigures {

	static final String TEMPLATE = "integrity/activity";

	private final JdbcClient jdbc;

	QuestionActivity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String documentKind() {
		return "questions";
	}

	@Override
	public Optional<Figures> figures(StationView station, FiscalYear year, Instant at) {
		Instant from = year.start().atStartOfDay(FiscalYear.BANGKOK).toInstant();
		Instant yearEnd = year.end().plusDays(1).atStartOfDay(FiscalYear.BANGKOK).toInstant();
		Instant until = at.isBefore(yearEnd) ? at : yearEnd;
		Activity activity = jdbc.sql("select count(*), max(answered_at) from question where station_id = :station"
				+ " and status = 'PUBLISHED' and answered_at >= :from and answered_at < :until")
			.param("station", station.id()).param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
			.query((rs, n) -> {
				Timestamp latest = rs.getTimestamp(2);
				return new Activity(station.code(), rs.getLong(1),
						latest == null ? null : LocalDate.ofInstant(latest.toInstant(), FiscalYear.BANGKOK));
			})
			.single();
		return Optional.of(new Figures(TEMPLATE, activity));
	}

	/** Questions answered in the year, and the day of the latest answer. */
	record Activity(String station, long answered, @Nullable LocalDate latest) {
	}
}
