package org.prongsai.platform.files;

import java.util.Arrays;

/**
 * An upload was refused. Show the person {@link #messageKey()} with {@link #arguments()} from the
 * message source; they can fix it by choosing another file.
 */
public class FileRejectedException extends RuntimeException {

	/** The file's kind is not accepted; arguments: the detected kind, the accepted kinds. */
	public static final String TYPE = "files.rejected.type";

	/** The file is larger than the limit; argument: the limit in megabytes. */
	public static final String SIZE = "files.rejected.size";

	/** The file has no content. */
	public static final String EMPTY = "files.rejected.empty";

	private final String messageKey;

	private final Object[] arguments;

	FileRejectedException(String messageKey, Object... arguments) {
		super(messageKey + " " + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
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

	/** One of {@link #TYPE}, {@link #SIZE}, {@link #EMPTY}. */
	public String messageKey() {
		return messageKey;
	}

	/** The message's arguments, in the order its text uses them. */
	public Object[] arguments() {
		return arguments.clone();
	}
}
