package org.prongsai.integrity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.web.SubmissionQuotas;
import org.prongsai.platform.web.SubmissionRefused;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * The station's own feedback form after a service (evidence for item O5; not the national EIT
 * survey): a rating of 1 to 5 for the service received, and a comment if the person wishes, kept
 * only with its personal data masked. The commander reads it month by month over the fiscal year.
 * Spam is held off as for the questions: a hidden field only robots fill, a length limit and the
 * form's quotas; a form sent twice counts once.
 */
@Service
@Transactional
class ServiceFeedback {

	static final int MAX_COMMENT = 1000;

	static final int LOWEST = 1;

	static final int HIGHEST = 5;

	/** The ratings from the lowest up. */
	static final List<Integer> RATINGS = List.of(1, 2, 3, 4, 5);

	/** How many of the year's newest comments the commander reads. */
	static final int LATEST = 20;

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SubmissionQuotas quotas;

	ServiceFeedback(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, SubmissionQuotas quotas) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.quotas = quotas;
	}

	/**
	 * Takes one person's rating of a service, and their comment with its personal data masked.
	 * @param formToken the random token of the form it came from: the same form sent twice counts once
	 * @param client who sent it, for the quotas only; never stored
	 * @throws Rejected for a filled hidden field, no service or rating (or one not offered), a comment
	 *     too long, or a bad form token; nothing is stored then
	 * @throws SubmissionRefused when a quota of the form is used up; nothing is stored then
	 */
	void give(UUID stationId, Given given, String formToken, String client) {
		if (!given.website().isEmpty()) {
			throw new Rejected("integrity.feedback.reject.robot");
		}
		FeedbackService service = FeedbackService.named(given.service())
			.orElseThrow(() -> new Rejected("integrity.feedback.reject.service"));
		if (!given.rating().matches("[" + LOWEST + "-" + HIGHEST + "]")) {
			throw new Rejected("integrity.feedback.reject.rating", LOWEST, HIGHEST);
		}
		int rating = Integer.parseInt(given.rating());
		String comment = given.comment().strip();
		if (comment.length() > MAX_COMMENT) {
			throw new Rejected("integrity.feedback.reject.comment", MAX_COMMENT);
		}
		PublicForm.admit(quotas, "feedback", "integrity.feedback", stationId, formToken, client);
		PersonalData.Masked masked = PersonalData.mask(comment);
		UUID id = UUID.randomUUID();
		boolean stored = PublicForm.storedOnce(() -> jdbc.sql("insert into service_feedback (id, station_id, form_token,"
				+ " given_at, service, rating, comment) values (:id, :station, :token, :now, :service, :rating, :comment)")
			.param("id", id).param("station", stationId).param("token", formToken)
			.param("now", Timestamp.from(clock.instant())).param("service", service.name()).param("rating", rating)
			.param("comment", comment.isEmpty() ? null : masked.text()).update());
		if (stored) {
			events.publishEvent(new IntegrityEvents.FeedbackGiven(stationId, id.toString(), service + " rated " + rating
					+ (comment.isEmpty() ? ", no comment" : ", a comment with " + masked.findings().size() + " masked")));
		}
	}

	/**
	 * The fiscal year's feedback month by month (all twelve, October first, those without any
	 * included), each month by service, the whole year, and the year's newest comments.
	 */
	@Transactional(readOnly = true)
	Monthly monthly(UUID stationId, FiscalYear year) {
		List<YearMonth> months = year.months();
		Timestamp from = startOf(year.start());
		Timestamp until = startOf(year.end().plusDays(1));
		long[][][] counts = new long[months.size()][FeedbackService.values().length][HIGHEST];
		jdbc.sql("select given_at, service, rating from service_feedback where station_id = :station"
				+ " and given_at >= :from and given_at < :until")
			.param("station", stationId).param("from", from).param("until", until)
			.query(rs -> {
				int month = months.indexOf(YearMonth.from(rs.getTimestamp("given_at").toInstant().atZone(FiscalYear.BANGKOK)));
				int service = FeedbackService.valueOf(rs.getString("service")).ordinal();
				counts[month][service][rs.getInt("rating") - LOWEST]++;
			});
		List<Month> byMonth = new ArrayList<>(months.size());
		long[][] whole = new long[FeedbackService.values().length][HIGHEST];
		for (int m = 0; m < months.size(); m++) {
			byMonth.add(new Month(months.get(m), Summary.of(counts[m])));
			for (int s = 0; s < whole.length; s++) {
				for (int r = 0; r < HIGHEST; r++) {
					whole[s][r] += counts[m][s][r];
				}
			}
		}
		List<Comment> latest = jdbc.sql("select given_at, service, rating, comment from service_feedback"
				+ " where station_id = :station and given_at >= :from and given_at < :until and comment is not null"
				+ " order by given_at desc, id limit :latest")
			.param("station", stationId).param("from", from).param("until", until).param("latest", LATEST)
			.query((rs, n) -> new Comment(rs.getTimestamp("given_at").toInstant(),
					FeedbackService.valueOf(rs.getString("service")), rs.getInt("rating"), rs.getString("comment")))
			.list();
		return new Monthly(year, List.copyOf(byMonth), Summary.of(whole), latest);
	}

	/** The first instant of a day in Bangkok, where the months and the fiscal year turn. */
	private static Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(FiscalYear.BANGKOK).toInstant());
	}

	/** What the form sends; {@code website} is the hidden field people never see and robots fill. */
	record Given(String service, String rating, String comment, String website) {

		Given {
			service = service == null ? "" : service;
			rating = rating == null ? "" : rating;
			comment = comment == null ? "" : comment;
			website = website == null ? "" : website;
		}
	}

	/**
	 * Ratings counted.
	 * @param byRating how many rated 1, 2, 3, 4 and 5, in that order
	 */
	record Tally(List<Long> byRating) {

		Tally {
			byRating = List.copyOf(byRating);
		}

		static Tally of(long[] byRating) {
			return new Tally(LongStream.of(byRating).boxed().toList());
		}

		/** How many rated. */
		public long count() {
			return byRating.stream().mapToLong(Long::longValue).sum();
		}

		/** How many gave this rating, 1 to 5. */
		public long rated(int rating) {
			return byRating.get(rating - LOWEST);
		}

		/** The mean rating to one decimal (half up), or null when nobody rated. */
		public @Nullable BigDecimal average() {
			long count = count();
			if (count == 0) {
				return null;
			}
			long sum = 0;
			for (int r = LOWEST; r <= HIGHEST; r++) {
				sum += r * rated(r);
			}
			return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
		}
	}

	/** One service's ratings in a period. */
	record Rated(FeedbackService service, Tally tally) {
	}

	/**
	 * A period's ratings: each service rated in it, in the order of the services, and all of them together.
	 */
	record Summary(List<Rated> services, Tally all) {

		static Summary of(long[][] byService) {
			List<Rated> rated = new ArrayList<>();
			long[] all = new long[HIGHEST];
			for (FeedbackService service : FeedbackService.values()) {
				Tally tally = Tally.of(byService[service.ordinal()]);
				if (tally.count() > 0) {
					rated.add(new Rated(service, tally));
				}
				for (int r = 0; r < HIGHEST; r++) {
					all[r] += byService[service.ordinal()][r];
				}
			}
			return new Summary(List.copyOf(rated), Tally.of(all));
		}

		/** Whether nobody gave feedback in the period. */
		public boolean empty() {
			return services.isEmpty();
		}
	}

	/** One month of the fiscal year. */
	record Month(YearMonth month, Summary summary) {
	}

	/**
	 * A fiscal year's feedback for the commander.
	 * @param months the twelve months, October first, those without feedback included
	 * @param whole the whole year
	 * @param latest the year's {@value ServiceFeedback#LATEST} newest comments, newest first, masked
	 */
	record Monthly(FiscalYear year, List<Month> months, Summary whole, List<Comment> latest) {
	}

	/** A comment as kept: masked. */
	record Comment(Instant givenAt, FeedbackService service, int rating, String text) {

		/** The day it was given, in Bangkok. */
		public LocalDate givenOn() {
			return LocalDate.ofInstant(givenAt, FiscalYear.BANGKOK);
		}
	}
}
