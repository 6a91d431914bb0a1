package org.prongsai.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.prongsai.disclosure.LocalizedText;

/** The checkpoint statistics' open dataset: each published month as one record, as the workbook has it. */
final class CheckpointDataset {

	static final String NAME = "checkpoint-statistics";

	static final List<String> FIELDS = Stream.of(List.of("month"), CheckpointMeasure.codes(), List.of("offences_found"))
		.flatMap(List::stream).toList();

	static final DatasetDescription DESCRIPTION = new DatasetDescription(NAME,
			new LocalizedText("สถิติการตั้งจุดตรวจรายเดือน", "Monthly checkpoint statistics"),
			new LocalizedText("จำนวนจุดตรวจที่ตั้ง บุคคลและยานพาหนะที่ตรวจ ความผิดที่พบจำแนกตามประเภท และผู้ถูกจับกุมในแต่ละเดือน",
					"Checkpoints set up, people and vehicles checked, offences found by type and people arrested each month"),
			new LocalizedText("เปิดเผยผลการปฏิบัติงานของสถานีในเชิงสถิติตามการประเมิน ITA",
					"Publishes the station's results as statistics, as the ITA asks"),
			List.of("จุดตรวจ", "สถิติ", "checkpoints", "ITA"), "ข้อมูลสถิติ", 1, "public",
			new LocalizedText("บันทึกการตั้งจุดตรวจของสถานี", "The station's checkpoint records"),
			List.of(new DatasetDescription.Distribution("json", NAME + ".json", "JSON", "application/json",
					new LocalizedText("สถิติการตั้งจุดตรวจรายเดือน (JSON)", "Monthly checkpoint statistics (JSON)")),
					new DatasetDescription.Distribution("csv", NAME + ".csv", "CSV", "text/csv",
							new LocalizedText("สถิติการตั้งจุดตรวจรายเดือน (CSV)", "Monthly checkpoint statistics (CSV)"))),
			FIELDS);

	private CheckpointDataset() {
	}

	static Map<String, Object> record(CheckpointStatistics.CheckpointMonth figures) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("month", figures.month().toString());
		CheckpointMeasure.codes().forEach(code -> record.put(code, figures.amount(code)));
		record.put("offences_found", figures.offencesFound());
		return record;
	}
}
