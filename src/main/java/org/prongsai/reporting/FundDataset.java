package org.prongsai.reporting;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prongsai.disclosure.LocalizedText;

/**
 * The criminal investigation fund's open dataset: one record per quarter, with the balance carried
 * to its end. Each quarter is released as its own period, the quarter's last month ({@code 2024-03}
 * for quarter 2 of FY2567), so the dataset has one record per quarter whatever report it came with.
 */
final class FundDataset {

	static final String NAME = "investigation-fund";

	static final List<String> FIELDS = List.of("fiscal_year", "quarter", "quarter_start", "quarter_end", "allocated_baht",
			"spent_baht", "balance_baht", "cases_supported", "note");

	static final DatasetDescription DESCRIPTION = new DatasetDescription(NAME,
			new LocalizedText("เงินกองทุนเพื่อการสืบสวนและสอบสวนคดีอาญารายไตรมาส", "Criminal investigation fund by quarter"),
			new LocalizedText("เงินกองทุนเพื่อการสืบสวนและสอบสวนคดีอาญาที่สถานีได้รับจัดสรร ใช้จ่าย และคงเหลือในแต่ละไตรมาส"
					+ " พร้อมจำนวนคดีที่ใช้เงินกองทุน",
					"The criminal investigation fund the station was allocated, spent and had left each quarter, with the"
							+ " number of cases it supported"),
			new LocalizedText("เปิดเผยการใช้เงินกองทุนเพื่อการสืบสวนและสอบสวนคดีอาญาของสถานีต่อสาธารณะตามการประเมิน ITA",
					"Publishes how the station uses the criminal investigation fund, as the ITA asks"),
			List.of("กองทุนสืบสวนสอบสวน", "เงินกองทุน", "investigation fund", "ITA"), "ข้อมูลสถิติ", 3, "public",
			new LocalizedText("ระบบบันทึกเงินกองทุนสืบสวนสอบสวนของสถานี", "The station's investigation fund records"),
			List.of(new DatasetDescription.Distribution("json", NAME + ".json", "JSON", "application/json",
					new LocalizedText("เงินกองทุนสืบสวนสอบสวนรายไตรมาส (JSON)", "Investigation fund by quarter (JSON)")),
					new DatasetDescription.Distribution("csv", NAME + ".csv", "CSV", "text/csv",
							new LocalizedText("เงินกองทุนสืบสวนสอบสวนรายไตรมาส (CSV)", "Investigation fund by quarter (CSV)"))),
			FIELDS);

	private FundDataset() {
	}

	/** A quarter's record. */
	static Map<String, Object> record(FundReport report, FundReport.Line line) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("fiscal_year", report.year().beYear());
		record.put("quarter", line.figures().quarter());
		record.put("quarter_start", line.period().start().toString());
		record.put("quarter_end", line.period().endInclusive().toString());
		record.put("allocated_baht", line.figures().allocated());
		record.put("spent_baht", line.figures().spent());
		record.put("balance_baht", line.balance());
		record.put("cases_supported", line.figures().cases());
		record.put("note", line.figures().note());
		return record;
	}

	/** The period a quarter is released as: its last month. */
	static String period(FundReport.Line line) {
		return YearMonth.from(line.period().endInclusive()).toString();
	}
}
