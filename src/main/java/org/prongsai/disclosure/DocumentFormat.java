package org.prongsai.disclosure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A file format the criteria can ask for, known by the content type detected from the file's bytes. */
public enum DocumentFormat {

	PDF("application/pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	JPEG("image/jpeg"),
	PNG("image/png"),
	WEBP("image/webp");

	private final String contentType;

	DocumentFormat(String contentType) {
		this.contentType = contentType;
	}

	public String contentType() {
		return contentType;
	}

	/** The format of a stored file's content type, or empty for one the criteria never ask for. */
	public static Optional<DocumentFormat> ofContentType(String contentType) {
		return Arrays.stream(values()).filter(f -> f.contentType.equals(contentType)).findFirst();
	}

	/** The format a criteria file names, in any case; empty for an unknown name. */
	static Optional<DocumentFormat> named(String name) {
		return Arrays.stream(values()).filter(f -> f.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
	}
}
