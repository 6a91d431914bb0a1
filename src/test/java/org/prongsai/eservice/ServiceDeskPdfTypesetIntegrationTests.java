package org.prongsai.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.prongsai.DemoApplicationTest;
import org.prongsai.platform.documents.ThaiTypesetCheck;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * The service desk's printed documents, made for the demo station as its staff would print them
 * (every sign, a case slip, a lost-document certificate), are typeset as a Thai reader expects.
 */
@DemoApplicationTest
class ServiceDeskPdfTypesetIntegrationTests {

	static final String BASE = "https://kamala.example.go.th";

	static final LocalDate TODAY = LocalDate.of(2024, 5, 15);

	@Autowired
	StationDirectory stations;

	@Autowired
	Signs signs;

	@Autowired
	CaseSlips slips;

	@Autowired
	CaseProgress cases;

	@Autowired
	Certificates certificates;

	@Autowired
	LostDocumentReports reports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everySignInBothSizesHasItsMarksOnTheirConsonants() {
		ThaiTypesetCheck.assumeReaders();
		StationView kamala = stations.findByCode("kamala").orElseThrow();
		for (Signs.Sign sign : Signs.ALL) {
			String address = signs.address(kamala, sign, BASE).orElse(BASE + "/kamala/e-services");
			ThaiTypesetCheck.assertTypesetWell("sign-" + sign.key(), signs.pdf(kamala, sign, address, false, TODAY));
		}
		Signs.Sign complaints = Signs.named("complaints").orElseThrow();
		ThaiTypesetCheck.assertTypesetWell("sign-complaints-A3",
				signs.pdf(kamala, complaints, BASE + "/kamala/complaints", true, TODAY));
	}

	@Test
	void theCaseSlipAndTheLostDocumentCertificateHaveTheirMarksOnTheirConsonants() {
		ThaiTypesetCheck.assumeReaders();
		StationView kamala = stations.findByCode("kamala").orElseThrow();
		CaseProgress.StationCase found = cases.cases(kamala.id()).get(0);
		ThaiTypesetCheck.assertTypesetWell("case-slip", slips.pdf(kamala, found, "K7Q2M9", BASE, TODAY));

		String reference = jdbc.sql("select r.reference from lost_document_certificate c join lost_document_report r"
				+ " on r.id = c.report_id where c.station_id = :s").param("s", kamala.id()).query(String.class).single();
		LostDocumentReports.Report report = reports.find(kamala.id(), reference).orElseThrow();
		Certificates.Certificate certificate = certificates.forReport(kamala, reference).orElseThrow();
		assertThat(ThaiTypesetCheck.assertTypesetWell("certificate", certificates.pdf(kamala, certificate, report, BASE)))
			.contains("RESULT: PASS");
	}
}
