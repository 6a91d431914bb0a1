package org.prongsai.platform.files;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an upload is for, and so which kinds of file and how large a file it accepts. The kind is
 * always judged from the file's bytes, never from its name or the browser's claim.
 */
public enum FileUse {

	/** Documents to read or fill in: PDF, Word (DOCX), Excel (XLSX); up to 20 MB. */
	DOCUMENT(EnumSet.of(FileType.PDF, FileType.DOCX, FileType.XLSX), 20),

	/** Photos: JPEG, PNG, WebP; up to 10 MB. */
	PHOTO(EnumSet.of(FileType.JPEG, FileType.PNG, FileType.WEBP), 10),

	/** What a complainant or an officer attaches to a complaint: a document or a photo, up to 10 MB. */
	ATTACHMENT(EnumSet.of(FileType.PDF, FileType.DOCX, FileType.XLSX, FileType.JPEG, FileType.PNG, FileType.WEBP), 10),

	/** Anything published for the public (a document or an image): up to 20 MB. */
	PUBLICATION(EnumSet.of(FileType.PDF, FileType.DOCX, FileType.XLSX, FileType.JPEG, FileType.PNG, FileType.WEBP), 20);

	private static final long MEGABYTE = 1024L * 1024L;

	private final Set<FileType> types;

	private final int maxMegabytes;

	FileUse(Set<FileType> types, int maxMegabytes) {
		this.types = types;
		this.maxMegabytes = maxMegabytes;
	}

	/** The accepted content types, for example {@code application/pdf}. */
	public List<String> contentTypes() {
		return types.stream().map(t -> t.contentType).toList();
	}

	/** Whether a file of this detected content type is accepted. */
	public boolean allows(String contentType) {
		return types.stream().anyMatch(t -> t.contentType.equals(contentType));
	}

	/** The largest accepted file in bytes (a megabyte being 1024 × 1024 bytes). */
	public long maxBytes() {
		return maxMegabytes * MEGABYTE;
	}

	/** The largest accepted file in megabytes, as told to people. */
	public int maxMegabytes() {
		return maxMegabytes;
	}

	/** The accepted kinds by name, for messages: "PDF, Word (DOCX), Excel (XLSX)". */
	public String displayNames() {
		return types.stream().map(t -> t.displayName).collect(Collectors.joining(", "));
	}

	/**
	 * A value for the HTML {@code accept} attribute of a file input, so the browser offers only
	 * files that may be accepted (it is a hint; the server still checks the bytes).
	 */
	public String accept() {
		return types.stream().map(t -> t.extension + "," + t.contentType).collect(Collectors.joining(","));
	}
}
