package org.prongsai.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDiskFileStoreTests {

	@TempDir
	Path root;

	@Test
	void storesContentUnderItsSha256InFanOutFolders() throws Exception {
		LocalDiskFileStore store = new LocalDiskFileStore(root);
		byte[] content = SampleFiles.pdf();

		StoredContent stored = store.keep(store.stage(new ByteArrayInputStream(content), 1000));

		String expected = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		assertThat(stored).isEqualTo(new StoredContent(expected, content.length));
		assertThat(filesUnder(root)).containsExactly(
				root.resolve(expected.substring(0, 2)).resolve(expected.substring(2, 4)).resolve(expected));
		assertThat(store.exists(expected)).isTrue();
		try (InputStream in = store.open(expected)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void identicalContentIsStoredOnce() throws IOException {
		LocalDiskFileStore store = new LocalDiskFileStore(root);

		StoredContent first = store.keep(store.stage(new ByteArrayInputStream(SampleFiles.png()), 100_000));
		StoredContent second = store.keep(store.stage(new ByteArrayInputStream(SampleFiles.png()), 100_000));

		assertThat(second).isEqualTo(first);
		assertThat(filesUnder(root)).hasSize(1);
	}

	@Test
	void stopsReadingAsSoonAsTheLimitIsPassedAndLeavesNothing() {
		LocalDiskFileStore store = new LocalDiskFileStore(root);
		EndlessStream endless = new EndlessStream();

		assertThatExceptionOfType(ContentTooLargeException.class).isThrownBy(() -> store.stage(endless, 100_000));

		assertThat(endless.delivered).isLessThanOrEqualTo(100_000 + 64 * 1024);
		assertThat(filesUnder(root)).isEmpty();
	}

	@Test
	void stagedContentWaitsInTheRootAndLeavesNothingOnceDeleted() throws IOException {
		LocalDiskFileStore store = new LocalDiskFileStore(root);

		FileStore.Staged staged = store.stage(new ByteArrayInputStream(SampleFiles.text()), 1000);
		assertThat(staged.file()).exists().hasParent(root);
		assertThat(staged.sizeBytes()).isEqualTo(SampleFiles.text().length);
		staged.delete();

		assertThat(filesUnder(root)).isEmpty();
	}

	@Test
	void failingReadLeavesNothing() {
		LocalDiskFileStore store = new LocalDiskFileStore(root);
		InputStream broken = new InputStream() {

			private int left = 10_000;

			@Override
			public int read() throws IOException {
				if (left == 0) {
					throw new IOException("connection reset");
				}
				left--;
				return 'x';
			}
		};

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> store.stage(broken, 1_000_000))
			.withMessage("connection reset");
		assertThat(filesUnder(root)).isEmpty();
	}

	@Test
	void missingContentAndMalformedHashes() {
		LocalDiskFileStore store = new LocalDiskFileStore(root);
		String absent = "0".repeat(64);

		assertThat(store.exists(absent)).isFalse();
		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> store.open(absent));
		assertThatIllegalArgumentException().isThrownBy(() -> store.open("../../etc/passwd"));
		assertThatIllegalArgumentException().isThrownBy(() -> store.exists("A".repeat(64)));
	}

	static List<Path> filesUnder(Path root) {
		try (Stream<Path> paths = java.nio.file.Files.walk(root)) {
			return paths.filter(java.nio.file.Files::isRegularFile).toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Never ends, as a hostile upload might not. */
	private static final class EndlessStream extends InputStream {

		long delivered;

		@Override
		public int read() {
			delivered++;
			return 'x';
		}

		@Override
		public int read(byte[] b, int off, int len) {
			java.util.Arrays.fill(b, off, off + len, (byte) 'x');
			delivered += len;
			return len;
		}
	}
}
