package org.prongsai.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Keeps file content by its SHA-256, so identical content is kept once. Knows nothing of stations
 * or names; that is the metadata's job.
 */
interface FileStore {

	/**
	 * Looks at content before it is kept, and throws to refuse it.
	 */
	@FunctionalInterface
	interface Check {

		/**
		 * @param staged the complete content, in a file that is deleted if this throws
		 * @param sizeBytes its length
		 */
		void check(Path staged, long sizeBytes) throws IOException;
	}

	/**
	 * Reads the content to its end and keeps it, unless it is longer than {@code maxBytes} or the
	 * check refuses it; then nothing of it remains.
	 * @throws ContentTooLargeException as soon as more than {@code maxBytes} have been read
	 */
	StoredContent put(InputStream content, long maxBytes, Check check) throws IOException;

	/** {@link #put(InputStream, long, Check)} without a check. */
	default StoredContent put(InputStream content, long maxBytes) throws IOException {
		return put(content, maxBytes, (staged, size) -> {
		});
	}

	/**
	 * @throws java.nio.file.NoSuchFileException when no content has this hash
	 * @throws IllegalArgumentException when the text is not a lower-case SHA-256 in hex
	 */
	InputStream open(String sha256) throws IOException;

	/**
	 * @throws IllegalArgumentException when the text is not a lower-case SHA-256 in hex
	 */
	boolean exists(String sha256);
}
