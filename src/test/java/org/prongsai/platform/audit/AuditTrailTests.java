package org.prongsai.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class AuditTrailTests {

	private final AuditTestDatabase db = new AuditTestDatabase();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	private record Link(long seq, String prevHash, String hash) {
	}

	private List<Link> links() {
		return db.jdbc.sql("select seq, prev_hash, hash from audit_entry order by seq")
			.query((rs, n) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Test
	void chainsEachEntryToThePreviousOne() {
		db.append(5);

		List<Link> links = links();
		assertThat(links).extracting(Link::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(links.get(0).prevHash()).isEqualTo("0".repeat(64));
		for (int i = 1; i < links.size(); i++) {
			assertThat(links.get(i).prevHash()).isEqualTo(links.get(i - 1).hash());
		}
		assertThat(links).extracting(Link::hash).doesNotHaveDuplicates().allMatch(h -> h.matches("[0-9a-f]{64}"));
		assertThat(db.jdbc.sql("select last_seq from audit_head").query(Long.class).single()).isEqualTo(5L);
	}

	@Test
	void verifiesAnEmptyAndACleanChainAsIntact() {
		assertThat(db.trail.verify()).isEqualTo(new ChainVerification(true, 0, null, ""));

		db.append(7);

		assertThat(db.trail.verify()).isEqualTo(new ChainVerification(true, 7, null, ""));
	}

	@Test
	void verifiesAChainLongerThanOnePage() {
		db.append(AuditTrail.VERIFY_PAGE + 5);

		assertThat(db.trail.verify().entriesChecked()).isEqualTo(AuditTrail.VERIFY_PAGE + 5);
	}

	@Test
	void detectsAnEditedPastRow() {
		db.append(6);

		db.jdbc.sql("update audit_entry set after_summary = 'phone 02-999-9999' where seq = 3").update();

		ChainVerification result = db.trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(3L);
		assertThat(result.entriesChecked()).isEqualTo(2);
		assertThat(result.reason()).contains("#3", "altered");
	}

	@Test
	void detectsAnEditedRowWhoseHashWasAlsoRecomputed() {
		db.append(4);

		// A forger who also rewrites the hash breaks the next entry's link instead.
		db.jdbc.sql("update audit_entry set hash = ? where seq = 2").param("a".repeat(64)).update();

		ChainVerification result = db.trail.verify();
		assertThat(result.firstBrokenSeq()).isEqualTo(2L);
	}

	@Test
	void detectsADeletedMiddleRow() {
		db.append(5);

		db.jdbc.sql("delete from audit_entry where seq = 3").update();

		ChainVerification result = db.trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(3L);
		assertThat(result.reason()).contains("missing");
	}

	@Test
	void detectsADeletedLastRowAgainstTheHead() {
		db.append(5);

		db.jdbc.sql("delete from audit_entry where seq = 5").update();

		ChainVerification result = db.trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(5L);
		assertThat(result.entriesChecked()).isEqualTo(4);
	}

	@Test
	void detectsAReplacedLastRowAgainstTheHead() {
		db.append(3);
		String lastHash = db.jdbc.sql("select hash from audit_entry where seq = 3").query(String.class).single();

		// Delete the last entry and append a different one in its place, with a correct hash of its own.
		db.jdbc.sql("delete from audit_entry where seq = 3").update();
		db.jdbc.sql("update audit_head set last_seq = 2, last_hash = (select hash from audit_entry where seq = 2)")
			.update();
		db.trail.record(new AuditTestDatabase.Event("station.profile.updated", null, "profile", "", "forged"));
		db.jdbc.sql("update audit_head set last_hash = ?").param(lastHash).update();

		assertThat(db.trail.verify().firstBrokenSeq()).isEqualTo(3L);
	}

	@Test
	void changesTheHashWhenTextMovesBetweenFields() {
		Instant at = Instant.parse("2026-01-01T00:00:00Z");
		AuditRecord original = new AuditRecord(1, at, null, "somchai", "STATION_ADMIN", "station.profile.updated",
				"profile", "ab", "c", null, null, null, AuditRecord.GENESIS_HASH);
		AuditRecord moved = new AuditRecord(1, at, null, "somchai", "STATION_ADMIN", "station.profile.updated",
				"profile", "a", "bc", null, null, null, AuditRecord.GENESIS_HASH);
		AuditRecord emptyInsteadOfNull = new AuditRecord(1, at, null, "somchai", "STATION_ADMIN",
				"station.profile.updated", "profile", "ab", "c", null, null, "", AuditRecord.GENESIS_HASH);

		assertThat(moved.computeHash()).isNotEqualTo(original.computeHash());
		assertThat(emptyInsteadOfNull.computeHash()).isNotEqualTo(original.computeHash());
		assertThat(original.computeHash()).isEqualTo(original.computeHash()).hasSize(64);
	}

	/** Staff at work from an address, as the trail sees a web request. */
	private static void staffAt(String address) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("somchai", null,
					AuthorityUtils.createAuthorityList("ROLE_STATION_ADMIN")));
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	private List<String> addresses() {
		return db.jdbc.sql("select coalesce(client_address, '-') || ' ' || coalesce(client_salt, '-') || ' '"
				+ " || coalesce(client_digest, '-') from audit_entry order by seq").query(String.class).list();
	}

	@Test
	void erasingTheAddressesPastTheirTimeLeavesTheChainVerifiable() {
		staffAt("203.0.113.7");
		db.append(3);
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
		assertThat(addresses()).allMatch(row -> row.matches("203\\.0\\.113\\.7 [0-9a-f]{32} [0-9a-f]{64}"));
		assertThat(String.join(" ", db.jdbc.sql("select hash from audit_entry").query(String.class).list()))
			.as("the hash seals a salted digest, not the address").isNotEmpty();

		assertThat(db.trail.eraseClientAddresses(AuditTestDatabase.NOW.truncatedTo(ChronoUnit.MICROS))).as("none made before then")
			.isZero();
		assertThat(db.trail.eraseClientAddresses(AuditTestDatabase.NOW.plusSeconds(1))).isEqualTo(3);

		assertThat(addresses().subList(0, 3)).allMatch(row -> row.matches("- - [0-9a-f]{64}"));
		assertThat(db.trail.recent(null, 1).get(0)).satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("audit.client-addresses.erased");
			assertThat(entry.actor()).isEqualTo("system");
			assertThat(entry.afterSummary()).isEqualTo("3 client addresses erased");
		});
		assertThat(db.trail.verify()).isEqualTo(new ChainVerification(true, 4, null, ""));

		assertThat(db.trail.eraseClientAddresses(AuditTestDatabase.NOW.plusSeconds(1))).as("run again, or by another instance")
			.isZero();
		assertThat(links()).hasSize(4);
	}

	@Test
	void anAddressAlteredWhileItIsKeptBreaksTheChain() {
		staffAt("203.0.113.7");
		db.append(3);

		db.jdbc.sql("update audit_entry set client_address = '198.51.100.9' where seq = 2").update();

		assertThat(db.trail.verify().firstBrokenSeq()).isEqualTo(2L);
	}

	/** Entries as the first format chained them, sealing each address itself. */
	private void firstFormat(int count, String address) {
		String prev = AuditRecord.GENESIS_HASH;
		for (int seq = 1; seq <= count; seq++) {
			AuditRecord entry = new AuditRecord(seq, AuditTestDatabase.NOW.truncatedTo(ChronoUnit.MICROS), null, "somchai",
					"STATION_ADMIN", "station.profile.updated", "profile-" + seq, "", "phone " + seq, address, null, null, prev);
			String hash = entry.computeFirstFormatHash();
			db.jdbc.sql("insert into audit_entry (seq, occurred_at, station_id, actor, actor_roles, action, target,"
					+ " before_summary, after_summary, client_address, prev_hash, hash) values (?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(seq, java.time.OffsetDateTime.ofInstant(entry.occurredAt(), java.time.ZoneOffset.UTC), entry.actor(),
						entry.actorRoles(), entry.action(), entry.target(), entry.beforeSummary(), entry.afterSummary(),
						address, prev, hash)
				.update();
			prev = hash;
		}
		db.jdbc.sql("update audit_head set last_seq = ?, last_hash = ?, format = 1").params(count, prev).update();
	}

	@Test
	void aChainOfTheFirstFormatIsCheckedAndResealedBeforeTheNextEntrySoItsAddressesCanBeErased() {
		firstFormat(3, "203.0.113.7");
		assertThat(db.trail.verify()).as("as it was sealed").isEqualTo(new ChainVerification(true, 3, null, ""));

		db.append(1);

		List<AuditEntryView> entries = db.trail.recent(null, 10);
		assertThat(entries).extracting(AuditEntryView::action).containsExactly("station.profile.updated",
				"audit.chain.resealed", "station.profile.updated", "station.profile.updated", "station.profile.updated");
		assertThat(entries.get(1).actor()).isEqualTo("system");
		assertThat(entries.get(1).beforeSummary()).startsWith("format 1, intact, 3 entries, last hash ");
		assertThat(addresses().subList(0, 3)).allMatch(row -> row.matches("203\\.0\\.113\\.7 [0-9a-f]{32} [0-9a-f]{64}"));
		assertThat(db.trail.verify()).isEqualTo(new ChainVerification(true, 5, null, ""));

		assertThat(db.trail.eraseClientAddresses(AuditTestDatabase.NOW.plusSeconds(1))).isEqualTo(3);
		assertThat(db.trail.verify().intact()).isTrue();
	}

	@Test
	void aBreakInTheFirstFormatsChainStaysOnRecordWhenItIsResealed() {
		firstFormat(3, "203.0.113.7");
		db.jdbc.sql("update audit_entry set after_summary = 'phone 999' where seq = 2").update();
		assertThat(db.trail.verify().firstBrokenSeq()).isEqualTo(2L);

		assertThat(db.trail.eraseClientAddresses(AuditTestDatabase.NOW.plusSeconds(1))).isEqualTo(3);

		assertThat(db.trail.recent(null, 10)).extracting(AuditEntryView::beforeSummary)
			.anySatisfy(summary -> assertThat(summary).startsWith("format 1, broken at #2: entry #2 has been altered"));
		assertThat(db.trail.verify().intact()).isTrue();
	}

	@Test
	void keepsNoEntryWhenTheCallersTransactionRollsBack() {
		db.append(2);

		db.transaction.executeWithoutResult(status -> {
			db.trail.record(AuditTestDatabase.event(3));
			status.setRollbackOnly();
		});
		db.append(1);

		assertThat(links()).extracting(Link::seq).containsExactly(1L, 2L, 3L);
		assertThat(db.trail.verify().intact()).isTrue();
	}

	@Test
	void recordsTheSignedInUserTheTimeInMicrosecondsAndTheEvent() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("somchai", null,
					AuthorityUtils.createAuthorityList("ROLE_STATION_ADMIN")));
		UUID station = UUID.randomUUID();

		db.trail.record(new AuditTestDatabase.Event("station.profile.updated", station, "profile", "old", "new"));

		AuditEntryView entry = db.trail.recent(null, 10).get(0);
		assertThat(entry).isEqualTo(new AuditEntryView(1, AuditTestDatabase.NOW.truncatedTo(ChronoUnit.MICROS),
				station, "somchai", "STATION_ADMIN", "station.profile.updated", "profile", "old", "new", null));
	}

	@Test
	void recordsWhatAnAnonymousSenderDoesWithoutTheStaffMemberSignedInInTheSameBrowser() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("kamala.officer", null,
					AuthorityUtils.createAuthorityList("ROLE_OFFICER")));
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("203.0.113.7");
		request.addHeader("User-Agent", "Mozilla/5.0 (the office computer)");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		UUID station = UUID.randomUUID();

		db.trail.record(new AnonymousEvent(station, "integrity.complaint.received", "ABCD2345"));
		db.trail.record(new AuditTestDatabase.Event("station.profile.updated", station, "profile", "old", "new"));

		List<AuditEntryView> entries = db.trail.recent(station, 10);
		assertThat(entries.get(1)).isEqualTo(new AuditEntryView(1, AuditTestDatabase.NOW.truncatedTo(ChronoUnit.MICROS),
				station, "anonymous", "", "integrity.complaint.received", "ABCD2345", "", "received", null));
		assertThat(entries.get(0)).as("the same person's staff work is theirs")
			.extracting(AuditEntryView::actor, AuditEntryView::actorRoles, AuditEntryView::clientAddress)
			.containsExactly("kamala.officer", "OFFICER", "203.0.113.7");
		assertThat(db.jdbc.sql("select count(*) from audit_entry where seq = 1 and (actor like '%kamala%'"
				+ " or client_address is not null or before_summary like '%Mozilla%' or after_summary like '%Mozilla%')")
			.query(Long.class).single()).isZero();
	}

	private record AnonymousEvent(UUID stationId, String action, String target) implements AuditedEvent {

		@Override
		public String afterSummary() {
			return "received";
		}

		@Override
		public Attribution attribution() {
			return Attribution.anonymous();
		}
	}

	@Test
	void listsRecentEntriesNewestFirstForOneStationOrAll() {
		db.append(6);
		UUID station1 = AuditTestDatabase.event(1).stationId();

		assertThat(db.trail.recent(null, 4)).extracting(AuditEntryView::seq).containsExactly(6L, 5L, 4L, 3L);
		assertThat(db.trail.recent(station1, 10)).extracting(AuditEntryView::seq).containsExactly(4L, 1L);
	}

	@Test
	void truncatesLongSummariesToFitTheColumn() {
		String longText = "ก".repeat(AuditTrail.SUMMARY_LIMIT + 50);

		db.trail.record(new AuditTestDatabase.Event("station.profile.updated", null, "profile", longText, "x"));

		String stored = db.trail.recent(null, 1).get(0).beforeSummary();
		assertThat(stored).hasSize(AuditTrail.SUMMARY_LIMIT).endsWith("…");
		assertThat(db.trail.verify().intact()).isTrue();
	}

	@Test
	void neverSplitsASurrogatePairWhenTruncating() {
		String value = "ab\uD83D\uDE00cd";

		assertThat(AuditTrail.truncate(value, 4)).isEqualTo("ab…");
		assertThat(AuditTrail.truncate(value, 5)).isEqualTo("ab\uD83D\uDE00…");
		assertThat(AuditTrail.truncate(value, 6)).isEqualTo(value);
	}

	@Test
	void refusesAnActionThatIsNotADottedCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> db.trail
			.record(new AuditTestDatabase.Event("profile updated", null, "profile", "", "x")));
	}

	@Test
	void keepsTheChainIntactUnderConcurrentAppends() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Void> fifty = () -> {
				db.append(50);
				return null;
			};
			List<Future<Void>> done = pool.invokeAll(List.of(fifty, fifty), 60, TimeUnit.SECONDS);
			for (Future<Void> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(db.trail.verify()).isEqualTo(new ChainVerification(true, 100, null, ""));
	}
}
