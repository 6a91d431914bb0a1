package org.prongsai.platform.files;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Builds the response that sends a stored file, for the controllers of the module that owns it
 * (after that module has decided the caller may see it). Every response carries the stored
 * content type with {@code X-Content-Type-Options: nosniff}, the SHA-256 as a strong ETag, and
 * the original name as a UTF-8 file name (RFC 6266 / RFC 5987) with an ASCII fallback.
 */
public final class FileResponses {

	/**
	 * A day: long enough to spare the server, short enough that a withdrawn file soon stops being
	 * served from caches.
	 */
	public static final CacheControl PUBLIC_CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private FileResponses() {
	}

	/** Shown in the browser (images, PDFs), cached publicly for a day. */
	public static ResponseEntity<Resource> inline(StoredFileView file, InputStream content) {
		return inline(file, content, PUBLIC_CACHE);
	}

	/** Downloaded under its original name, cached publicly for a day. */
	public static ResponseEntity<Resource> attachment(StoredFileView file, InputStream content) {
		return attachment(file, content, PUBLIC_CACHE);
	}

	/**
	 * Shown in the browser, with the given caching; confidential files (complaint attachments)
	 * should use {@code CacheControl.noStore()} or at least {@code cachePrivate()}.
	 */
	public static ResponseEntity<Resource> inline(StoredFileView file, InputStream content, CacheControl cache) {
		return response("inline", file, content, cache);
	}

	/** Downloaded under its original name, with the given caching. */
	public static ResponseEntity<Resource> attachment(StoredFileView file, InputStream content, CacheControl cache) {
		return response("attachment", file, content, cache);
	}

	/**
	 * The {@code Content-Disposition} value: {@code inline; filename="file.pdf"; filename*=UTF-8''%E0%B8%...}.
	 */
	static String contentDisposition(String type, String name) {
		return type + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
	}

	private static ResponseEntity<Resource> response(String disposition, StoredFileView file, InputStream content,
			CacheControl cache) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.eTag("\"" + file.sha256() + "\"")
			.lastModified(file.uploadedAt())
			.cacheControl(cache)
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(disposition, file.originalName()))
			.body(new InputStreamResource(content));
	}

	// Old clients read only filename=, which must be ASCII: keep the name if it is, else just the extension.
	private static String asciiFallback(String name) {
		boolean printableAscii = name.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\');
		if (printableAscii) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot);
		boolean asciiExtension = extension.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
				|| (c >= '0' && c <= '9') || c == '.');
		return FileNames.FALLBACK + (asciiExtension ? extension : "");
	}

	private static String rfc5987(String name) {
		StringBuilder out = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
				out.append((char) c);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}
}
