package org.prongsai.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prongsai.disclosure.LocalizedText;

/** The crime statistics' open dataset: each published month's figures by offence, as the workbook has them. */
final class CrimeDataset {

	static final String NAME = "crime-statistics";

	static final List<String> FIELDS = List.of("month", "group", "offence", "offence_th", "offence_en", "reported", "solved",
			"arrested");

	static final DatasetDescription DESCRIPTION = new DatasetDescription(NAME,
			new LocalizedText("สถิติคดีอาญารายเดือน (CRIMES)", "Monthly crime statistics (CRIMES)"),
			new LocalizedText("จำนวนคดีที่รับแจ้ง จับได้ และผู้ต้องหาที่จับได้ในแต่ละเดือน จำแนกตามกลุ่มความผิดของระบบ CRIMES",
					"Cases reported, solved and people arrested each month, by the offence groups of the CRIMES system"),
			new LocalizedText("เปิดเผยผลการปฏิบัติงานของสถานีในเชิงสถิติตามการประเมิน ITA",
					"Publishes the station's results as statistics, as the ITA asks"),
			List.of("สถิติคดีอาญา", "CRIMES", "crime statistics", "ITA"), "ข้อมูลสถิติ", 1, "public",
			new LocalizedText("ข้อมูลสถิติคดีที่สถานีนำเข้าจากระบบ CRIMES", "The station's figures from the CRIMES system"),
			List.of(new DatasetDescription.Distribution("json", NAME + ".json", "JSON", "application/json",
					new LocalizedText("สถิติคดีอาญารายเดือน (JSON)", "Monthly crime statistics (JSON)")),
					new DatasetDescription.Distribution("csv", NAME + ".csv", "CSV", "text/csv",
							new LocalizedText("สถิติคดีอาญารายเดือน (CSV)", "Monthly crime statistics (CSV)"))),
			FIELDS);

	private CrimeDataset() {
	}

	static List<Map<String, Object>> records(YearMonth month, List<CrimeStatistics.Figure> figures) {
		List<Map<String, Object>> records = new ArrayList<>();
		for (CrimeStatistics.Figure f : figures) {
			CrimeOffence offence = CrimeOffence.coded(f.offence()).orElseThrow();
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("month", month.toString());
			record.put("group", offence.group());
			record.put("offence", offence.code());
			record.put("offence_th", offence.name().th());
			record.put("offence_en", offence.name().en());
			record.put("reported", f.reported());
			record.put("solved", f.solved());
			record.put("arrested", f.arrested());
			records.add(record);
		}
		return records;
	}
}
