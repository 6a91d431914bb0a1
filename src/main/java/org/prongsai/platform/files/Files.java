package org.prongsai.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

import org.prongsai.platform.web.NotFoundException;

/**
 * Uploads, reads back and forgets the files of a station: documents, photos, attachments. The
 * owning module decides who may upload and see which file, serves it with {@link FileResponses},
 * and forgets it when it is no longer to be kept.
 */
@Service
public class Files {

	private static final Logger log = LoggerFactory.getLogger(Files.class);

	/** Kinds walked to check that they are well formed before they are kept. */
	private static final Set<String> PICTURES = Set.of(FileType.JPEG.contentType, FileType.PNG.contentType,
			FileType.WEBP.contentType);

	private final FileStore store;

	private final StoredFileTable table;

	private final Clock clock;

	private final ReadingSlots slots;

	private final ContentTypeDetector detector = new ContentTypeDetector();

	private final ContentLocks locks = new ContentLocks();

	Files(FileStore store, StoredFileTable table, Clock clock, ReadingSlots slots) {
		this.store = store;
		this.table = table;
		this.clock = clock;
		this.slots = slots;
	}

	/**
	 * Reads an upload to its end (never past the use's limit) and checks that its content suits
	 * the use, in one of the process's {@link ReadingSlots}. Call it before any transaction, so no
	 * database connection waits on a file; keep the result with {@link #keep} and close it. The
	 * caller closes the content.
	 * @param originalName the name the uploader gave; cleaned before it is kept
	 * @throws FileRejectedException when the file is empty, too large, of a kind the use does not
	 *     accept, a picture that is not well formed, or an Office file that unpacks past the bounds
	 * @throws ServerBusyException when every reading slot is taken
	 * @throws UncheckedIOException when the content cannot be read
	 */
	public CheckedFile check(FileUse use, @Nullable String originalName, InputStream content) {
		return checked(use, originalName, content, true);
	}

	/**
	 * {@link #check(FileUse, String, InputStream)} for a file sent with a form.
	 * @throws FileRejectedException when the file does not suit the use
	 * @throws ServerBusyException when every reading slot is taken
	 */
	public CheckedFile check(FileUse use, MultipartFile upload) {
		try (InputStream content = upload.getInputStream()) {
			return check(use, upload.getOriginalFilename(), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read an uploaded file", ex);
		}
	}

	/**
	 * Keeps a checked file for the station, in the caller's transaction: the content under its
	 * hash, and the record naming it. Content kept for a record that is then rolled back goes,
	 * unless another record names it.
	 * @param uploadedBy who uploaded it, as the audit trail names people
	 * @throws UncheckedIOException when the content cannot be kept
	 */
	public StoredFileView keep(UUID stationId, CheckedFile file, String uploadedBy) {
		FileStore.Staged staged = file.keeping();
		// Held until the record settles, so that forgetting the same content meanwhile leaves it.
		locks.keeping(staged.sha256());
		boolean recorded = false;
		try {
			StoredContent stored = store.keep(staged);
			// Databases keep microseconds at most; truncating keeps the view equal to what is read back.
			Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
			StoredFileView view = new StoredFileView(UUID.randomUUID(), stationId, stored.sha256(), file.contentType(),
					stored.sizeBytes(), file.originalName(), file.use(), now);
			table.insert(view, uploadedBy);
			recorded = true;
			return view;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not keep an uploaded file", ex);
		}
		finally {
			whenSettled(staged.sha256(), recorded);
		}
	}

	/**
	 * Once the transaction that was to record kept content ends (at once without one), the content
	 * is no longer being kept; if it has no record then, it goes, unless another record names it.
	 */
	private void whenSettled(String sha256, boolean recorded) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// Even a failed insert waits: a transaction that failed may take no query until it ends.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					locks.settled(sha256);
					if (!recorded || status != STATUS_COMMITTED) {
						deleteUnnamed(sha256);
					}
				}
			});
			return;
		}
		locks.settled(sha256);
		if (!recorded) {
			deleteUnnamed(sha256);
		}
	}

	/**
	 * Forgets a file of the station: its record goes in the caller's transaction and, once that
	 * commits, its content too, unless another record (of any station) names the same bytes.
	 * Without a transaction both go at once.
	 * @return whether the station had the file; false when there is none with this id, it belongs
	 *     to another station, or it was forgotten already
	 */
	public boolean forget(UUID stationId, UUID fileId) {
		Optional<String> sha256 = table.delete(stationId, fileId);
		if (sha256.isPresent() && TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deleteUnnamed(sha256.get());
				}
			});
		}
		else {
			sha256.ifPresent(this::deleteUnnamed);
		}
		return sha256.isPresent();
	}

	/**
	 * Deletes content that no record names, unless a keep of it is under way. The record is gone
	 * by then, so a failure is logged rather than thrown at a caller whose work is done.
	 */
	private void deleteUnnamed(String sha256) {
		locks.deleting(sha256, () -> {
			try {
				if (!table.names(sha256)) {
					store.delete(sha256);
				}
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Content {} that no record names any more could not be deleted", sha256, ex);
			}
		});
	}

	/**
	 * Checks and keeps content the portal made itself (the demo's pictures), which needs no
	 * reading slot; anything a person uploads goes through {@link #check} first, outside any transaction.
	 * @throws FileRejectedException when the content does not suit the use
	 */
	public StoredFileView upload(UUID stationId, FileUse use, @Nullable String originalName, InputStream content,
			String uploadedBy) {
		try (CheckedFile file = checked(use, originalName, content, false)) {
			return keep(stationId, file, uploadedBy);
		}
	}

	private CheckedFile checked(FileUse use, @Nullable String originalName, InputStream content, boolean untrusted) {
		FileStore.Staged staged = staged(use, content);
		try {
			Read read = untrusted ? slots.read(() -> wellFormed(staged, use)) : wellFormed(staged, use);
			FileStore.Staged kept = read.picture() == null ? staged : restaged(staged, read.picture(), use);
			return new CheckedFile(kept, use, read.contentType(), FileNames.sanitise(originalName));
		}
		catch (IOException | RuntimeException ex) {
			delete(staged);
			if (ex instanceof IOException io) {
				throw new UncheckedIOException("could not check an uploaded file", io);
			}
			throw (RuntimeException) ex;
		}
	}

	/**
	 * The staged file's kind, when the use accepts it; a picture must also be well formed, and is
	 * read without its metadata (see {@link Metadata}): a photo's EXIF may hold where it was taken,
	 * by whom and on what, and nothing kept or published needs it.
	 */
	private Read wellFormed(FileStore.Staged staged, FileUse use) throws IOException {
		String detected = allowed(staged, use);
		return new Read(detected, PICTURES.contains(detected) ? withoutMetadata(detected, staged) : null);
	}

	/** A file's kind, and for a picture its bytes without metadata. */
	private record Read(String contentType, byte @Nullable [] picture) {
	}

	/** The picture without its metadata staged in place of what was uploaded. */
	private FileStore.Staged restaged(FileStore.Staged uploaded, byte[] picture, FileUse use) throws IOException {
		FileStore.Staged clean = staged(use, new java.io.ByteArrayInputStream(picture));
		uploaded.delete();
		return clean;
	}

	/** The staged file's kind, judged from its bytes, when the use accepts it. */
	private String allowed(FileStore.Staged staged, FileUse use) throws IOException {
		String detected = detector.detect(staged.file());
		if (!use.allows(detected)) {
			throw FileRejectedException.type(detected, use);
		}
		return detected;
	}

	private static byte[] withoutMetadata(String detected, FileStore.Staged staged) throws IOException {
		try {
			return Metadata.removed(detected, staged.file());
		}
		catch (IllegalArgumentException ex) {
			throw FileRejectedException.unreadable(detected);
		}
	}

	/**
	 * Reads a file that its module keeps itself (sealed, for instance), checks it as {@link #check}
	 * would, and removes what it says about who made it, where and on what (see {@link Metadata}),
	 * in one of the process's {@link ReadingSlots}. Call it before any transaction.
	 * @throws FileRejectedException when the file is empty, too large, of a kind the use does not
	 *     accept, damaged, too complex to read in time, or an Office file that unpacks past the bounds
	 * @throws ServerBusyException when every reading slot is taken
	 */
	public Accepted clean(FileUse use, InputStream content) {
		FileStore.Staged staged = staged(use, content);
		try {
			return slots.read(() -> {
				String detected = allowed(staged, use);
				return new Accepted(detected, withoutMetadata(detected, staged));
			});
		}
		finally {
			delete(staged);
		}
	}

	/** The content read to its end into a private file, or refused when it is too large or empty. */
	private FileStore.Staged staged(FileUse use, InputStream content) {
		FileStore.Staged staged;
		try {
			staged = store.stage(content, use.maxBytes());
		}
		catch (ContentTooLargeException ex) {
			throw FileRejectedException.size(use);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read an uploaded file", ex);
		}
		if (staged.sizeBytes() == 0) {
			delete(staged);
			throw FileRejectedException.empty();
		}
		return staged;
	}

	private static void delete(FileStore.Staged staged) {
		try {
			staged.delete();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not remove a staged upload", ex);
		}
	}

	/** A file read, accepted and cleaned: its kind, judged from its bytes, and the bytes without metadata. */
	public record Accepted(String contentType, byte[] content) {
	}

	/** The station's file, or empty when there is none with this id or it belongs to another station. */
	public Optional<StoredFileView> find(UUID stationId, UUID fileId) {
		return table.find(stationId, fileId);
	}

	/**
	 * The file's content; the caller closes it.
	 * @throws NotFoundException when the content is gone: the file was forgotten since it was found
	 * @throws UncheckedIOException when the content is unreadable
	 */
	public InputStream open(StoredFileView file) {
		try {
			return store.open(file.sha256());
		}
		catch (NoSuchFileException ex) {
			throw new NotFoundException("the content of file " + file.id());
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
