package org.prongsai.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTests {

	static final byte[] CERTIFICATE = "ใบรับแจ้งเอกสารหาย เลขที่ 12/2567 บัตรประจำตัวประชาชน xxxx-1234".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path folder;

	@Test
	void aSignatureVerifiesForTheContentSignedAndForNothingElse() {
		SigningKeys keys = new SigningKeys(folder);
		SigningKeys.Signed signed = keys.sign("kamala", CERTIFICATE);
		assertThat(signed.signature()).hasSize(64);
		assertThat(keys.verify("kamala", signed.keyId(), signed.signature(), CERTIFICATE)).isTrue();

		byte[] edited = CERTIFICATE.clone();
		edited[edited.length - 1] ^= 1;
		assertThat(keys.verify("kamala", signed.keyId(), signed.signature(), edited)).as("content edited after issue").isFalse();
		byte[] forged = signed.signature().clone();
		forged[0] ^= 1;
		assertThat(keys.verify("kamala", signed.keyId(), forged, CERTIFICATE)).as("a signature altered by one bit").isFalse();
		assertThat(keys.verify("thung-thong", signed.keyId(), signed.signature(), CERTIFICATE))
			.as("another station's keys never vouch for it").isFalse();
	}

	@Test
	void rotatingKeepsEarlierSignaturesVerifiableAndSignsWithTheNewKey() {
		SigningKeys keys = new SigningKeys(folder);
		SigningKeys.Signed before = keys.sign("kamala", CERTIFICATE);
		keys.rotate("kamala");
		SigningKeys.Signed after = new SigningKeys(folder).sign("kamala", CERTIFICATE);

		assertThat(after.keyId()).isNotEqualTo(before.keyId());
		SigningKeys reopened = new SigningKeys(folder);
		assertThat(reopened.verify("kamala", before.keyId(), before.signature(), CERTIFICATE)).isTrue();
		assertThat(reopened.verify("kamala", after.keyId(), after.signature(), CERTIFICATE)).isTrue();
		assertThat(reopened.publicKeysPem("kamala")).hasSize(2)
			.allSatisfy(pem -> assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n"));
	}

	@Test
	void aNameThatIsNotAStationCodeNeverReachesTheFileSystem() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new SigningKeys(folder).sign("../kamala", CERTIFICATE));
	}

	@Test
	void theSecretKeyAndTheFoldersMadeForItAreTheOwnersOnly() throws Exception {
		Path root = folder.resolve("keys");
		new SigningKeys(root).sign("kamala", CERTIFICATE);
		try (var files = Files.list(root.resolve("kamala"))) {
			Path secret = files.filter(f -> f.toString().endsWith(".key")).findFirst().orElseThrow();
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("kamala")))).isEqualTo("rwx------");
	}

	@Test
	void theAccessCodeSecretIsMadeOnceAndTheOwnersOnly() throws Exception {
		Path file = folder.resolve("keys").resolve(CaseStatusConfiguration.SECRET_FILE);
		byte[] secret = CaseStatusConfiguration.secret(file);
		assertThat(secret).hasSize(32);
		assertThat(CaseStatusConfiguration.secret(file)).as("read back, not made again").isEqualTo(secret);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
	}
}
