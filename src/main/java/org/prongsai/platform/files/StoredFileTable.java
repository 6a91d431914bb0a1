package org.prongsai.platform.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code stored_file} table. */
@Repository
class StoredFileTable {

	private final JdbcClient jdbc;

	StoredFileTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StoredFileView file, String uploadedBy) {
		jdbc.sql("""
				insert into stored_file (id, station_id, sha256, content_type, size_bytes, original_name, file_use,
				  uploaded_at, uploaded_by)
				values (:id, :stationId, :sha256, :contentType, :sizeBytes, :originalName, :use, :uploadedAt, :uploadedBy)
				""")
			.param("id", file.id())
			.param("stationId", file.stationId())
			.param("sha256", file.sha256())
			.param("contentType", file.contentType())
			.param("sizeBytes", file.sizeBytes())
			.param("originalName", file.originalName())
			.param("use", file.use().name())
			.param("uploadedAt", OffsetDateTime.ofInstant(file.uploadedAt(), ZoneOffset.UTC))
			.param("uploadedBy", uploadedBy)
			.update();
	}

	Optional<StoredFileView> find(UUID stationId, UUID fileId) {
		return jdbc.sql("""
				select id, station_id, sha256, content_type, size_bytes, original_name, file_use, uploaded_at
				from stored_file where id = :id and station_id = :stationId
				""")
			.param("id", fileId)
			.param("stationId", stationId)
			.query(StoredFileTable::view)
			.optional();
	}

	/** Deletes the station's file record; the hash of the content it named, or empty when there was none. */
	Optional<String> delete(UUID stationId, UUID fileId) {
		Optional<String> sha256 = jdbc.sql("select sha256 from stored_file where id = :id and station_id = :stationId")
			.param("id", fileId)
			.param("stationId", stationId)
			.query(String.class)
			.optional();
		// Deleted by someone else meanwhile: it is theirs to report.
		return sha256.filter(hash -> jdbc.sql("delete from stored_file where id = :id and station_id = :stationId")
			.param("id", fileId)
			.param("stationId", stationId)
			.update() == 1);
	}

	/** Whether any record of any station names the content with this hash. */
	boolean names(String sha256) {
		return jdbc.sql("select count(*) from stored_file where sha256 = :sha256")
			.param("sha256", sha256)
			.query(Long.class)
			.single() > 0;
	}

	private static StoredFileView view(ResultSet rs, int row) throws SQLException {
		return new StoredFileView(rs.getObject("id", UUID.class), rs.getObject("station_id", UUID.class),
				rs.getString("sha256"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("original_name"), FileUse.valueOf(rs.getString("file_use")),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}
}
