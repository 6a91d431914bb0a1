package org.prongsai.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateCodesTests {

	static final CertificateCodes.Content CONTENT = new CertificateCodes.Content("kamala", "12/2569",
			LocalDate.of(2026, 12, 4), "ID_CARD", "สมชาย ใ.", "ID_CARD", "1234", "ส.ต.อ.ตัวอย่าง ขยัน");

	@TempDir
	Path folder;

	@Test
	void aCodeIsUrlSafeCompactAndDecodesToTheKeyAndSignatureItCarries() {
		SigningKeys keys = new SigningKeys(folder);
		SigningKeys.Signed signed = keys.sign("kamala", CONTENT.canonical());
		String code = CertificateCodes.encode(signed);
		assertThat(code).hasSize(96).matches("[A-Za-z0-9_-]+");
		SigningKeys.Signed decoded = CertificateCodes.decode(code).orElseThrow();
		assertThat(decoded.keyId()).isEqualTo(signed.keyId());
		assertThat(decoded.signature()).isEqualTo(signed.signature());
		assertThat(keys.verify("kamala", decoded.keyId(), decoded.signature(), CONTENT.canonical())).isTrue();
	}

	@Test
	void aCodeAlteredByOneCharacterNoLongerVerifies() {
		SigningKeys keys = new SigningKeys(folder);
		String code = CertificateCodes.encode(keys.sign("kamala", CONTENT.canonical()));
		for (int at = 0; at < code.length(); at++) {
			char other = code.charAt(at) == 'A' ? 'B' : 'A';
			String altered = code.substring(0, at) + other + code.substring(at + 1);
			assertThat(CertificateCodes.decode(altered)).as("position %d", at).hasValueSatisfying(
					s -> assertThat(keys.verify("kamala", s.keyId(), s.signature(), CONTENT.canonical())).isFalse());
		}
	}

	@Test
	void anythingButACodeAsIssuedIsRefusedBeforeAnyLookUp() {
		SigningKeys keys = new SigningKeys(folder);
		String code = CertificateCodes.encode(keys.sign("kamala", CONTENT.canonical()));
		assertThat(CertificateCodes.decode(code.substring(1))).isEmpty();
		assertThat(CertificateCodes.decode(code + "A")).isEmpty();
		assertThat(CertificateCodes.decode(code.substring(1) + "+")).as("base64, not base64url").isEmpty();
		assertThat(CertificateCodes.decode(code.substring(2) + "==")).isEmpty();
		assertThat(CertificateCodes.decode("")).isEmpty();
	}

	@Test
	void everyFieldOfTheContentIsSigned() {
		SigningKeys keys = new SigningKeys(folder);
		SigningKeys.Signed signed = keys.sign("kamala", CONTENT.canonical());
		for (CertificateCodes.Content edited : new CertificateCodes.Content[] {
				new CertificateCodes.Content("thung-thong", "12/2569", CONTENT.issuedOn(), "ID_CARD", "สมชาย ใ.", "ID_CARD", "1234", CONTENT.officer()),
				new CertificateCodes.Content("kamala", "13/2569", CONTENT.issuedOn(), "ID_CARD", "สมชาย ใ.", "ID_CARD", "1234", CONTENT.officer()),
				new CertificateCodes.Content("kamala", "12/2569", CONTENT.issuedOn().plusDays(1), "ID_CARD", "สมชาย ใ.", "ID_CARD", "1234", CONTENT.officer()),
				new CertificateCodes.Content("kamala", "12/2569", CONTENT.issuedOn(), "PASSPORT", "สมชาย ใ.", "ID_CARD", "1234", CONTENT.officer()),
				new CertificateCodes.Content("kamala", "12/2569", CONTENT.issuedOn(), "ID_CARD", "สมชาย ม.", "ID_CARD", "1234", CONTENT.officer()),
				new CertificateCodes.Content("kamala", "12/2569", CONTENT.issuedOn(), "ID_CARD", "สมชาย ใ.", "PASSPORT", "1234", CONTENT.officer()),
				new CertificateCodes.Content("kamala", "12/2569", CONTENT.issuedOn(), "ID_CARD", "สมชาย ใ.", "ID_CARD", "1235", CONTENT.officer()),
				new CertificateCodes.Content("kamala", "12/2569", CONTENT.issuedOn(), "ID_CARD", "สมชาย ใ.", "ID_CARD", "1234", "someone else") }) {
			assertThat(keys.verify("kamala", signed.keyId(), signed.signature(), edited.canonical())).as(edited.toString()).isFalse();
		}
	}

	@Test
	void theCanonicalContentIsOneFieldALineInUtf8() {
		assertThat(new String(CONTENT.canonical(), StandardCharsets.UTF_8)).isEqualTo("""
				prongsai lost-document certificate v1
				station: kamala
				number: 12/2569
				issued: 2026-12-04
				document: ID_CARD
				holder: สมชาย ใ.
				holder-id: ID_CARD 1234
				officer: ส.ต.อ.ตัวอย่าง ขยัน
				""");
	}

	@Test
	void aNameIsMaskedToTheGivenNameAndTheInitialsOfTheRest() {
		assertThat(CertificateCodes.maskedName("สมชาย  ใจดี")).isEqualTo("สมชาย ใ.");
		assertThat(CertificateCodes.maskedName("John Michael Smith")).isEqualTo("John M. S.");
		assertThat(CertificateCodes.maskedName("Somchai")).isEqualTo("Somchai");
	}

	@Test
	void keysRotatedElsewhereAreFoundByAnInstanceThatCachedTheOldOnes() {
		SigningKeys server = new SigningKeys(folder);
		SigningKeys.Signed first = server.sign("kamala", CONTENT.canonical());
		assertThat(server.verify("kamala", first.keyId(), first.signature(), CONTENT.canonical())).isTrue();
		SigningKeys operator = new SigningKeys(folder);
		operator.rotate("kamala");
		SigningKeys.Signed second = operator.sign("kamala", CONTENT.canonical());
		assertThat(second.keyId()).isNotEqualTo(first.keyId());
		assertThat(server.verify("kamala", second.keyId(), second.signature(), CONTENT.canonical())).isTrue();
		assertThat(server.verify("kamala", first.keyId(), first.signature(), CONTENT.canonical())).isTrue();
		assertThat(server.publicKeys("kamala")).extracting(SigningKeys.PublicKeyFile::number).containsExactly(1, 2);
	}
}
