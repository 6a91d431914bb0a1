package org.prongsai.platform.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that hold secrets (signing keys, master keys, HMAC keys) and the folders they live in.
 * Each is private to the account the portal runs as from the moment it exists: never written
 * first and narrowed afterwards, when another account could open it in between. A secret file
 * also appears whole, so a second instance starting at the same moment never reads half a key,
 * and an existing one is never replaced, so nothing sealed or signed with it is lost.
 */
public final class SecretFiles {

	private SecretFiles() {
	}

	/**
	 * Makes the folder and any missing parents, each readable by the owner only where the file
	 * system has POSIX permissions. Folders that already exist are left as they are.
	 * @return the folder
	 */
	public static Path folder(Path folder) throws IOException {
		Path absolute = folder.toAbsolutePath();
		return posix(absolute) ? Files.createDirectories(absolute, ownerOnly("rwx------")) : Files.createDirectories(absolute);
	}

	/**
	 * Writes a new secret file in a private folder (made as {@link #folder} when missing). The
	 * bytes go to an owner-only temporary file beside it, which is then linked to its name, so
	 * the name never shows a partly written or readable-by-others file.
	 * @throws FileAlreadyExistsException when the name is taken; that file is left as it is
	 */
	public static void create(Path file, byte[] content) throws IOException {
		Path target = file.toAbsolutePath();
		Path folder = folder(target.getParent());
		Path staged = posix(folder) ? Files.createTempFile(folder, ".secret-", ".tmp", ownerOnly("rw-------"))
				: Files.createTempFile(folder, ".secret-", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.WRITE)) {
				ByteBuffer bytes = ByteBuffer.wrap(content);
				while (bytes.hasRemaining()) {
					channel.write(bytes);
				}
				channel.force(true);
			}
			try {
				Files.createLink(target, staged);
			}
			catch (FileAlreadyExistsException ex) {
				throw ex;
			}
			catch (UnsupportedOperationException | FileSystemException ex) {
				// No hard links here: a move that still refuses to replace an existing file.
				Files.move(staged, target);
			}
		}
		finally {
			Files.deleteIfExists(staged);
		}
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	private static FileAttribute<?> ownerOnly(String permissions) {
		return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
	}
}
