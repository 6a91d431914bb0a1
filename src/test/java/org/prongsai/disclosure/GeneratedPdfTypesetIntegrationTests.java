package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.prongsai.DemoApplicationTest;
import org.prongsai.platform.documents.ThaiTypesetCheck;
import org.prongsai.platform.files.Files;
import org.prongsai.station.StationDirectory;

/**
 * Every PDF the portal generated for the demo station's items (the O7–O25 pages link them) is
 * typeset as a Thai reader expects, read by the outside checker.
 */
@DemoApplicationTest
class GeneratedPdfTypesetIntegrationTests {

	@Autowired
	StationDirectory stations;

	@Autowired
	DisclosureContent content;

	@Autowired
	Files files;

	@Test
	void everyGeneratedPdfOnTheItemsHasItsMarksOnTheirConsonantsAndNoClusterBroken() throws IOException {
		ThaiTypesetCheck.assumeReaders();
		UUID kamala = stations.findByCode("kamala").orElseThrow().id();
		ContentSnapshot snapshot = content.snapshot(kamala, DemoDisclosure.FY2567, Instant.now());

		Map<String, String> checked = new TreeMap<>();
		for (ContentSnapshot.Document document : snapshot.documents()) {
			if (document.format() != DocumentFormat.PDF) {
				continue;
			}
			byte[] pdf;
			try (InputStream in = files.open(files.find(kamala, document.fileId()).orElseThrow())) {
				pdf = in.readAllBytes();
			}
			if (generated(pdf)) {
				String name = document.itemCode() + "-" + document.kind() + (document.month() == null ? "" : "-" + document.month());
				checked.put(name, ThaiTypesetCheck.assertTypesetWell(name, pdf));
			}
		}

		assertThat(checked.keySet()).as("each kind of report the demo generates, checked")
			.anyMatch(n -> n.startsWith("O11-crime-statistics-")).anyMatch(n -> n.startsWith("O11-checkpoint-statistics-"))
			.contains("O12-budget-plan", "O12-budget-report", "O13-investigation-fund", "O14-procurement-plan",
					"O14-procurement-announcements", "O15-procurement-summary-2023-10", "O17-complaint-statistics");
	}

	/** Made by the portal's renderer; the demo's uploaded stand-ins are plain PDFs of ASCII lines. */
	private static boolean generated(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return "Prongsai".equals(document.getDocumentInformation().getProducer());
		}
	}
}
