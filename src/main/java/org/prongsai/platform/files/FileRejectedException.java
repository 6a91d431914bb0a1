package org.prongsai.platform.files;

import org.prongsai.platform.web.Refusal;

/**
 * An upload was refused: its {@link #messageKey()} is one of {@link #TYPE}, {@link #SIZE},
 * {@link #EMPTY}; they can fix it by choosing another file.
 */
public class FileRejectedException extends Refusal {

	/** The file's kind is not accepted; arguments: the detected kind, the accepted kinds. */
	public static final String TYPE = "files.rejected.type";

	/** The file is larger than the limit; argument: the limit in megabytes. */
	public static final String SIZE = "files.rejected.size";

	/** The file has no content. */
	public static final String EMPTY = "files.rejected.empty";

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
}
