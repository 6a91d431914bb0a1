package org.prongsai.platform.files;

/** Content kept in a {@link FileStore}: its SHA-256 (lower-case hex) and length. */
record StoredContent(String sha256, long sizeBytes) {
}
