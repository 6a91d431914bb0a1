package org.prongsai.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.prongsai.platform.calendar.ThaiDateFormat;
import org.prongsai.platform.documents.DocumentInfo;
import org.prongsai.platform.documents.PdfDocuments;
import org.prongsai.platform.documents.Spreadsheet;
import org.prongsai.station.StationView;

/**
 * A month's checkpoint statistics (O11) as a PDF table and as a machine-readable workbook with the
 * month as one record; read back and checked to agree before they are handed out.
 */
@Component
class CheckpointMonthDocuments {

	static final String KIND = "checkpoint-statistics";

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	CheckpointMonthDocuments(PdfDocuments pdfs, MessageSource messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	GeneratedFiles.PdfAndWorkbook generate(StationView station, CheckpointStatistics.CheckpointMonth figures) {
		DocumentInfo info = new DocumentInfo(messages.getMessage("reporting.document.checkpoints.title",
				new Object[] { ThaiDateFormat.of(THAI).longMonthYear(figures.month()) }, THAI), station.profile().nameTh(),
				"checkpoints", figures.month().atEndOfMonth());
		List<CheckpointMeasure> checks = CheckpointMeasure.ALL.stream()
			.filter(m -> !m.offence() && !m.code().equals("arrests")).toList();
		CheckpointMeasure arrests = CheckpointMeasure.ALL.get(CheckpointMeasure.ALL.size() - 1);
		byte[] pdf = pdfs.pdf("reporting/checkpoint-month", Map.of("station", station, "figures", figures, "checks", checks,
				"offences", CheckpointMeasure.offences(), "arrests", arrests), info);
		Map<String, Object> record = CheckpointDataset.record(figures);
		byte[] xlsx = Spreadsheet.of(info)
			.data("checkpoints", CheckpointDataset.FIELDS, List.of(CheckpointDataset.FIELDS.stream().map(record::get).toList()))
			.describe("dataset", info.title())
			.describe("station", station.code() + " " + station.profile().nameTh())
			.describe("period", figures.month().toString())
			.describe("as_of", figures.month().atEndOfMonth().toString())
			.describe("source", "Prongsai checkpoint records of the station")
			.bytes();
		checkAgreement(pdf, xlsx, figures.offencesFound());
		return new GeneratedFiles.PdfAndWorkbook(pdf, xlsx, info);
	}

	private static void checkAgreement(byte[] pdf, byte[] xlsx, int offences) {
		int sum = CheckpointMeasure.offences().stream()
			.mapToInt(m -> ReadBack.sum(xlsx, "checkpoints", m.code()).intValue()).sum();
		if (sum != offences || !ReadBack.pdfText(pdf).contains(String.valueOf(offences))) {
			throw new IllegalStateException("the checkpoint PDF and workbook do not agree (" + offences + " offences)");
		}
	}
}
