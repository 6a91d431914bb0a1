package org.prongsai.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.FileNames;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.security.FailureLimit;
import org.prongsai.platform.security.HashingBusy;
import org.prongsai.platform.web.Refusal;
import org.prongsai.platform.web.SubmissionQuotas;
import org.prongsai.platform.web.SubmissionRefused;
import org.prongsai.station.OfficerView;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;
import org.prongsai.station.UnitView;

/**
 * The complainant's side of a corruption or misconduct complaint: sending it, coming back with the
 * receipt, reading the officers' questions and answering them. The complainant never signs in and
 * is anonymous unless they give a name; their address and browser are used for the quotas per
 * client only, and never stored or logged. Everything is checked before anything is kept, and a
 * form sent twice is one complaint. Files are read, checked and cleaned before any transaction
 * begins, so no database connection waits on an upload; what was accepted is then kept in one
 * short transaction.
 */
@Service
class ComplaintIntake {

	static final int MIN_LENGTH = 20;
	static final int MAX_LENGTH = 5000;
	static final int MAX_SHORT = 300;
	static final int MAX_FILES = 2;

	private final JdbcClient jdbc;
	private final ComplaintRecords records;
	private final Receipts receipts;
	private final StationDirectory directory;
	private final Files files;
	private final SubmissionQuotas quotas;
	private final FailureLimit wrongReceipts;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final int acknowledgeDays;
	private final int concludeDays;

	ComplaintIntake(JdbcClient jdbc, ComplaintRecords records, Receipts receipts, StationDirectory directory, Files files,
			SubmissionQuotas quotas, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			@Value("${prongsai.integrity.complaints.acknowledge-days:7}") int acknowledgeDays,
			@Value("${prongsai.integrity.complaints.conclude-days:30}") int concludeDays,
			@Value("${prongsai.integrity.complaints.receipt-attempts-per-hour:20}") int wrongReceiptsPerHour) {
		this.jdbc = jdbc;
		this.records = records;
		this.receipts = receipts;
		this.directory = directory;
		this.files = files;
		this.quotas = quotas;
		// Wrong receipts lock out the client that types them; a table full of strangers' counts forgets
		// the oldest rather than turn a complainant away.
		this.wrongReceipts = new FailureLimit(wrongReceiptsPerHour, Duration.ofHours(1), Duration.ofHours(1), clock,
				10_000);
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.acknowledgeDays = acknowledgeDays;
		this.concludeDays = concludeDays;
	}

	/**
	 * Takes a complaint, seals it, routes it around whom it names, and issues its receipt.
	 * @param formToken the random token of the form it came from: the same form sent twice is one complaint
	 * @param client who sent it, for the quotas only; never stored
	 * @return the receipt, to be shown once
	 * @throws Rejected for anything wrong in the form or a file refused; nothing is kept then
	 * @throws SubmissionRefused when a quota of complaints is used up; nothing is kept then
	 * @throws AlreadySent when this form was sent before
	 * @throws HashingBusy when the portal is too busy to hash the receipt now; nothing is kept then
	 */
	Receipts.Issued submit(StationView station, Submission form, List<Upload> uploads, String formToken, String client) {
		Checked checked = check(station, form);
		if (!PublicForm.validToken(formToken)) {
			throw new Rejected("integrity.complaint.reject.form");
		}
		if (sent(station.id(), formToken)) {
			throw new AlreadySent();
		}
		// Counted before any file is read or the receipt hashed, so a client over its quota costs neither.
		quotas.admit("complaint", station.id(), client, bytesSent(uploads));
		List<ComplaintRecords.Attachment> attachments = attachments(uploads);
		Receipts.Issued receipt = receipts.issue();
		transactions.executeWithoutResult(tx -> keep(station, checked, attachments, formToken, receipt));
		return receipt;
	}

	/** Keeps a complaint checked whole, with its receipt, in the transaction of {@link #submit}. */
	private void keep(StationView station, Checked checked, List<ComplaintRecords.Attachment> attachments,
			String formToken, Receipts.Issued receipt) {
		Routing.Route route = Routing.route(checked.named(), directory.officers(station.id()), units(station.id()),
				directory.accountsWithRole(station.id(), org.prongsai.platform.security.Role.COMPLAINT_OFFICER),
				directory.regionAdministrators(station.profile().policeRegion()));
		UUID id = UUID.randomUUID();
		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.BANGKOK));
		try {
			jdbc.sql("insert into complaint (id, station_id, locator, receipt_hash, form_token, received_at, category,"
					+ " named_unit_id, commander_named, handled_by, stage, acknowledge_by, conclude_by, content, identity)"
					+ " values (:id, :station, :locator, :hash, :token, :now, :category, :unit, :commander, :handledBy,"
					+ " 'RECEIVED', :ackBy, :concludeBy, :content, :identity)")
				.param("id", id).param("station", station.id()).param("locator", receipt.locator())
				.param("hash", receipt.hash()).param("token", formToken).param("now", Timestamp.from(clock.instant()))
				.param("category", checked.category().name()).param("unit", route.unitId())
				.param("commander", route.commanderNamed()).param("handledBy", route.handledBy().name())
				.param("ackBy", Date.valueOf(today.plusDays(acknowledgeDays)))
				.param("concludeBy", Date.valueOf(today.plusDays(concludeDays)))
				.param("content", records.seal(station.code(), id, ComplaintVault.Field.CONTENT, checked.content()))
				.param("identity", checked.identity().isEmpty() ? null
						: records.seal(station.code(), id, ComplaintVault.Field.IDENTITY, checked.identity()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// The same form sent again at the same moment: the first one stands.
			throw new AlreadySent();
		}
		for (UUID handler : route.handlers()) {
			jdbc.sql("insert into complaint_handler (complaint_id, account_id) values (:complaint, :account)")
				.param("complaint", id).param("account", handler).update();
		}
		records.reached(station.id(), id, ComplaintStage.RECEIVED, null);
		for (ComplaintRecords.Attachment attachment : attachments) {
			records.addFile(station.code(), station.id(), id, false, attachment);
		}
		events.publishEvent(new IntegrityEvents.ComplaintChanged(station.id(), "integrity.complaint.received",
				receipt.locator(), "", checked.category() + ", handled by the " + route.handledBy().name().toLowerCase()
						+ ", " + attachments.size() + " files", false));
	}

	/** Whether a complaint came from this form already. */
	@Transactional(readOnly = true)
	boolean sent(UUID stationId, String formToken) {
		return jdbc.sql("select count(*) from complaint where station_id = :station and form_token = :token")
			.param("station", stationId).param("token", formToken).query(Long.class).single() > 0;
	}

	/**
	 * The complaint a receipt opens, at this station. Outside a transaction, so that no pooled
	 * connection is held while the slow hash waits for its turn and runs.
	 * @return empty for a receipt that is wrong or for another station; they take the same time
	 * @throws Rejected for a client locked out by its wrong receipts
	 * @throws HashingBusy when the portal is too busy to check the receipt now (not counted as wrong)
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	Optional<UUID> follow(UUID stationId, String typed, String client) {
		if (wrongReceipts.lockedOut(client)) {
			throw new Rejected("integrity.complaint.reject.attempts");
		}
		Receipts.Typed receipt = Receipts.read(typed).orElse(new Receipts.Typed("", "-"));
		Optional<Found> found = jdbc.sql("select id, receipt_hash from complaint where locator = :locator and station_id = :station")
			.param("locator", receipt.locator()).param("station", stationId)
			.query((rs, n) -> new Found(rs.getObject("id", UUID.class), rs.getString("receipt_hash")))
			.optional();
		if (!receipts.matches(receipt, found.map(Found::hash).orElse(null))) {
			wrongReceipts.failed(client);
			return Optional.empty();
		}
		// A right receipt does not wipe the wrong ones: a receipt of one's own would otherwise reset
		// the count between guesses at others'.
		return found.map(Found::id);
	}

	private record Found(UUID id, String hash) {
	}

	/** What the complainant sees of their complaint: its stage, the conversation and the files given. */
	@Transactional(readOnly = true)
	Status status(StationView station, UUID complaintId) {
		return jdbc.sql("select locator, received_at, category, stage, outcome, acknowledge_by, conclude_by from complaint"
				+ " where id = :id and station_id = :station").param("id", complaintId).param("station", station.id())
			.query((rs, n) -> new Status(rs.getString("locator"), rs.getTimestamp("received_at").toInstant(),
					ComplaintCategory.valueOf(rs.getString("category")), ComplaintStage.valueOf(rs.getString("stage")),
					rs.getString("outcome") == null ? null : ComplaintStage.Outcome.valueOf(rs.getString("outcome")),
					rs.getDate("acknowledge_by").toLocalDate(), rs.getDate("conclude_by").toLocalDate(),
					records.messages(station.code(), complaintId), records.files(station.code(), complaintId)))
			.optional().orElseThrow(() -> new org.prongsai.platform.web.NotFoundException("complaint"));
	}

	/**
	 * The complainant answers or adds information, with files if they like.
	 * @param client who sent it, for the quotas only; never stored
	 * @throws Rejected for an empty or too long message, or a file refused; nothing is kept then
	 * @throws SubmissionRefused when a quota of replies is used up; nothing is kept then
	 */
	void reply(StationView station, UUID complaintId, String message, List<Upload> uploads, String client) {
		String text = message.strip();
		if ((text.isEmpty() && uploads.isEmpty()) || text.length() > MAX_LENGTH) {
			throw new Rejected("integrity.complaint.reject.reply", MAX_LENGTH);
		}
		quotas.admit("complaint-reply", station.id(), client, bytesSent(uploads));
		List<ComplaintRecords.Attachment> attachments = attachments(uploads);
		transactions.executeWithoutResult(tx -> {
			String locator = jdbc.sql("select locator from complaint where id = :id and station_id = :station")
				.param("id", complaintId).param("station", station.id()).query(String.class).optional()
				.orElseThrow(() -> new org.prongsai.platform.web.NotFoundException("complaint"));
			if (!text.isEmpty()) {
				records.addMessage(station.code(), station.id(), complaintId, false, text);
			}
			for (ComplaintRecords.Attachment attachment : attachments) {
				records.addFile(station.code(), station.id(), complaintId, false, attachment);
			}
			events.publishEvent(new IntegrityEvents.ComplaintChanged(station.id(), "integrity.complaint.complainant-wrote",
					locator, "", (text.isEmpty() ? "no message" : "a message") + ", " + attachments.size() + " files",
					false));
		});
	}

	private Checked check(StationView station, Submission form) {
		if (!form.website().isEmpty()) {
			throw new Rejected("integrity.complaint.reject.robot");
		}
		ComplaintCategory category;
		try {
			category = ComplaintCategory.valueOf(form.category());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejected("integrity.complaint.reject.category");
		}
		String what = form.what().strip();
		if (what.length() < MIN_LENGTH || what.length() > MAX_LENGTH) {
			throw new Rejected("integrity.complaint.reject.what", MIN_LENGTH, MAX_LENGTH);
		}
		for (String field : List.of(form.when(), form.where(), form.who(), form.name(), form.contact())) {
			if (field.strip().length() > MAX_SHORT) {
				throw new Rejected("integrity.complaint.reject.short", MAX_SHORT);
			}
		}
		Routing.Named named = named(station, form.named());
		Map<String, String> content = new LinkedHashMap<>();
		content.put("what", what);
		content.put("when", form.when().strip());
		content.put("where", form.where().strip());
		content.put("who", form.who().strip());
		content.put("named", describe(station, named));
		Map<String, String> identity = new LinkedHashMap<>();
		if (!form.name().isBlank()) {
			identity.put("name", form.name().strip());
		}
		if (!form.contact().isBlank()) {
			identity.put("contact", form.contact().strip());
		}
		return new Checked(category, named, content, identity);
	}

	/** The unit or person chosen from the station's lists: {@code unit:<id>}, {@code officer:<id>} or nothing. */
	private Routing.Named named(StationView station, String choice) {
		if (choice.isBlank()) {
			return Routing.Named.NO_ONE;
		}
		try {
			if (choice.startsWith("unit:")) {
				UUID unit = UUID.fromString(choice.substring(5));
				if (units(station.id()).contains(unit)) {
					return new Routing.Named(unit, null);
				}
			}
			else if (choice.startsWith("officer:")) {
				UUID officer = UUID.fromString(choice.substring(8));
				if (directory.officer(station.id(), officer).isPresent()) {
					return new Routing.Named(null, officer);
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the refusal
		}
		throw new Rejected("integrity.complaint.reject.named");
	}

	/** Whom the complaint names, in words, for the handlers: the unit or the officer as published today. */
	private String describe(StationView station, Routing.Named named) {
		if (named.officerId() != null) {
			return directory.officer(station.id(), named.officerId())
				.map(o -> o.fullName("th") + " (" + o.title("th") + ")").orElse("");
		}
		if (named.unitId() != null) {
			return directory.units(station.id()).stream().filter(u -> u.id().equals(named.unitId())).map(UnitView::nameTh)
				.findFirst().orElse("");
		}
		return "";
	}

	private Set<UUID> units(UUID stationId) {
		Set<UUID> units = new HashSet<>();
		directory.units(stationId).forEach(u -> units.add(u.id()));
		return units;
	}

	/**
	 * Reads and checks every file first, so that one refused keeps none; metadata is removed from
	 * each. Runs outside any transaction.
	 */
	private List<ComplaintRecords.Attachment> attachments(List<Upload> uploads) {
		if (uploads.size() > MAX_FILES) {
			throw new Rejected("integrity.complaint.reject.files", MAX_FILES);
		}
		List<ComplaintRecords.Attachment> checked = new ArrayList<>();
		for (Upload upload : uploads) {
			try (InputStream in = upload.content().open()) {
				Files.Accepted accepted = files.clean(FileUse.ATTACHMENT, in);
				String name = FileNames.sanitise(upload.name());
				checked.add(new ComplaintRecords.Attachment(name.length() > 200 ? name.substring(0, 200) : name,
						accepted.contentType(), accepted.content()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("could not read an attachment", ex);
			}
		}
		return checked;
	}

	/** The bytes the files would keep. */
	/** The bytes of the files as sent, known before any is read. */
	private static long bytesSent(List<Upload> uploads) {
		return uploads.stream().mapToLong(Upload::size).sum();
	}

	/** The station's units, for the complainant to name one. */
	@Transactional(readOnly = true)
	List<UnitView> units(StationView station) {
		return directory.units(station.id());
	}

	/** The officers of the station, for the complainant to name one (published names and titles only). */
	@Transactional(readOnly = true)
	List<OfficerView> officers(UUID stationId) {
		return directory.officers(stationId);
	}

	/** What the form sends; {@code website} is the hidden field people never see and robots fill. */
	record Submission(String category, String what, String when, String where, String named, String who, String name,
			String contact, String website) {

		Submission {
			category = category == null ? "" : category;
			what = what == null ? "" : what;
			when = when == null ? "" : when;
			where = where == null ? "" : where;
			named = named == null ? "" : named;
			who = who == null ? "" : who;
			name = name == null ? "" : name;
			contact = contact == null ? "" : contact;
			website = website == null ? "" : website;
		}

		static Submission empty() {
			return new Submission("", "", "", "", "", "", "", "", "");
		}
	}

	/** A file as uploaded: its name, its size as sent, and a way to read it. */
	record Upload(String name, long size, Content content) {

		interface Content {

			InputStream open() throws IOException;
		}
	}

	private record Checked(ComplaintCategory category, Routing.Named named, Map<String, String> content,
			Map<String, String> identity) {
	}

	/** What the complainant sees of their complaint. */
	record Status(String locator, java.time.Instant receivedAt, ComplaintCategory category, ComplaintStage stage,
			ComplaintStage.@Nullable Outcome outcome, LocalDate acknowledgeBy, LocalDate concludeBy,
			List<ComplaintRecords.Message> messages, List<ComplaintRecords.FileEntry> files) {
	}

	/** The form was sent before: that complaint stands, and its receipt was shown then. */
	static class AlreadySent extends Refusal {

		AlreadySent() {
			super("integrity.complaint.reject.already-sent");
		}
	}
}
