package org.prongsai.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.prongsai.platform.web.NotFoundException;

class FilesTests {

	private static final UUID STATION = UUID.fromString("00000000-0000-0000-0000-000000000001");

	private static final UUID OTHER_STATION = UUID.fromString("00000000-0000-0000-0000-000000000002");

	private static final Instant NOW = Instant.parse("2024-03-31T17:30:00.123456789Z");

	@TempDir
	Path root;

	private JdbcClient jdbc;

	private Files files;

	private TransactionTemplate transaction;

	@BeforeEach
	void setUp() throws Exception {
		DataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:files;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
		try (var connection = dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection,
					new ClassPathResource("db/migration/platform/V1_3__stored_file.sql"));
		}
		jdbc = JdbcClient.create(dataSource);
		transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		files = new Files(new LocalDiskFileStore(root), new StoredFileTable(jdbc), Clock.fixed(NOW, ZoneOffset.UTC),
				new ReadingSlots(1, Duration.ofSeconds(1)));
	}

	@AfterEach
	void dropDatabase() {
		jdbc.sql("drop all objects").update();
	}

	@Test
	void uploadKeepsTheFileAndFindsItBack() throws IOException {
		StoredFileView uploaded = files.upload(STATION, FileUse.DOCUMENT, "C:\\เอกสาร\\แผนปฏิบัติการ.pdf",
				new ByteArrayInputStream(SampleFiles.pdf()), "somchai");

		assertThat(uploaded.contentType()).isEqualTo("application/pdf");
		assertThat(uploaded.sizeBytes()).isEqualTo(SampleFiles.pdf().length);
		assertThat(uploaded.originalName()).isEqualTo("แผนปฏิบัติการ.pdf");
		assertThat(uploaded.uploadedAt()).isEqualTo(Instant.parse("2024-03-31T17:30:00.123456Z"));
		assertThat(files.find(STATION, uploaded.id())).contains(uploaded);
		try (InputStream in = files.open(uploaded)) {
			assertThat(in.readAllBytes()).isEqualTo(SampleFiles.pdf());
		}
		assertThat(jdbc.sql("select uploaded_by from stored_file").query(String.class).single()).isEqualTo("somchai");
	}

	@Test
	void anotherStationsFileIsNotFound() {
		StoredFileView uploaded = files.upload(STATION, FileUse.PHOTO, "a.png", new ByteArrayInputStream(SampleFiles.png()),
				"somchai");

		assertThat(files.find(OTHER_STATION, uploaded.id())).isEmpty();
		assertThat(files.find(STATION, UUID.randomUUID())).isEmpty();
	}

	@Test
	void typeComesFromTheBytesNotTheName() {
		StoredFileView photo = files.upload(STATION, FileUse.PHOTO, "photo.pdf",
				new ByteArrayInputStream(SampleFiles.png()), "somchai");
		assertThat(photo.contentType()).isEqualTo("image/png");

		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> files.upload(STATION, FileUse.DOCUMENT, "report.pdf",
					new ByteArrayInputStream(SampleFiles.text()), "somchai"))
			.satisfies(ex -> {
				assertThat(ex.messageKey()).isEqualTo("files.rejected.type");
				assertThat(ex.arguments()).containsExactly("TXT", "PDF, Word (DOCX), Excel (XLSX)");
			});
		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> files.upload(STATION,
				FileUse.PUBLICATION, "setup.pdf", new ByteArrayInputStream(SampleFiles.exe()), "somchai"));
		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> files.upload(STATION,
				FileUse.DOCUMENT, "budget.xlsx", new ByteArrayInputStream(SampleFiles.plainZip()), "somchai"));
		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> files.upload(STATION, FileUse.PHOTO,
				"scan.jpg", new ByteArrayInputStream(SampleFiles.pdf()), "somchai"));
	}

	@Test
	void wordAndExcelAreToldApart() {
		assertThat(files.upload(STATION, FileUse.DOCUMENT, "a.xlsx", new ByteArrayInputStream(SampleFiles.docx()), "s")
			.contentType()).isEqualTo(FileType.DOCX.contentType);
		assertThat(files.upload(STATION, FileUse.DOCUMENT, "a.docx", new ByteArrayInputStream(SampleFiles.xlsx()), "s")
			.contentType()).isEqualTo(FileType.XLSX.contentType);
	}

	@Test
	void tooLargeIsRejectedWithTheLimitAndLeavesNoFile() {
		byte[] big = new byte[(int) FileUse.PHOTO.maxBytes() + 1];
		System.arraycopy(SampleFiles.png(), 0, big, 0, SampleFiles.png().length);

		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> files.upload(STATION, FileUse.PHOTO, "big.png", new ByteArrayInputStream(big), "s"))
			.satisfies(ex -> {
				assertThat(ex.messageKey()).isEqualTo("files.rejected.size");
				assertThat(ex.arguments()).containsExactly(10);
			});
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).isEmpty();
		assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isZero();
	}

	@Test
	void rejectedTypeLeavesNoFile() {
		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> files.upload(STATION,
				FileUse.DOCUMENT, "report.pdf", new ByteArrayInputStream(SampleFiles.text()), "s"));
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).isEmpty();
	}

	@Test
	void emptyFileIsRejected() {
		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> files.upload(STATION, FileUse.DOCUMENT, "empty.pdf", InputStream.nullInputStream(), "s"))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("files.rejected.empty"));
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).isEmpty();
	}

	@Test
	void identicalContentIsStoredOnceUnderTwoRecords() {
		StoredFileView first = files.upload(STATION, FileUse.DOCUMENT, "a.pdf", new ByteArrayInputStream(SampleFiles.pdf()),
				"s");
		StoredFileView second = files.upload(OTHER_STATION, FileUse.PUBLICATION, "b.pdf",
				new ByteArrayInputStream(SampleFiles.pdf()), "s");

		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).hasSize(1);
		assertThat(files.find(OTHER_STATION, second.id())).contains(second);
	}

	@Test
	void aFileCleanedForItsModuleLosesItsMetadataAndLeavesNothingBehind() throws IOException {
		Files.Accepted accepted = files.clean(FileUse.ATTACHMENT, new ByteArrayInputStream(HostileFiles.docx()));

		assertThat(accepted.contentType()).isEqualTo(FileType.DOCX.contentType);
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(accepted.content()))) {
			assertThat(document.getProperties().getCoreProperties().getCreator()).isNullOrEmpty();
		}
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).isEmpty();
	}

	@Test
	void aPhotoIsKeptWithoutWhereAndByWhomItWasTakenAndThePictureUnchanged() throws IOException {
		byte[] plain = SampleFiles.jpeg();
		byte[] photo = SampleFiles.jpegWithMetadata(plain, "taken at home, 7.8912N 98.2981E");

		StoredFileView kept;
		try (CheckedFile checked = files.check(FileUse.PHOTO, "home.jpg", new ByteArrayInputStream(photo))) {
			assertThat(checked.sizeBytes()).isEqualTo(plain.length);
			kept = files.keep(STATION, checked, "s");
		}

		try (InputStream content = files.open(kept)) {
			assertThat(content.readAllBytes()).as("exactly the picture without its metadata").isEqualTo(plain);
		}
		assertThat(kept.sha256()).isEqualTo(Files.sha256(plain));
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).hasSize(1);
	}

	@Test
	void aMalformedPictureIsRefusedWithTheClearMessageNotAnError() {
		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> files.clean(FileUse.ATTACHMENT, new ByteArrayInputStream(HostileFiles.pngWithNegativeLength())))
			.satisfies(ex -> {
				assertThat(ex.messageKey()).isEqualTo(FileRejectedException.UNREADABLE);
				assertThat(ex.arguments()).containsExactly("PNG");
			});
		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> files.clean(FileUse.ATTACHMENT, new ByteArrayInputStream(HostileFiles.webpWithNegativeLength())))
			.satisfies(ex -> assertThat(ex.arguments()).containsExactly("WebP"));
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).isEmpty();
	}

	@Test
	void aPictureThatIsNotWellFormedIsRefusedBeforeItIsKept() {
		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> files.check(FileUse.PHOTO, "card.png", new ByteArrayInputStream(HostileFiles.pngWithNegativeLength())))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(FileRejectedException.UNREADABLE));
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).isEmpty();
	}

	@Test
	void aZipBombIsRefusedWhetherItIsKeptOrCleaned() {
		byte[] bomb = HostileFiles.withZeros(HostileFiles.docx(), "word/media/image1.bin", 60L * 1024 * 1024);

		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> files.check(FileUse.DOCUMENT, "bomb.docx", new ByteArrayInputStream(bomb)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(FileRejectedException.UNPACKED));
		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> files.clean(FileUse.ATTACHMENT, new ByteArrayInputStream(bomb)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(FileRejectedException.UNPACKED));
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).isEmpty();
	}

	@Test
	void aCheckedFileIsKeptOnceAndLeavesNothingWhenClosedUnkept() {
		try (CheckedFile photo = files.check(FileUse.PHOTO, "a.png", new ByteArrayInputStream(SampleFiles.png()))) {
			assertThat(photo.contentType()).isEqualTo("image/png");
			assertThat(photo.originalName()).isEqualTo("a.png");
		}
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).isEmpty();
		assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isZero();

		try (CheckedFile photo = files.check(FileUse.PHOTO, "a.png", new ByteArrayInputStream(SampleFiles.png()))) {
			StoredFileView kept = files.keep(STATION, photo, "somchai");
			assertThat(files.find(STATION, kept.id())).contains(kept);
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> files.keep(STATION, photo, "somchai"));
		}
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).hasSize(1);
	}

	@Test
	void contentNamedByTwoRecordsOutlivesForgettingOneAndGoesWithTheLast() throws IOException {
		StoredFileView first = photo(STATION);
		StoredFileView second = photo(OTHER_STATION);

		assertThat(transaction.<Boolean>execute(status -> files.forget(STATION, first.id()))).isTrue();

		assertThat(files.find(STATION, first.id())).isEmpty();
		try (InputStream content = files.open(second)) {
			assertThat(content.readAllBytes()).as("the other station's record still names it").isEqualTo(SampleFiles.png());
		}
		assertThat(transaction.<Boolean>execute(status -> files.forget(OTHER_STATION, second.id()))).isTrue();
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).isEmpty();
		assertThatExceptionOfType(NotFoundException.class).as("a file found before it was forgotten is gone")
			.isThrownBy(() -> files.open(second));
	}

	@Test
	void forgottenContentGoesOnlyOnceTheForgettingCommits() {
		StoredFileView photo = photo(STATION);

		transaction.executeWithoutResult(status -> {
			files.forget(STATION, photo.id());
			assertThat(LocalDiskFileStoreTests.filesUnder(root)).as("until the record is gone for good").hasSize(1);
			status.setRollbackOnly();
		});
		assertThat(files.find(STATION, photo.id())).contains(photo);
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).hasSize(1);

		transaction.executeWithoutResult(status -> files.forget(STATION, photo.id()));
		assertThat(files.find(STATION, photo.id())).isEmpty();
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).isEmpty();
	}

	@Test
	void onlyTheStationsOwnFileIsForgottenAndOnlyOnce() {
		StoredFileView photo = photo(STATION);

		assertThat(files.forget(OTHER_STATION, photo.id())).isFalse();
		assertThat(files.find(STATION, photo.id())).contains(photo);
		assertThat(files.forget(STATION, photo.id())).isTrue();
		assertThat(files.forget(STATION, photo.id())).isFalse();
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).isEmpty();
	}

	@Test
	void forgettingContentWhileTheSameBytesAreBeingKeptLeavesThemToTheNewRecord() throws IOException {
		StoredFileView old = photo(STATION);
		TransactionTemplate apart = new TransactionTemplate(transaction.getTransactionManager());
		apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		StoredFileView kept = transaction.execute(status -> {
			StoredFileView same;
			try (CheckedFile checked = files.check(FileUse.PHOTO, "again.png", new ByteArrayInputStream(SampleFiles.png()))) {
				same = files.keep(OTHER_STATION, checked, "s");
			}
			// Another request forgets the old record and commits while the new one is not committed yet.
			apart.executeWithoutResult(other -> files.forget(STATION, old.id()));
			return same;
		});

		try (InputStream content = files.open(kept)) {
			assertThat(content.readAllBytes()).isEqualTo(SampleFiles.png());
		}
	}

	@Test
	void contentKeptForARecordRolledBackGoesUnlessAnotherRecordNamesIt() {
		transaction.executeWithoutResult(status -> {
			photo(STATION);
			status.setRollbackOnly();
		});
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).as("nothing names it").isEmpty();

		StoredFileView named = photo(STATION);
		transaction.executeWithoutResult(status -> {
			photo(OTHER_STATION);
			status.setRollbackOnly();
		});
		assertThat(LocalDiskFileStoreTests.filesUnder(root)).as("the committed record still names it").hasSize(1);
		assertThat(files.find(STATION, named.id())).contains(named);
	}

	private StoredFileView photo(UUID station) {
		try (CheckedFile checked = files.check(FileUse.PHOTO, "card.png", new ByteArrayInputStream(SampleFiles.png()))) {
			return files.keep(station, checked, "public");
		}
	}

	@Test
	void rejectionsHaveMessagesInBothLanguages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/files");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		FileRejectedException ex = FileRejectedException.type("text/plain", FileUse.PHOTO);

		assertThat(messages.getMessage(ex.messageKey(), ex.arguments(), Locale.ENGLISH))
			.isEqualTo("The type of this file is TXT, which is not accepted here. Accepted: JPEG, PNG, WebP.");
		assertThat(messages.getMessage(ex.messageKey(), ex.arguments(), Locale.forLanguageTag("th")))
			.isEqualTo("ไฟล์นี้เป็นชนิด TXT ซึ่งไม่รับสำหรับการอัปโหลดนี้ รับเฉพาะ JPEG, PNG, WebP");
		FileRejectedException size = FileRejectedException.size(FileUse.DOCUMENT);
		assertThat(messages.getMessage(size.messageKey(), size.arguments(), Locale.ENGLISH)).contains("20 MB");
		FileRejectedException unpacked = FileRejectedException.unpacked();
		assertThat(messages.getMessage(unpacked.messageKey(), unpacked.arguments(), Locale.ENGLISH))
			.isEqualTo("This file unpacks to more than the portal accepts (at most 1,000 parts and 500 MB in all)."
					+ " Choose another file.");
		FileRejectedException unreadable = FileRejectedException.unreadable("image/png");
		assertThat(messages.getMessage(unreadable.messageKey(), unreadable.arguments(), Locale.forLanguageTag("th")))
			.isEqualTo("อ่านไฟล์ PNG นี้ไม่ได้ ไฟล์อาจเสียหาย หรือไม่ใช่ไฟล์ PNG จริง กรุณาเลือกไฟล์อื่น");
	}
}
