package org.prongsai.platform.files;

import org.prongsai.platform.web.Refusal;

/**
 * An upload was refused: its {@link #messageKey()} is one of {@link #TYPE}, {@link #SIZE},
 * {@link #EMPTY}, {@link #UNREADABLE}, {@link #UNPACKED}, {@link #COMPLEX}, or for a table to
 * import {@link #ROWS}, {@link #COLUMNS}, {@link #CELL}; they can fix it by choosing another file.
 */
public class FileRejectedException extends Refusal {

	/** The file's kind is not accepted; arguments: the detected kind, the accepted kinds. */
	public static final String TYPE = "files.rejected.type";

	/** The file is larger than the limit; argument: the limit in megabytes. */
	public static final String SIZE = "files.rejected.size";

	/** The file has no content. */
	public static final String EMPTY = "files.rejected.empty";

	/** The file is damaged or not what its bytes first say; argument: the kind it claims. */
	public static final String UNREADABLE = "files.rejected.unreadable";

	/** An Office file unpacks past the bounds; arguments: the most entries, the most megabytes unpacked. */
	public static final String UNPACKED = "files.rejected.unpacked";

	/** The file took too long or too much memory to check. */
	public static final String COMPLEX = "files.rejected.complex";

	/** A table has more rows than an import reads; argument: the most rows. */
	public static final String ROWS = "files.rejected.rows";

	/** A row of a table has more columns than an import reads; argument: the most columns. */
	public static final String COLUMNS = "files.rejected.columns";

	/** A cell of a table is longer than an import reads; argument: the most characters. */
	public static final String CELL = "files.rejected.cell";

	FileRejectedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	static FileRejectedException type(String detectedContentType, FileUse use) {
		return new FileRejectedException(TYPE, FileType.describe(detectedContentType), use.displayNames());
	}

	static FileRejectedException size(FileUse use) {
		return new FileRejectedException(SIZE, use.maxMegabytes());
	}

	static FileRejectedException empty() {
		return new FileRejectedException(EMPTY);
	}

	static FileRejectedException unreadable(String detectedContentType) {
		return new FileRejectedException(UNREADABLE, FileType.describe(detectedContentType));
	}

	static FileRejectedException unpacked() {
		return new FileRejectedException(UNPACKED, OfficeArchive.MAX_ENTRIES, OfficeArchive.MAX_TOTAL_BYTES / (1024 * 1024));
	}

	static FileRejectedException complex() {
		return new FileRejectedException(COMPLEX);
	}

	static FileRejectedException rows(int most) {
		return new FileRejectedException(ROWS, most);
	}

	static FileRejectedException columns(int most) {
		return new FileRejectedException(COLUMNS, most);
	}

	static FileRejectedException cell(int most) {
		return new FileRejectedException(CELL, most);
	}
}
