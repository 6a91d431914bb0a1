package org.prongsai.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.security.SecureRandom;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only, hash-chained record of every change: who (user, roles, client address), when,
 * what and a short before/after summary. Each entry carries the SHA-256 of its fields and of the
 * entry before it, so editing, removing or reordering a past entry breaks the chain where it
 * happened, and {@link #verify()} says where.
 * <p>
 * Entries are inserted, and changed only where the chain allows: a client address (with its
 * salt) is erased when its retention ends, as the hash seals only its digest; and the chain was
 * resealed once when that digest replaced the address (format 2). An entry joins the caller's
 * transaction when there is one (and commits or rolls back with the change), otherwise it is
 * written in a transaction of its own.
 */
@Service
public class AuditTrail {

	static final int ACTOR_LIMIT = 100;

	static final int ROLES_LIMIT = 200;

	static final int ACTION_LIMIT = 100;

	static final int TARGET_LIMIT = 200;

	static final int SUMMARY_LIMIT = 1000;

	static final int CLIENT_LIMIT = 64;

	static final int RECENT_LIMIT = 1000;

	// Rows read per query while verifying, so that memory does not grow with the trail.
	static final int VERIFY_PAGE = 1000;

	private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

	private static final String COLUMNS = "seq, occurred_at, station_id, actor, actor_roles, action, target, "
			+ "before_summary, after_summary, client_address, client_salt, client_digest, prev_hash, hash";

	/** The format entries are sealed in now (see {@link AuditRecord}); format 1 sealed the address itself. */
	static final int FORMAT = 2;

	private static final AuditActorResolver.Actor SYSTEM = new AuditActorResolver.Actor(AuditActorResolver.SYSTEM, "", null);

	private final JdbcClient jdbc;

	private final TransactionTemplate required;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	private final AuditActorResolver actors = new AuditActorResolver();

	private final SecureRandom random = new SecureRandom();

	AuditTrail(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.required = new TransactionTemplate(transactions);
		this.required.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	/**
	 * Appends an entry for the event, made by the current user, within the caller's transaction
	 * if there is one.
	 * @throws IllegalArgumentException when the action is not a dotted code
	 */
	public void record(AuditedEvent event) {
		String action = text(event.action());
		if (action.length() > ACTION_LIMIT || !ACTION.matcher(action).matches()) {
			throw new IllegalArgumentException("audit action must be a dotted code: " + action);
		}
		AuditActorResolver.Actor actor = actors.current(event.attribution());
		required.executeWithoutResult(status -> append(event, action, actor));
	}

	/** Records every published {@link AuditedEvent}, synchronously, in the publisher's transaction. */
	@EventListener
	void on(AuditedEvent event) {
		record(event);
	}

	private void append(AuditedEvent event, String action, AuditActorResolver.Actor actor) {
		append(lockHead(), event.stationId(), action, event.target(), event.beforeSummary(), event.afterSummary(), actor);
	}

	/**
	 * Locks the chain's head, resealing the chain first if it is still in format 1. The row lock is
	 * held until the caller commits: appends are serialised across instances, and seq stays
	 * gap-free because a rolled-back append releases its number.
	 */
	private Head lockHead() {
		Head head = jdbc.sql("select last_seq, last_hash, format from audit_head where id = 1 for update")
			.query(AuditTrail::head)
			.single();
		return head.format() == FORMAT ? head : reseal(head);
	}

	private Head append(Head head, @Nullable UUID stationId, String action, @Nullable String target,
			@Nullable String beforeSummary, @Nullable String afterSummary, AuditActorResolver.Actor actor) {
		// Read the time under the lock so that times never go backwards along the chain (clock permitting).
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String clientAddress = actor.clientAddress() == null ? null : truncate(text(actor.clientAddress()), CLIENT_LIMIT);
		AuditRecord entry = new AuditRecord(head.seq() + 1, now, stationId, truncate(text(actor.name()), ACTOR_LIMIT),
				truncate(text(actor.roles()), ROLES_LIMIT), action, truncate(text(target), TARGET_LIMIT),
				truncate(text(beforeSummary), SUMMARY_LIMIT), truncate(text(afterSummary), SUMMARY_LIMIT), null, null,
				null, head.hash())
			.withAddress(clientAddress, clientAddress == null ? null : salt());
		String hash = entry.computeHash();
		jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.seq(), OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC), entry.stationId(),
					entry.actor(), entry.actorRoles(), entry.action(), entry.target(), entry.beforeSummary(),
					entry.afterSummary(), entry.clientAddress(), entry.clientSalt(), entry.clientDigest(), entry.prevHash(),
					hash)
			.update();
		return moveHead(head, entry.seq(), hash, FORMAT);
	}

	/** The head moves on to the entry just written (or the chain just resealed). */
	private Head moveHead(Head head, long seq, String hash, int format) {
		int moved = jdbc.sql("update audit_head set last_seq = ?, last_hash = ?, format = ? where id = 1 and last_seq = ?")
			.params(seq, hash, format, head.seq())
			.update();
		if (moved != 1) {
			throw new IllegalStateException("audit head moved while locked");
		}
		return new Head(seq, hash, format);
	}

	/**
	 * Reseals a chain of format 1, which sealed each client address itself, as format 2, which
	 * seals its salted digest, so that addresses can be erased later. The old chain is checked
	 * first, and an entry records how it stood and its last hash: a break found in it stays on
	 * record even though the new chain no longer shows it.
	 */
	private Head reseal(Head head) {
		ChainVerification before = verifyChain(head, 1);
		String prevHash = AuditRecord.GENESIS_HASH;
		long done = 0;
		List<Stored> page;
		do {
			page = jdbc.sql("select " + COLUMNS + " from audit_entry where seq > ? and seq <= ? order by seq limit ?")
				.params(done, head.seq(), VERIFY_PAGE)
				.query(AuditTrail::stored)
				.list();
			for (Stored row : page) {
				AuditRecord entry = row.entry().resealed(row.entry().clientAddress() == null ? null : salt(), prevHash);
				prevHash = entry.computeHash();
				jdbc.sql("update audit_entry set client_salt = ?, client_digest = ?, prev_hash = ?, hash = ? where seq = ?")
					.params(entry.clientSalt(), entry.clientDigest(), entry.prevHash(), prevHash, entry.seq())
					.update();
				done = entry.seq();
			}
		}
		while (page.size() == VERIFY_PAGE);
		Head resealed = moveHead(head, done, prevHash, FORMAT);
		if (done == 0) {
			return resealed;
		}
		return append(resealed, null, "audit.chain.resealed", "format " + FORMAT,
				"format 1, " + (before.intact() ? "intact" : "broken at #" + before.firstBrokenSeq() + ": " + before.reason())
						+ ", " + head.seq() + " entries, last hash " + head.hash(),
				"client addresses sealed by a salted digest, so that they can be erased; last hash " + prevHash, SYSTEM);
	}

	/**
	 * Erases the client addresses (and their salts) of the entries made before a moment; their
	 * digests stay, so the chain still verifies. Records how many it erased, when it erased any:
	 * run twice, or on several instances at once, the second run finds nothing and records nothing.
	 * @return how many addresses were erased
	 */
	public int eraseClientAddresses(Instant before) {
		Integer erased = required.execute(status -> {
			Head head = lockHead();
			int count = jdbc.sql("update audit_entry set client_address = null, client_salt = null"
					+ " where client_address is not null and occurred_at < ?")
				.param(OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
				.update();
			if (count > 0) {
				append(head, null, "audit.client-addresses.erased", "entries before " + before, "",
						count + " client addresses erased", SYSTEM);
			}
			return count;
		});
		return erased == null ? 0 : erased;
	}

	private String salt() {
		byte[] salt = new byte[16];
		random.nextBytes(salt);
		return HexFormat.of().formatHex(salt);
	}

	/**
	 * The latest entries, newest first.
	 * @param stationId only this station's entries, or all entries when null
	 * @param limit how many at most (1 to 1000)
	 */
	public List<AuditEntryView> recent(@Nullable UUID stationId, int limit) {
		int rows = Math.max(1, Math.min(limit, RECENT_LIMIT));
		return readOnly.execute(status -> {
			if (stationId == null) {
				return jdbc.sql("select " + COLUMNS + " from audit_entry order by seq desc limit ?")
					.param(rows)
					.query(AuditTrail::view)
					.list();
			}
			return jdbc.sql("select " + COLUMNS + " from audit_entry where station_id = ? order by seq desc limit ?")
				.params(stationId, rows)
				.query(AuditTrail::view)
				.list();
		});
	}

	/**
	 * Checks the whole chain in order: every entry's hash against its stored fields, its link to
	 * the entry before, that no number is missing, and that the head names the last entry.
	 * Reports the first entry found altered, unlinked or missing.
	 */
	public ChainVerification verify() {
		return readOnly.execute(status -> verifyChain());
	}

	private ChainVerification verifyChain() {
		// Read the head first and check only up to it: entries appended meanwhile are not mistaken for forgeries.
		Head head = jdbc.sql("select last_seq, last_hash, format from audit_head where id = 1")
			.query(AuditTrail::head)
			.single();
		return verifyChain(head, head.format());
	}

	private ChainVerification verifyChain(Head head, int format) {
		long checked = 0;
		String prevHash = AuditRecord.GENESIS_HASH;
		List<Stored> page;
		do {
			page = jdbc.sql("select " + COLUMNS + " from audit_entry where seq > ? and seq <= ? order by seq limit ?")
				.params(checked, head.seq(), VERIFY_PAGE)
				.query(AuditTrail::stored)
				.list();
			for (Stored row : page) {
				long expected = checked + 1;
				AuditRecord entry = row.entry();
				if (entry.seq() != expected) {
					return ChainVerification.brokenAt(checked, expected,
							"entry #" + expected + " is missing (the next entry is #" + entry.seq() + ")");
				}
				if (!entry.prevHash().equals(prevHash)) {
					return ChainVerification.brokenAt(checked, expected,
							"entry #" + expected + " does not link to the entry before it");
				}
				if (!(format == 1 ? entry.computeFirstFormatHash() : entry.computeHash()).equals(row.hash())
						|| (format != 1 && !entry.addressMatchesDigest())) {
					return ChainVerification.brokenAt(checked, expected,
							"entry #" + expected + " has been altered: its contents do not match its hash");
				}
				checked = expected;
				prevHash = row.hash();
			}
		}
		while (page.size() == VERIFY_PAGE);
		if (checked != head.seq()) {
			return ChainVerification.brokenAt(checked, checked + 1,
					"entry #" + (checked + 1) + " is missing (the chain's head records " + head.seq() + " entries)");
		}
		if (!prevHash.equals(head.hash())) {
			return ChainVerification.brokenAt(checked, Math.max(head.seq(), 1),
					"entry #" + head.seq() + " does not match the hash recorded in the chain's head");
		}
		return ChainVerification.sound(checked);
	}

	private record Head(long seq, String hash, int format) {
	}

	private static Head head(ResultSet rs, int rowNum) throws SQLException {
		return new Head(rs.getLong("last_seq"), rs.getString("last_hash"), rs.getInt("format"));
	}

	private record Stored(AuditRecord entry, String hash) {
	}

	private static Stored stored(ResultSet rs, int rowNum) throws SQLException {
		AuditRecord entry = new AuditRecord(rs.getLong("seq"), instant(rs), rs.getObject("station_id", UUID.class),
				rs.getString("actor"), rs.getString("actor_roles"), rs.getString("action"), rs.getString("target"),
				rs.getString("before_summary"), rs.getString("after_summary"), rs.getString("client_address"),
				rs.getString("client_salt"), rs.getString("client_digest"), rs.getString("prev_hash"));
		return new Stored(entry, rs.getString("hash"));
	}

	private static AuditEntryView view(ResultSet rs, int rowNum) throws SQLException {
		return new AuditEntryView(rs.getLong("seq"), instant(rs), rs.getObject("station_id", UUID.class),
				rs.getString("actor"), rs.getString("actor_roles"), rs.getString("action"), rs.getString("target"),
				rs.getString("before_summary"), rs.getString("after_summary"), rs.getString("client_address"));
	}

	private static Instant instant(ResultSet rs) throws SQLException {
		return rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
	}

	private static String text(@Nullable String value) {
		// PostgreSQL refuses NUL in text; replacing it keeps what is stored equal to what was hashed.
		return value == null ? "" : value.replace('\u0000', '\uFFFD');
	}

	/** At most {@code limit} chars, never splitting a surrogate pair, ending in an ellipsis when cut. */
	static String truncate(String value, int limit) {
		if (value.length() <= limit) {
			return value;
		}
		int end = limit - 1;
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end) + "…";
	}
}
