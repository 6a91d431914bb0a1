package org.prongsai.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Uploads and reads back the files of a station: documents, photos, attachments. The owning
 * module decides who may upload and see which file, and serves it with {@link FileResponses}.
 */
@Service
public class Files {

	private final FileStore store;

	private final StoredFileTable table;

	private final Clock clock;

	private final ContentTypeDetector detector = new ContentTypeDetector();

	Files(FileStore store, StoredFileTable table, Clock clock) {
		this.store = store;
		this.table = table;
		this.clock = clock;
	}

	/**
	 * Keeps a file for the station if its content suits the use. The content is read to its end
	 * (but never past the use's limit); the caller closes it.
	 * @param originalName the name the uploader gave; cleaned before it is kept
	 * @param uploadedBy who uploaded it, as the audit trail names people
	 * @throws FileRejectedException when the file is empty, too large or of a kind the use does not accept
	 * @throws UncheckedIOException when the content cannot be read or kept
	 */
	public StoredFileView upload(UUID stationId, FileUse use, @Nullable String originalName, InputStream content,
			String uploadedBy) {
		String[] detected = new String[1];
		StoredContent stored;
		try {
			stored = store.put(content, use.maxBytes(), (staged, size) -> {
				if (size == 0) {
					throw FileRejectedException.empty();
				}
				detected[0] = detector.detect(staged);
				if (!use.allows(detected[0])) {
					throw FileRejectedException.type(detected[0], use);
				}
			});
		}
		catch (ContentTooLargeException ex) {
			throw FileRejectedException.size(use);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not keep an uploaded file", ex);
		}
		// Databases keep microseconds at most; truncating keeps the view equal to what is read back.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		StoredFileView file = new StoredFileView(UUID.randomUUID(), stationId, stored.sha256(), detected[0],
				stored.sizeBytes(), FileNames.sanitise(originalName), use, now);
		table.insert(file, uploadedBy);
		return file;
	}

	/**
	 * Reads a file that its module keeps itself (sealed, for instance) and checks it as
	 * {@link #upload} would, without keeping it.
	 * @throws FileRejectedException when the file is empty, too large or of a kind the use does not accept
	 */
	public Accepted accept(FileUse use, InputStream content) {
		try {
			byte[] bytes = content.readNBytes(Math.toIntExact(use.maxBytes() + 1));
			if (bytes.length > use.maxBytes()) {
				throw FileRejectedException.size(use);
			}
			if (bytes.length == 0) {
				throw FileRejectedException.empty();
			}
			java.nio.file.Path staged = java.nio.file.Files.createTempFile("prongsai-", ".upload");
			String detected;
			try {
				java.nio.file.Files.write(staged, bytes);
				detected = detector.detect(staged);
			}
			finally {
				java.nio.file.Files.deleteIfExists(staged);
			}
			if (!use.allows(detected)) {
				throw FileRejectedException.type(detected, use);
			}
			return new Accepted(detected, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read an uploaded file", ex);
		}
	}

	/** A file read and accepted: its kind, judged from its bytes, and the bytes. */
	public record Accepted(String contentType, byte[] content) {
	}

	/** The station's file, or empty when there is none with this id or it belongs to another station. */
	public Optional<StoredFileView> find(UUID stationId, UUID fileId) {
		return table.find(stationId, fileId);
	}

	/**
	 * The file's content; the caller closes it.
	 * @throws UncheckedIOException when the content is missing or unreadable
	 */
	public InputStream open(StoredFileView file) {
		try {
			return store.open(file.sha256());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not open the content of file " + file.id(), ex);
		}
	}

	/** The SHA-256 of content in lower-case hex, as stored files are named and compared by it. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}
}
