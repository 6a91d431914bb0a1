package org.prongsai.integrity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.prongsai.platform.web.SubmissionQuotas;
import org.prongsai.platform.web.SubmissionRefused;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.search.ThaiWords;

/**
 * The public's questions to the station and its answers (item O5). A question waits for a
 * moderator; nothing is public until an officer answers it, and then only with personal data
 * masked. What the asker typed as it was, their name and e-mail address, are deleted once the
 * question is answered or refused, or has waited too long (see {@link WaitingQuestionRetention}).
 * Spam is held off by a hidden field only robots fill, length limits and the form's quotas per
 * client, per station and in total; a form sent twice is asked once.
 */
@Service
@Transactional
class Questions {

	static final int MIN_LENGTH = 10;
	static final int MAX_LENGTH = 2000;
	static final int MAX_ANSWER = 4000;

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SubmissionQuotas quotas;

	Questions(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, SubmissionQuotas quotas) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.quotas = quotas;
	}

	/**
	 * Takes a question for moderation.
	 * @param formToken the random token of the form it came from: the same form sent twice is one question
	 * @param client who sent it, for the quotas only; never stored
	 * @throws Rejected for a filled hidden field, a question too short or too long, a bad e-mail
	 *     address, or a bad form token; nothing is stored then
	 * @throws SubmissionRefused when a quota of the form is used up; nothing is stored then
	 */
	void ask(UUID stationId, Asked asked, String formToken, String client) {
		if (!asked.website().isEmpty()) {
			throw new Rejected("integrity.questions.reject.robot");
		}
		String body = asked.question().strip();
		if (body.length() < MIN_LENGTH || body.length() > MAX_LENGTH) {
			throw new Rejected("integrity.questions.reject.length", MIN_LENGTH, MAX_LENGTH);
		}
		String email = asked.email().strip();
		if (!email.isEmpty() && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			throw new Rejected("integrity.questions.reject.email");
		}
		String name = asked.name().strip();
		if (name.length() > 100) {
			throw new Rejected("integrity.questions.reject.name");
		}
		PublicForm.admit(quotas, "question", "integrity.questions", stationId, formToken, client);
		UUID id = UUID.randomUUID();
		boolean stored = PublicForm.storedOnce(() -> jdbc.sql("insert into question (id, station_id, form_token, asked_at,"
				+ " asker_name, asker_email, body, masked_body, status) values (:id, :station, :token, :now, :name, :email,"
				+ " :body, :masked, 'WAITING')")
			.param("id", id).param("station", stationId).param("token", formToken)
			.param("now", Timestamp.from(clock.instant())).param("name", name.isEmpty() ? null : name)
			.param("email", email.isEmpty() ? null : email).param("body", body)
			.param("masked", PersonalData.mask(body).text()).update());
		if (stored) {
			events.publishEvent(new IntegrityEvents.QuestionChanged(stationId, "integrity.question.asked", id.toString(), "",
					"waiting for moderation", false));
		}
	}

	/**
	 * The questions waiting for an answer, oldest first, each with what masking found; of one that
	 * waited too long (see {@link WaitingQuestionRetention}) only the masked question is left.
	 */
	@Transactional(readOnly = true)
	List<Waiting> waiting(UUID stationId) {
		return jdbc.sql("select id, asked_at, asker_name, asker_email, body, masked_body from question"
				+ " where station_id = :station and status = 'WAITING' order by asked_at, id").param("station", stationId)
			.query((rs, n) -> {
				String body = rs.getString("body");
				return new Waiting(rs.getObject("id", UUID.class), rs.getTimestamp("asked_at").toInstant(),
						rs.getString("asker_name"), rs.getString("asker_email") != null, body, body == null
								? new PersonalData.Masked(rs.getString("masked_body"), List.of()) : PersonalData.mask(body));
			}).list();
	}

	/**
	 * Answers a waiting question and publishes both, masked; the question as typed and the
	 * asker's e-mail are deleted.
	 */
	void answer(UUID stationId, UUID questionId, String answer, String by) {
		String text = answer.strip();
		if (text.isEmpty() || text.length() > MAX_ANSWER) {
			throw new Rejected("integrity.questions.reject.answer", MAX_ANSWER);
		}
		PersonalData.Masked masked = PersonalData.mask(text);
		decide(stationId, questionId, "PUBLISHED", masked.text(), by, "integrity.question.answered",
				masked.findings().size() + " masked in the answer");
	}

	/** Refuses a waiting question (abuse, spam, not a question for the station); nothing of it is published. */
	void refuse(UUID stationId, UUID questionId, String by) {
		decide(stationId, questionId, "REFUSED", null, by, "integrity.question.refused", "refused");
	}

	private void decide(UUID stationId, UUID questionId, String status, @Nullable String answer, String by, String action,
			String summary) {
		if (jdbc.sql("update question set status = :status, answer = :answer, answered_at = :now, answered_by = :by,"
				+ " body = null, asker_email = null, asker_name = null where id = :id and station_id = :station and status = 'WAITING'")
			.param("status", status).param("answer", answer).param("now", Timestamp.from(clock.instant())).param("by", by)
			.param("id", questionId).param("station", stationId).update() == 0) {
			throw new Rejected("integrity.questions.reject.none");
		}
		events.publishEvent(new IntegrityEvents.QuestionChanged(stationId, action, questionId.toString(), "waiting", summary,
				true));
	}

	/**
	 * The published questions and answers, newest answer first; with a query, those holding every
	 * word of it (Thai words split as Lucene's Thai analyzer splits them).
	 */
	@Transactional(readOnly = true)
	List<Answered> published(UUID stationId, @Nullable String query) {
		List<Answered> all = jdbc.sql("select id, asked_at, masked_body, answer, answered_at from question"
				+ " where station_id = :station and status = 'PUBLISHED' order by answered_at desc, id")
			.param("station", stationId)
			.query((rs, n) -> new Answered(rs.getObject("id", UUID.class), rs.getTimestamp("asked_at").toInstant(),
					rs.getString("masked_body"), rs.getString("answer"), rs.getTimestamp("answered_at").toInstant()))
			.list();
		List<String> words = query == null ? List.of() : ThaiWords.of(query);
		if (words.isEmpty()) {
			return all;
		}
		return all.stream().filter(a -> new HashSet<>(ThaiWords.of(a.question() + " " + a.answer())).containsAll(words)).toList();
	}

	/** What the form sends; {@code website} is the hidden field people never see and robots fill. */
	record Asked(String name, String email, String question, String website) {

		Asked {
			name = name == null ? "" : name;
			email = email == null ? "" : email;
			question = question == null ? "" : question;
			website = website == null ? "" : website;
		}
	}

	/**
	 * A question waiting for an answer.
	 * @param wantsAnswerByEmail whether the asker left an e-mail address (shown to the moderator only as yes or no)
	 * @param body the question as typed, or null once erased for waiting too long
	 * @param masked how it would be published, and what was masked (nothing known once the body is erased)
	 */
	record Waiting(UUID id, Instant askedAt, @Nullable String name, boolean wantsAnswerByEmail, @Nullable String body,
			PersonalData.Masked masked) {

		/** The kinds of personal data masked, for the moderator. */
		public Set<PersonalData.Kind> maskedKinds() {
			Set<PersonalData.Kind> kinds = new java.util.TreeSet<>();
			masked.findings().forEach(f -> kinds.add(f.kind()));
			return kinds;
		}

		public String maskedText() {
			return masked.text();
		}
	}

	/** A published question, masked, with its answer. */
	record Answered(UUID id, Instant askedAt, String question, String answer, Instant answeredAt) {

		/** The day it was asked, in Bangkok. */
		public java.time.LocalDate askedOn() {
			return java.time.LocalDate.ofInstant(askedAt, FiscalYear.BANGKOK);
		}

		/** The day it was answered, in Bangkok. */
		public java.time.LocalDate answeredOn() {
			return java.time.LocalDate.ofInstant(answeredAt, FiscalYear.BANGKOK);
		}
	}
}
