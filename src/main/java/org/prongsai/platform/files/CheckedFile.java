package org.prongsai.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An upload read to its end and checked, outside any transaction, waiting in a private file to
 * be kept with {@link Files#keep}. Closing it removes what was not kept, so a refusal after the
 * check leaves nothing behind.
 */
public final class CheckedFile implements AutoCloseable {

	private final FileStore.Staged staged;

	private final FileUse use;

	private final String contentType;

	private final String originalName;

	private boolean kept;

	CheckedFile(FileStore.Staged staged, FileUse use, String contentType, String originalName) {
		this.staged = staged;
		this.use = use;
		this.contentType = contentType;
		this.originalName = originalName;
	}

	/** The kind judged from the bytes, e.g. {@code image/png}. */
	public String contentType() {
		return contentType;
	}

	/** The name the uploader gave, cleaned as it will be kept. */
	public String originalName() {
		return originalName;
	}

	public long sizeBytes() {
		return staged.sizeBytes();
	}

	FileUse use() {
		return use;
	}

	/** The staged content, handed over to be kept; it can be kept once. */
	FileStore.Staged keeping() {
		if (kept) {
			throw new IllegalStateException("the file " + originalName + " is kept already");
		}
		kept = true;
		return staged;
	}

	@Override
	public void close() {
		try {
			staged.delete();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not remove a staged upload", ex);
		}
	}
}
