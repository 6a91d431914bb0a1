package org.prongsai.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Keeps file content by its SHA-256, so identical content is kept once. Knows nothing of stations
 * or names; that is the metadata's job. Content is first staged (read to its end into a private
 * file, within a limit), so it can be checked before it is kept.
 */
interface FileStore {

	/**
	 * Reads the content to its end into a staged file, unless it is longer than {@code maxBytes};
	 * then nothing of it remains. The caller keeps or deletes the staged file.
	 * @throws ContentTooLargeException as soon as more than {@code maxBytes} have been read
	 */
	Staged stage(InputStream content, long maxBytes) throws IOException;

	/** Keeps staged content under its hash (once: the staged file goes either way). */
	StoredContent keep(Staged staged) throws IOException;

	/**
	 * @throws java.nio.file.NoSuchFileException when no content has this hash
	 * @throws IllegalArgumentException when the text is not a lower-case SHA-256 in hex
	 */
	InputStream open(String sha256) throws IOException;

	/**
	 * @throws IllegalArgumentException when the text is not a lower-case SHA-256 in hex
	 */
	boolean exists(String sha256);

	/**
	 * Removes the content with this hash, if it is there. The caller makes sure no record names it.
	 * @throws IllegalArgumentException when the text is not a lower-case SHA-256 in hex
	 */
	void delete(String sha256) throws IOException;

	/** Content read to its end and not yet kept: the private file it waits in, its hash and length. */
	record Staged(Path file, String sha256, long sizeBytes) {

		/** Removes the staged file, if it is still there. */
		void delete() throws IOException {
			java.nio.file.Files.deleteIfExists(file);
		}
	}
}
