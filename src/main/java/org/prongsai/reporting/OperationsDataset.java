package org.prongsai.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prongsai.disclosure.LocalizedText;

/** The operations report's open dataset: the activities of each published month, without their photos. */
final class OperationsDataset {

	static final String NAME = "operations";

	static final List<String> FIELDS = List.of("month", "sequence", "title", "details", "started_on", "ended_on", "unit_th",
			"unit_en", "has_photo");

	static final DatasetDescription DESCRIPTION = new DatasetDescription(NAME,
			new LocalizedText("ผลการปฏิบัติราชการรายเดือน", "Monthly operations"),
			new LocalizedText("กิจกรรมของสถานีในแต่ละเดือน: ชื่อกิจกรรม รายละเอียด ช่วงเวลา และหน่วยที่รับผิดชอบ",
					"The station's activities each month: title, details, dates and the responsible unit"),
			new LocalizedText("รายงานผลการปฏิบัติราชการของสถานีต่อสาธารณะทุกเดือน ตามการประเมิน ITA",
					"Reports the station's work to the public every month, as the ITA asks"),
			List.of("ผลการปฏิบัติราชการ", "รายงานประจำเดือน", "operations", "ITA"), "ข้อมูลระเบียน", 1, "public",
			new LocalizedText("ระบบบันทึกกิจกรรมของสถานี", "The station's activity records"),
			List.of(new DatasetDescription.Distribution("json", NAME + ".json", "JSON", "application/json",
					new LocalizedText("กิจกรรมรายเดือน (JSON)", "Monthly activities (JSON)")),
					new DatasetDescription.Distribution("csv", NAME + ".csv", "CSV", "text/csv",
							new LocalizedText("กิจกรรมรายเดือน (CSV)", "Monthly activities (CSV)"))),
			FIELDS);

	private OperationsDataset() {
	}

	static List<Map<String, Object>> records(YearMonth month, List<Activity> activities) {
		List<Map<String, Object>> records = new ArrayList<>();
		for (int i = 0; i < activities.size(); i++) {
			Activity a = activities.get(i);
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("month", month.toString());
			record.put("sequence", i + 1);
			record.put("title", a.title());
			record.put("details", a.details());
			record.put("started_on", a.startedOn().toString());
			record.put("ended_on", a.endedOn().toString());
			record.put("unit_th", a.unit().th());
			record.put("unit_en", a.unit().en());
			record.put("has_photo", a.photoFileId() != null);
			records.add(record);
		}
		return records;
	}
}
