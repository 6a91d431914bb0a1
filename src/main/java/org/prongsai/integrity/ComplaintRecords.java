package org.prongsai.integrity;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes a complaint's sealed parts: its content, the complainant's identity, the
 * messages and the files. Everything readable passes through the vault here, and nowhere else.
 */
@Component
class ComplaintRecords {

	private final JdbcClient jdbc;
	private final ComplaintVault vault;
	private final Clock clock;

	ComplaintRecords(JdbcClient jdbc, ComplaintVault vault, Clock clock) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.clock = clock;
	}

	/** Named parts sealed together as one field of a complaint: what it says, or who sent it. */
	byte[] seal(String station, UUID complaint, ComplaintVault.Field field, Map<String, String> fields) {
		Properties properties = new Properties();
		properties.putAll(fields);
		StringWriter text = new StringWriter();
		try {
			properties.store(text, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return vault.sealText(station, ComplaintVault.Place.of(complaint, field), text.toString());
	}

	/** @throws ComplaintVault.Unreadable when the value was sealed as another field or for another complaint */
	Map<String, String> open(String station, UUID complaint, ComplaintVault.Field field, byte[] sealed) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(vault.openText(station, ComplaintVault.Place.of(complaint, field), sealed)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		properties.stringPropertyNames().forEach(name -> fields.put(name, properties.getProperty(name)));
		return fields;
	}

	/** Records that the complaint reached a stage, now. */
	void reached(UUID stationId, UUID complaintId, ComplaintStage stage, ComplaintStage.@Nullable Outcome outcome) {
		jdbc.sql("insert into complaint_stage (id, complaint_id, station_id, reached_at, stage, outcome)"
				+ " values (:id, :complaint, :station, :now, :stage, :outcome)")
			.param("id", UUID.randomUUID()).param("complaint", complaintId).param("station", stationId)
			.param("now", Timestamp.from(clock.instant())).param("stage", stage.name())
			.param("outcome", outcome == null ? null : outcome.name()).update();
	}

	void addMessage(String station, UUID stationId, UUID complaintId, boolean fromOfficer, String body) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into complaint_message (id, complaint_id, station_id, written_at, from_officer, body)"
				+ " values (:id, :complaint, :station, :now, :officer, :body)")
			.param("id", id).param("complaint", complaintId).param("station", stationId)
			.param("now", Timestamp.from(clock.instant())).param("officer", fromOfficer)
			.param("body", vault.sealText(station, new ComplaintVault.Place(complaintId, ComplaintVault.Field.MESSAGE, id), body))
			.update();
	}

	/** Keeps a file already checked and cleaned of its metadata. */
	void addFile(String station, UUID stationId, UUID complaintId, boolean fromOfficer, Attachment file) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into complaint_file (id, complaint_id, station_id, added_at, from_officer, content_type,"
				+ " size_bytes, name, content) values (:id, :complaint, :station, :now, :officer, :type, :size, :name, :content)")
			.param("id", id).param("complaint", complaintId).param("station", stationId)
			.param("now", Timestamp.from(clock.instant())).param("officer", fromOfficer)
			.param("type", file.contentType()).param("size", (long) file.content().length)
			.param("name", vault.sealText(station, new ComplaintVault.Place(complaintId, ComplaintVault.Field.FILE_NAME, id), file.name()))
			.param("content", vault.seal(station, new ComplaintVault.Place(complaintId, ComplaintVault.Field.FILE_CONTENT, id),
					file.content()))
			.update();
	}

	/** The conversation, oldest first, opened. */
	List<Message> messages(String station, UUID complaintId) {
		return jdbc.sql("select id, written_at, from_officer, body from complaint_message where complaint_id = :complaint"
				+ " order by written_at, id").param("complaint", complaintId)
			.query((rs, n) -> new Message(rs.getTimestamp("written_at").toInstant(), rs.getBoolean("from_officer"),
					vault.openText(station, new ComplaintVault.Place(complaintId, ComplaintVault.Field.MESSAGE,
							rs.getObject("id", UUID.class)), rs.getBytes("body"))))
			.list();
	}

	/** The files given, oldest first, with their names opened but not their content. */
	List<FileEntry> files(String station, UUID complaintId) {
		return jdbc.sql("select id, added_at, from_officer, content_type, size_bytes, name from complaint_file"
				+ " where complaint_id = :complaint order by added_at, id").param("complaint", complaintId)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new FileEntry(id, rs.getTimestamp("added_at").toInstant(), rs.getBoolean("from_officer"),
						rs.getString("content_type"), rs.getLong("size_bytes"),
						vault.openText(station, new ComplaintVault.Place(complaintId, ComplaintVault.Field.FILE_NAME, id),
								rs.getBytes("name")));
			})
			.list();
	}

	/** One file of the complaint, opened. */
	Optional<Attachment> file(String station, UUID complaintId, UUID fileId) {
		return jdbc.sql("select content_type, name, content from complaint_file where id = :id and complaint_id = :complaint")
			.param("id", fileId).param("complaint", complaintId)
			.query((rs, n) -> new Attachment(
					vault.openText(station, new ComplaintVault.Place(complaintId, ComplaintVault.Field.FILE_NAME, fileId),
							rs.getBytes("name")),
					rs.getString("content_type"),
					vault.open(station, new ComplaintVault.Place(complaintId, ComplaintVault.Field.FILE_CONTENT, fileId),
							rs.getBytes("content"))))
			.optional();
	}

	/** A message of the conversation. */
	record Message(Instant writtenAt, boolean fromOfficer, String body) {
	}

	/** A file given with the complaint, without its content. */
	record FileEntry(UUID id, Instant addedAt, boolean fromOfficer, String contentType, long sizeBytes, String name) {

		/** The size in kilobytes, at least 1. */
		public long kilobytes() {
			return Math.max(1, (sizeBytes + 1023) / 1024);
		}
	}

	/** A file checked, with its metadata removed, and its name as given. */
	record Attachment(String name, String contentType, byte[] content) {
	}
}
