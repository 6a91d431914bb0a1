package org.prongsai.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.prongsai.platform.files.FileRejectedException;
import org.prongsai.platform.files.HostileFiles;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * A complaint's files are read, checked and cleaned before any transaction begins: ten hostile
 * uploads read inside the complaint's transaction once took every pooled connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
		"spring.datasource.url=jdbc:h2:mem:complaint-statistics;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "prongsai.demo.enabled=false",
		"prongsai.files.root=target/complaint-statistics-tests/files",
		"prongsai.keys.root=target/complaint-statistics-tests/keys" })
class ComplaintIntakeIntegrationTests {

	private static final AtomicInteger STATIONS = new AtomicInteger();

	private static final ComplaintIntake.Submission BRIBE = new ComplaintIntake.Submission("BRIBERY",
			"The officer at the desk asked for 500 baht to take my report.", "", "", "", "", "", "", "");

	@Autowired
	ComplaintIntake intake;

	@Autowired
	StationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	/** What each read of the upload found: whether a transaction was active, and whether a connection was bound. */
	private final List<String> reads = new CopyOnWriteArrayList<>();

	@Test
	void aComplaintsAttachmentIsReadWithNoTransactionAndNoConnectionHeld() {
		StationView station = station();

		intake.submit(station, BRIBE, List.of(watched(HostileFiles.docx())), ComplaintFixtures.formToken(), "203.0.113.7");

		assertThat(reads).isNotEmpty().containsOnly("no transaction, no connection");
		assertThat(count("complaint_file", station)).isEqualTo(1);
	}

	@Test
	void aComplainantsReplyAttachmentIsReadWithNoTransactionAndNoConnectionHeld() {
		StationView station = station();
		intake.submit(station, BRIBE, List.of(), ComplaintFixtures.formToken(), "203.0.113.8");
		UUID complaint = jdbc.sql("select id from complaint where station_id = :station").param("station", station.id())
			.query(UUID.class).single();

		intake.reply(station, complaint, "The receipt he gave me.", List.of(watched(HostileFiles.docx())), "203.0.113.8");

		assertThat(reads).isNotEmpty().containsOnly("no transaction, no connection");
		assertThat(count("complaint_file", station)).isEqualTo(1);
		assertThat(count("complaint_message", station)).isEqualTo(1);
	}

	@Test
	void theSixteenBytePngIsRefusedClearlyAndNothingIsKept() {
		StationView station = station();

		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> intake.submit(station, BRIBE, List.of(watched(HostileFiles.pngWithNegativeLength())),
					ComplaintFixtures.formToken(), "203.0.113.9"))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(FileRejectedException.UNREADABLE));
		assertThat(count("complaint", station)).isZero();
	}

	private StationView station() {
		UUID id = ComplaintFixtures.station(jdbc, "intake-" + STATIONS.incrementAndGet(), 8);
		return directory.find(id).orElseThrow();
	}

	private long count(String table, StationView station) {
		return jdbc.sql("select count(*) from " + table + " where station_id = :station").param("station", station.id())
			.query(Long.class).single();
	}

	/** An upload that notes, each time it is read, what the reading thread holds. */
	private ComplaintIntake.Upload watched(byte[] content) {
		return new ComplaintIntake.Upload("evidence", content.length, () -> new FilterInputStream(new ByteArrayInputStream(content)) {

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				note();
				return super.read(b, off, len);
			}

			@Override
			public int read() throws IOException {
				note();
				return super.read();
			}
		});
	}

	private void note() {
		reads.add((TransactionSynchronizationManager.isActualTransactionActive() ? "a transaction" : "no transaction")
				+ (TransactionSynchronizationManager.getResourceMap().isEmpty() ? ", no connection" : ", a connection"));
	}
}
