package org.prongsai.platform.files;

import java.util.Map;

/** The kinds of file the portal accepts, with the names people know them by. */
enum FileType {

	PDF("application/pdf", "PDF", ".pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)", ".docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)", ".xlsx"),
	JPEG("image/jpeg", "JPEG", ".jpg"),
	PNG("image/png", "PNG", ".png"),
	WEBP("image/webp", "WebP", ".webp");

	/** Names for common types we refuse, so the refusal says what the file is in words people know. */
	private static final Map<String, String> OTHER_NAMES = Map.ofEntries(Map.entry("application/zip", "ZIP"),
			Map.entry("application/x-tika-ooxml", "Office (OOXML)"), Map.entry("text/plain", "TXT"),
			Map.entry("text/html", "HTML"), Map.entry("image/gif", "GIF"), Map.entry("image/bmp", "BMP"),
			Map.entry("image/tiff", "TIFF"), Map.entry("image/heic", "HEIC"),
			Map.entry("application/msword", "Word 97–2003 (DOC)"),
			Map.entry("application/vnd.ms-excel", "Excel 97–2003 (XLS)"),
			Map.entry("application/x-tika-msoffice", "Office 97–2003"),
			Map.entry(FileType.DOCM, "Word with macros (DOCM)"), Map.entry(FileType.XLSM, "Excel with macros (XLSM)"),
			Map.entry("application/x-msdownload", "EXE"), Map.entry("application/x-dosexec", "EXE"));

	static final String DOCM = "application/vnd.ms-word.document.macroenabled.12";

	static final String XLSM = "application/vnd.ms-excel.sheet.macroenabled.12";

	final String contentType;

	final String displayName;

	final String extension;

	FileType(String contentType, String displayName, String extension) {
		this.contentType = contentType;
		this.displayName = displayName;
		this.extension = extension;
	}

	/** A short name for any content type: ours, a common one, or the content type itself. */
	static String describe(String contentType) {
		for (FileType type : values()) {
			if (type.contentType.equals(contentType)) {
				return type.displayName;
			}
		}
		return OTHER_NAMES.getOrDefault(contentType, contentType);
	}
}
