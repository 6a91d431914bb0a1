package org.prongsai.platform.files;

import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded file as its owning module sees it.
 *
 * @param id the file's identity, for URLs
 * @param stationId the station it belongs to
 * @param sha256 the content's SHA-256 in lower-case hex; also its strong ETag
 * @param contentType the type detected from the content
 * @param sizeBytes the content's length
 * @param originalName the uploader's file name, cleaned of paths and control characters
 * @param use what it was uploaded for
 * @param uploadedAt when it was uploaded
 */
public record StoredFileView(UUID id, UUID stationId, String sha256, String contentType, long sizeBytes,
		String originalName, FileUse use, Instant uploadedAt) {
}
