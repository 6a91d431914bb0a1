package org.prongsai.integrity;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the public sends through the integrity channels shows on no public page until staff act on
 * it, so it must not empty the page cache: anyone may send it at will, and each emptying makes the
 * next visitors wait for pages to be made again.
 */
class IntegrityEventsTests {

	private static final UUID STATION = UUID.randomUUID();

	@Test
	void aQuestionAskedEmptiesNoPageCacheButItsAnswerDoes() {
		assertThat(new IntegrityEvents.QuestionChanged(STATION, "integrity.question.asked", "q", "", "", false).changesContent())
			.isFalse();
		assertThat(new IntegrityEvents.QuestionChanged(STATION, "integrity.question.answered", "q", "", "", true).changesContent())
			.isTrue();
	}

	@Test
	void whatAComplainantDoesEmptiesNoPageCache() {
		assertThat(new IntegrityEvents.ComplaintChanged(STATION, "integrity.complaint.received", "L", "", "", false)
			.changesContent()).isFalse();
		assertThat(new IntegrityEvents.ComplaintChanged(STATION, "integrity.complaint.concluded", "L", "", "", true)
			.changesContent()).isTrue();
	}

	@Test
	void feedbackEmptiesNoPageCache() {
		assertThat(new IntegrityEvents.FeedbackGiven(STATION, "desk", "4").changesContent()).isFalse();
	}
}
