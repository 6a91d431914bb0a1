package org.prongsai.eservice;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.web.BeforeServing;
import org.prongsai.station.DemoMode;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * Gives the demo station one lost-document report answered with a certificate, so that its
 * verification page can be tried (and benchmarked) at once; the log names its address. The
 * holder is fictional.
 */
@Component
class DemoCertificates extends BeforeServing {

	private static final Logger log = LoggerFactory.getLogger(DemoCertificates.class);

	private final DemoMode demo;
	private final StationDirectory stations;
	private final LostDocumentReports reports;
	private final Certificates certificates;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final Clock clock;

	DemoCertificates(DemoMode demo, StationDirectory stations, LostDocumentReports reports, Certificates certificates,
			JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		super(3);
		this.clock = clock;
		this.demo = demo;
		this.stations = stations;
		this.reports = reports;
		this.certificates = certificates;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	protected void prepare() {
		if (!demo.enabled()) {
			return;
		}
		StationView kamala = stations.findByCode("kamala").orElse(null);
		if (kamala == null || jdbc.sql("select count(*) from lost_document_certificate where station_id = :s")
			.param("s", kamala.id()).query(Long.class).single() > 0) {
			return;
		}
		Certificates.Certificate certificate = transaction.execute(status -> {
			String reference = reports.file(kamala.id(), new LostDocumentReports.ReportEntry("demo-certificate-0000001",
					"ID_CARD", "", "", "ตลาดกมลา (สาธิต)", LocalDate.now(clock.withZone(FiscalYear.BANGKOK))
						.minusDays(2).toString(), "สมมติ ตัวอย่าง", "ID_CARD", "0000", "", "demo@example.org"), null, "demo");
			return certificates.issue(kamala, reference, "ส.ต.อ.ตัวอย่าง ขยัน", "kamala.officer");
		});
		log.info("Demo certificate for kamala, verify at {}", certificate.verifyPath());
	}
}
