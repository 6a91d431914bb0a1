package org.prongsai.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.prongsai.integrity.ComplaintVault.Field;
import org.prongsai.integrity.ComplaintVault.Place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintVaultTests {

	private static final String TEXT = "ร้อยเวรเรียกรับเงิน 5,000 บาท เพื่อไม่ดำเนินคดี ที่ด่านตรวจหน้าตลาด";

	@TempDir
	Path keys;

	@Test
	void aSealedComplaintOpensForItsRecordAndHoldsNothingReadable() {
		ComplaintVault vault = new ComplaintVault(keys, new SecureRandom());
		Place content = Place.of(UUID.randomUUID(), Field.CONTENT);
		byte[] sealed = vault.sealText("kamala", content, TEXT);
		assertThat(vault.openText("kamala", content, sealed)).isEqualTo(TEXT);
		String raw = new String(sealed, StandardCharsets.ISO_8859_1);
		assertThat(raw).doesNotContain("5,000", new String(TEXT.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
			.substring(0, 12));
		assertThat(vault.sealText("kamala", content, TEXT)).as("a fresh key and nonce each time").isNotEqualTo(sealed);
	}

	@Test
	void aSealedValueMovedAlteredOrCopiedWithoutItsKeysDoesNotOpen() {
		ComplaintVault vault = new ComplaintVault(keys, new SecureRandom());
		Place content = Place.of(UUID.randomUUID(), Field.CONTENT);
		byte[] sealed = vault.sealText("kamala", content, TEXT);
		assertThatThrownBy(() -> vault.open("kamala", Place.of(UUID.randomUUID(), Field.CONTENT), sealed))
			.as("moved to another complaint").isInstanceOf(ComplaintVault.Unreadable.class);
		assertThatThrownBy(() -> vault.open("thung-thong", content, sealed)).as("another station's")
			.isInstanceOf(ComplaintVault.Unreadable.class);
		byte[] altered = sealed.clone();
		altered[altered.length - 5] ^= 1;
		assertThatThrownBy(() -> vault.open("kamala", content, altered)).isInstanceOf(ComplaintVault.Unreadable.class);
		assertThatThrownBy(() -> vault.open("kamala", content, new byte[] { 2, 0 })).isInstanceOf(ComplaintVault.Unreadable.class);
		ComplaintVault elsewhere = new ComplaintVault(keys.resolve("copy"), new SecureRandom());
		assertThatThrownBy(() -> elsewhere.open("kamala", content, sealed)).as("a database copied without the key folder")
			.isInstanceOf(ComplaintVault.Unreadable.class);
	}

	@Test
	void aValueSwappedIntoAnotherFieldDoesNotOpen() {
		ComplaintVault vault = new ComplaintVault(keys, new SecureRandom());
		UUID complaint = UUID.randomUUID();
		byte[] content = vault.sealText("kamala", Place.of(complaint, Field.CONTENT), TEXT);
		assertThatThrownBy(() -> vault.open("kamala", Place.of(complaint, Field.IDENTITY), content))
			.as("what it says, put where the complainant's name goes").isInstanceOf(ComplaintVault.Unreadable.class);

		UUID file = UUID.randomUUID();
		byte[] name = vault.sealText("kamala", new Place(complaint, Field.FILE_NAME, file), "receipt.jpg");
		assertThatThrownBy(() -> vault.open("kamala", new Place(complaint, Field.FILE_CONTENT, file), name))
			.as("a file's name, put where its content goes").isInstanceOf(ComplaintVault.Unreadable.class);
		assertThatThrownBy(() -> vault.open("kamala", new Place(complaint, Field.FILE_NAME, UUID.randomUUID()), name))
			.as("another file's name").isInstanceOf(ComplaintVault.Unreadable.class);

		UUID message = UUID.randomUUID();
		byte[] written = vault.sealText("kamala", new Place(complaint, Field.MESSAGE, message), TEXT);
		assertThatThrownBy(() -> vault.open("kamala", new Place(UUID.randomUUID(), Field.MESSAGE, message), written))
			.as("a message moved to another complaint").isInstanceOf(ComplaintVault.Unreadable.class);
		assertThat(vault.openText("kamala", new Place(complaint, Field.MESSAGE, message), written)).isEqualTo(TEXT);
	}

	@Test
	void aValueSealedInTheFirstLayoutStillOpensForItsRecord() throws Exception {
		ComplaintVault vault = new ComplaintVault(keys, new SecureRandom());
		vault.rotate("kamala");
		UUID file = UUID.randomUUID();
		byte[] old = firstLayout(Files.readAllBytes(keys.resolve("kamala/000001.key")), "kamala/" + file, TEXT);

		assertThat(vault.openText("kamala", new Place(UUID.randomUUID(), Field.FILE_NAME, file), old)).isEqualTo(TEXT);
		assertThatThrownBy(() -> vault.open("kamala", new Place(UUID.randomUUID(), Field.FILE_NAME, UUID.randomUUID()), old))
			.isInstanceOf(ComplaintVault.Unreadable.class);
	}

	@Test
	void aMasterKeyAndTheFoldersMadeForItAreTheOwnersOnly() throws Exception {
		Path root = keys.resolve("_complaints");
		new ComplaintVault(root, new SecureRandom()).sealText("kamala", Place.of(UUID.randomUUID(), Field.CONTENT), TEXT);
		for (Path made : List.of(root, root.resolve("kamala"))) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).as(made.toString()).isEqualTo("rwx------");
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("kamala").resolve("000001.key"))))
			.isEqualTo("rw-------");
	}

	@Test
	void afterRotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
		ComplaintVault vault = new ComplaintVault(keys, new SecureRandom());
		Place content = Place.of(UUID.randomUUID(), Field.CONTENT);
		byte[] before = vault.sealText("kamala", content, TEXT);
		vault.rotate("kamala");
		byte[] after = vault.sealText("kamala", content, TEXT);
		assertThat(vault.openText("kamala", content, before)).isEqualTo(TEXT);
		assertThat(vault.openText("kamala", content, after)).isEqualTo(TEXT);
		assertThat(ByteBuffer.wrap(before, 1, 4).getInt()).isEqualTo(1);
		assertThat(ByteBuffer.wrap(after, 1, 4).getInt()).isEqualTo(2);
	}

	/** A value as the first layout sealed it: bound to its station and record only, under master key 1. */
	private static byte[] firstLayout(byte[] masterKey, String binding, String text) throws Exception {
		SecureRandom random = new SecureRandom();
		KeyGenerator generator = KeyGenerator.getInstance("AES");
		generator.init(256, random);
		SecretKey dataKey = generator.generateKey();
		byte[] dataNonce = new byte[12];
		byte[] keyNonce = new byte[12];
		random.nextBytes(dataNonce);
		random.nextBytes(keyNonce);
		byte[] body = gcm(dataKey, dataNonce, binding).doFinal(text.getBytes(StandardCharsets.UTF_8));
		byte[] wrapped = gcm(new SecretKeySpec(masterKey, "AES"), keyNonce, binding).doFinal(dataKey.getEncoded());
		return ByteBuffer.allocate(1 + 4 + 12 + 2 + wrapped.length + 12 + body.length).put((byte) 1).putInt(1).put(keyNonce)
			.putShort((short) wrapped.length).put(wrapped).put(dataNonce).put(body).array();
	}

	private static Cipher gcm(SecretKey key, byte[] nonce, String binding) throws Exception {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
		cipher.updateAAD(binding.getBytes(StandardCharsets.US_ASCII));
		return cipher;
	}
}
