package org.prongsai.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Content in files named by their SHA-256 under a root folder, fanned out as {@code ab/cd/abcd…}
 * so no folder grows too large. Uploads are written to a temporary file in the root (same file
 * system, so the final move is atomic) and only moved into place once complete and accepted.
 */
@Component
class LocalDiskFileStore implements FileStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	LocalDiskFileStore(@Value("${prongsai.files.root}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public Staged stage(InputStream content, long maxBytes) throws IOException {
		java.nio.file.Files.createDirectories(root);
		Path staged = java.nio.file.Files.createTempFile(root, ".upload-", ".tmp");
		boolean complete = false;
		try {
			MessageDigest digest = sha256();
			long size = 0;
			try (OutputStream out = java.nio.file.Files.newOutputStream(staged)) {
				byte[] buffer = new byte[64 * 1024];
				for (int n; (n = content.read(buffer)) != -1;) {
					size += n;
					if (size > maxBytes) {
						throw new ContentTooLargeException(maxBytes);
					}
					digest.update(buffer, 0, n);
					out.write(buffer, 0, n);
				}
			}
			complete = true;
			return new Staged(staged, HexFormat.of().formatHex(digest.digest()), size);
		}
		finally {
			if (!complete) {
				// The partial or refused content.
				java.nio.file.Files.deleteIfExists(staged);
			}
		}
	}

	@Override
	public StoredContent keep(Staged staged) throws IOException {
		try {
			Path target = pathOf(staged.sha256());
			if (!java.nio.file.Files.exists(target)) {
				java.nio.file.Files.createDirectories(target.getParent());
				move(staged.file(), target);
			}
			return new StoredContent(staged.sha256(), staged.sizeBytes());
		}
		finally {
			// Already moved when kept; otherwise the same content was there already.
			staged.delete();
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		return java.nio.file.Files.newInputStream(pathOf(sha256));
	}

	@Override
	public boolean exists(String sha256) {
		return java.nio.file.Files.isRegularFile(pathOf(sha256));
	}

	@Override
	public void delete(String sha256) throws IOException {
		java.nio.file.Files.deleteIfExists(pathOf(sha256));
	}

	private Path pathOf(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static void move(Path staged, Path target) throws IOException {
		try {
			java.nio.file.Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			// Same content under the same name: replacing a concurrent copy is harmless.
			java.nio.file.Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}
}
