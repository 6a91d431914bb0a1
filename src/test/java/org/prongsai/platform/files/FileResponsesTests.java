package org.prongsai.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class FileResponsesTests {

	private final StoredFileView file = new StoredFileView(UUID.randomUUID(), UUID.randomUUID(), "ab".repeat(32),
			"application/pdf", 1234, "แผนปฏิบัติการ 2567.pdf", FileUse.DOCUMENT, Instant.parse("2024-01-05T03:00:00Z"));

	@Test
	void inlineCarriesStoredTypeEtagAndThaiName() throws Exception {
		ResponseEntity<Resource> response = FileResponses.inline(file, new ByteArrayInputStream(new byte[] { 1, 2 }));

		HttpHeaders headers = response.getHeaders();
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(headers.getContentLength()).isEqualTo(1234);
		assertThat(headers.getETag()).isEqualTo("\"" + "ab".repeat(32) + "\"");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getCacheControl()).isEqualTo("max-age=86400, public");
		assertThat(headers.getLastModified()).isEqualTo(Instant.parse("2024-01-05T03:00:00Z").toEpochMilli());
		assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("inline; filename=\"file.pdf\"; "
				+ "filename*=UTF-8''%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9B%E0%B8%8F%E0%B8%B4%E0%B8%9A%E0%B8%B1%E0%B8%95"
				+ "%E0%B8%B4%E0%B8%81%E0%B8%B2%E0%B8%A3%202567.pdf");
		assertThat(headers.getContentDisposition().getFilename()).isEqualTo("แผนปฏิบัติการ 2567.pdf");
		assertThat(response.getBody().getInputStream().readAllBytes()).containsExactly(1, 2);
	}

	@Test
	void attachmentKeepsAsciiNamesAndTakesOtherCaching() {
		StoredFileView ascii = new StoredFileView(file.id(), file.stationId(), file.sha256(), file.contentType(),
				file.sizeBytes(), "plan (final).pdf", file.use(), file.uploadedAt());

		ResponseEntity<Resource> response = FileResponses.attachment(ascii, new ByteArrayInputStream(new byte[0]),
				CacheControl.noStore());

		assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"plan (final).pdf\"; filename*=UTF-8''plan%20%28final%29.pdf");
		assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
	}
}
