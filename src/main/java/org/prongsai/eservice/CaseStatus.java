package org.prongsai.eservice;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.prongsai.platform.security.FailureLimit;

/**
 * The public look-up of a case by its number and access code. A case number that does not exist
 * and a wrong code are one answer, both counted against the client (and both paying for an HMAC),
 * so neither the answer nor its timing tells which case numbers exist. Wrong answers lock out the
 * client that gives them, never the case: case numbers are easy to come by, and a lock on the
 * case would let anyone keep a citizen from their own case. The code's 80 bits are what make
 * guessing it hopeless, however many clients try.
 */
@Component
class CaseStatus {

	/** The HMAC a missing case is compared against, so that it costs what a wrong code costs. */
	private static final byte[] NOTHING = new byte[32];

	private final CaseProgress cases;
	private final AccessCodes codes;
	private final FailureLimit limiter;

	CaseStatus(CaseProgress cases, AccessCodes codes, FailureLimit caseStatusLimiter) {
		this.cases = cases;
		this.codes = codes;
		this.limiter = caseStatusLimiter;
	}

	/**
	 * Looks a case up for a client.
	 * @param client the client's address, as the server sees it
	 */
	Answer lookUp(UUID stationId, String typedNumber, String typedCode, String client) {
		Optional<CaseNumber> number = CaseNumber.parse(typedNumber);
		if (number.isEmpty()) {
			return Answer.BAD_NUMBER;
		}
		if (limiter.lockedOut(client)) {
			return Answer.LOCKED;
		}
		Optional<CaseProgress.WithCode> found = cases.byNumber(stationId, number.get());
		String hashKey = found.map(f -> f.id().toString()).orElse("none");
		boolean right = codes.matches(hashKey, typedCode, found.map(CaseProgress.WithCode::codeHash).orElse(NOTHING));
		if (found.isEmpty() || !right) {
			limiter.failed(client);
			return Answer.NOT_FOUND;
		}
		limiter.forget(client);
		return new Answer(found.get().id());
	}

	/** What a look-up gives: the case's id, or why not. */
	record Answer(@Nullable UUID caseId, String problem) {

		static final Answer BAD_NUMBER = new Answer(null, "eservice.status.reject.number");
		/** An unknown case and a wrong code alike. */
		static final Answer NOT_FOUND = new Answer(null, "eservice.status.not-found");
		static final Answer LOCKED = new Answer(null, "eservice.status.locked");

		Answer(UUID caseId) {
			this(caseId, "");
		}
	}
}
