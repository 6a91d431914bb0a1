package org.prongsai.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTests {

	@TempDir
	Path root;

	@Test
	void aSecretAndEveryFolderMadeForItAreTheOwnersOnlyAndNothingElseIsLeftBeside() throws Exception {
		Path file = root.resolve("keys").resolve("kamala").resolve("000001.key");
		SecretFiles.create(file, bytes("master key"));

		assertThat(Files.readAllBytes(file)).isEqualTo(bytes("master key"));
		assertThat(permissions(file)).isEqualTo("rw-------");
		assertThat(permissions(root.resolve("keys"))).isEqualTo("rwx------");
		assertThat(permissions(root.resolve("keys").resolve("kamala"))).isEqualTo("rwx------");
		try (Stream<Path> beside = Files.list(file.getParent())) {
			assertThat(beside).as("no temporary file stays").containsExactly(file);
		}
	}

	@Test
	void anExistingSecretIsNeverReplaced() throws Exception {
		Path file = root.resolve("access-codes.secret");
		SecretFiles.create(file, bytes("first"));
		assertThatThrownBy(() -> SecretFiles.create(file, bytes("second"))).isInstanceOf(FileAlreadyExistsException.class);
		assertThat(Files.readAllBytes(file)).isEqualTo(bytes("first"));
		try (Stream<Path> beside = Files.list(root)) {
			assertThat(beside).containsExactly(file);
		}
	}

	@Test
	void instancesMakingTheSameSecretAtOnceAllFindOneWholeSecret() throws Exception {
		Path file = root.resolve("keys").resolve("access-codes.secret");
		int makers = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(makers);
		try {
			List<Future<Boolean>> made = new ArrayList<>();
			for (int i = 0; i < makers; i++) {
				byte[] content = bytes(("secret of maker " + i).repeat(1000));
				made.add(pool.submit(() -> {
					start.await();
					try {
						SecretFiles.create(file, content);
						return true;
					}
					catch (FileAlreadyExistsException ex) {
						return false;
					}
				}));
			}
			start.countDown();
			int winners = 0;
			for (Future<Boolean> one : made) {
				winners += one.get() ? 1 : 0;
			}
			assertThat(winners).isEqualTo(1);
			assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).matches("(secret of maker \\d)+")
				.hasSize("secret of maker 0".length() * 1000);
		}
		finally {
			pool.shutdownNow();
		}
	}

	static String permissions(Path path) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
