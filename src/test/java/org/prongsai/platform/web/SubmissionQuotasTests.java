package org.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import org.prongsai.station.MutableClock;
import org.springframework.mock.env.MockEnvironment;

class SubmissionQuotasTests {

	private static final long MB = 1024 * 1024;

	private static final UUID KAMALA = UUID.randomUUID();

	private static final UUID THUNG_THONG = UUID.randomUUID();

	private final MutableClock clock = new MutableClock();

	private final SubmissionQuotas quotas = new SubmissionQuotas(new MockEnvironment()
		.withProperty("prongsai.submissions.complaint.per-client", "5/1h, 40MB/1h")
		.withProperty("prongsai.submissions.complaint.per-station", "30/1h, 240MB/1h")
		.withProperty("prongsai.submissions.complaint.in-total", "45/1h, 1GB/1d")
		.withProperty("prongsai.submissions.default.per-client", "2/1h"), clock);

	@Test
	void aClientOverItsQuotaIsToldHowLongToWaitAndOtherClientsAndFormsAreNot() {
		for (int i = 0; i < 5; i++) {
			quotas.admit("complaint", KAMALA, "203.0.113.7", 0);
		}
		assertRefused(() -> quotas.admit("complaint", KAMALA, "203.0.113.7", 0), "submissions.refused.client", 12L);
		quotas.admit("complaint", KAMALA, "203.0.113.8", 0);
		quotas.admit("question", KAMALA, "203.0.113.7", 0);

		clock.advance(Duration.ofMinutes(12));
		quotas.admit("complaint", KAMALA, "203.0.113.7", 0);
		assertRefused(() -> quotas.admit("complaint", KAMALA, "203.0.113.7", 0), "submissions.refused.client", 12L);
	}

	@Test
	void filesCountByTheirBytesAndOneLargerThanTheWholeQuotaNeverFits() {
		quotas.admit("complaint", KAMALA, "203.0.113.7", 25 * MB);
		assertRefused(() -> quotas.admit("complaint", KAMALA, "203.0.113.7", 20 * MB), "submissions.refused.client", 8L);
		quotas.admit("complaint", KAMALA, "203.0.113.7", 10 * MB);
		assertRefused(() -> quotas.admit("complaint", KAMALA, "203.0.113.9", 41 * MB), "submissions.refused.client", 60L);
	}

	@Test
	void itTakesManyClientsToUseUpAStationAndItsQuotaComesBackSoonAfterTheFloodStops() {
		for (int client = 0; client < 6; client++) {
			for (int i = 0; i < 5; i++) {
				quotas.admit("complaint", KAMALA, "198.51.100." + client, 0);
			}
		}
		assertRefused(() -> quotas.admit("complaint", KAMALA, "192.0.2.1", 0), "submissions.refused.station", 2L);
		quotas.admit("complaint", THUNG_THONG, "192.0.2.1", 0);

		clock.advance(Duration.ofMinutes(2));
		quotas.admit("complaint", KAMALA, "192.0.2.1", 0);
	}

	@Test
	void theTotalCountsEveryStation() {
		for (int client = 0; client < 9; client++) {
			for (int i = 0; i < 5; i++) {
				quotas.admit("complaint", client % 2 == 0 ? KAMALA : UUID.randomUUID(), "198.51.100." + client, 0);
			}
		}
		assertRefused(() -> quotas.admit("complaint", UUID.randomUUID(), "192.0.2.1", 0), "submissions.refused.station", 2L);
	}

	@Test
	void anIpv6SubscriberIsOneClientWhateverAddressOfItsNetworkItUses() {
		quotas.admit("question", KAMALA, "2001:db8:1:2::1", 0);
		quotas.admit("question", KAMALA, "2001:db8:1:2:ffff:ffff:ffff:fffe", 0);
		assertRefused(() -> quotas.admit("question", KAMALA, "2001:db8:1:2::abcd", 0), "submissions.refused.client", 30L);
		quotas.admit("question", KAMALA, "2001:db8:1:3::1", 0);
	}

	@Test
	void clientsBeyondTheLimitOfMemoryAreForgottenOldestFirst() {
		for (int i = 0; i <= SubmissionQuotas.MAX_CLIENTS; i++) {
			quotas.admit("feedback", KAMALA, "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255), 0);
		}
		assertThat(quotas.clientsRemembered()).isEqualTo(SubmissionQuotas.MAX_CLIENTS);
	}

	@Test
	void aMistypedQuotaIsRefusedRatherThanIgnored() {
		assertThat(SubmissionQuotas.Limit.parse(" 5/1h, 40MB/1d ")).containsExactly(
				new SubmissionQuotas.Limit(5, false, Duration.ofHours(1)),
				new SubmissionQuotas.Limit(40 * MB, true, Duration.ofDays(1)));
		assertThat(SubmissionQuotas.Limit.parse("")).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> SubmissionQuotas.Limit.parse("5 an hour"));
		assertThatIllegalStateException().isThrownBy(() -> SubmissionQuotas.Limit.parse("0/1h"));
		assertThatIllegalStateException().isThrownBy(() -> SubmissionQuotas.Limit.parse("5/0s"));
	}

	private static void assertRefused(ThrowingCallable admitting, String messageKey, long minutes) {
		assertThatThrownBy(admitting).isInstanceOfSatisfying(SubmissionRefused.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo(messageKey);
			assertThat(ex.arguments()).containsExactly(minutes);
		});
	}

	/** A clock that moves only when told. */
}
