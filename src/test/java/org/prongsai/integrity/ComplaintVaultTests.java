package org.prongsai.integrity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintVaultTests {

	private static final String TEXT = "ร้อยเวรเรียกรับเงิน 5,000 บาท เพื่อไม่ดำเนินคดี ที่ด่านตรวจหน้าตลาด";

	@TempDir
	Path keys;

	@Test
	void aSealedComplaintOpensForItsRecordAndHoldsNothingReadable() {
		ComplaintVault vault = new ComplaintVault(keys, new SecureRandom());
		UUID record = UUID.randomUUID();
		byte[] sealed = vault.sealText("kamala", record, TEXT);
		assertThat(vault.openText("kamala", record, sealed)).isEqualTo(TEXT);
		String raw = new String(sealed, StandardCharsets.ISO_8859_1);
		assertThat(raw).doesNotContain("5,000", new String(TEXT.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
			.substring(0, 12));
		assertThat(vault.sealText("kamala", record, TEXT)).as("a fresh key and nonce each time").isNotEqualTo(sealed);
	}

	@Test
	void aSealedValueMovedAlteredOrCopiedWithoutItsKeysDoesNotOpen() {
		ComplaintVault vault = new ComplaintVault(keys, new SecureRandom());
		UUID record = UUID.randomUUID();
		byte[] sealed = vault.sealText("kamala", record, TEXT);
		assertThatThrownBy(() -> vault.open("kamala", UUID.randomUUID(), sealed)).as("moved to another record")
			.isInstanceOf(ComplaintVault.Unreadable.class);
		assertThatThrownBy(() -> vault.open("thung-thong", record, sealed)).as("another station's")
			.isInstanceOf(ComplaintVault.Unreadable.class);
		byte[] altered = sealed.clone();
		altered[altered.length - 5] ^= 1;
		assertThatThrownBy(() -> vault.open("kamala", record, altered)).isInstanceOf(ComplaintVault.Unreadable.class);
		assertThatThrownBy(() -> vault.open("kamala", record, new byte[] { 1, 0 })).isInstanceOf(ComplaintVault.Unreadable.class);
		ComplaintVault elsewhere = new ComplaintVault(keys.resolve("copy"), new SecureRandom());
		assertThatThrownBy(() -> elsewhere.open("kamala", record, sealed)).as("a database copied without the key folder")
			.isInstanceOf(ComplaintVault.Unreadable.class);
	}

	@Test
	void aMasterKeyAndTheFoldersMadeForItAreTheOwnersOnly() throws Exception {
		Path root = keys.resolve("_complaints");
		new ComplaintVault(root, new SecureRandom()).sealText("kamala", UUID.randomUUID(), TEXT);
		for (Path made : List.of(root, root.resolve("kamala"))) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).as(made.toString()).isEqualTo("rwx------");
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("kamala").resolve("000001.key"))))
			.isEqualTo("rw-------");
	}

	@Test
	void afterRotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
		ComplaintVault vault = new ComplaintVault(keys, new SecureRandom());
		UUID record = UUID.randomUUID();
		byte[] before = vault.sealText("kamala", record, TEXT);
		vault.rotate("kamala");
		byte[] after = vault.sealText("kamala", record, TEXT);
		assertThat(vault.openText("kamala", record, before)).isEqualTo(TEXT);
		assertThat(vault.openText("kamala", record, after)).isEqualTo(TEXT);
		assertThat(java.nio.ByteBuffer.wrap(before, 1, 4).getInt()).isEqualTo(1);
		assertThat(java.nio.ByteBuffer.wrap(after, 1, 4).getInt()).isEqualTo(2);
	}
}
