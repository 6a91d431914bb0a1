package org.prongsai.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prongsai.disclosure.LocalizedText;

/**
 * The budget open dataset: each line of the year's plan with its four quarters, and what was paid
 * against it by the end of the six-month period, as the published report has them. A release's
 * period is the month the report is as of ({@code 2024-03}).
 */
final class BudgetDataset {

	static final String NAME = "budget";

	/** A plan line's fields, as the plan's workbook has them. */
	static final List<String> PLAN_FIELDS = List.of("fiscal_year", "sequence", "source", "source_th", "category", "category_th",
			"description", "planned_q1_baht", "planned_q2_baht", "planned_q3_baht", "planned_q4_baht", "planned_year_baht");

	static final List<String> FIELDS = List.of("fiscal_year", "as_of", "sequence", "source", "source_th", "category",
			"category_th", "description", "planned_q1_baht", "planned_q2_baht", "planned_q3_baht", "planned_q4_baht",
			"planned_year_baht", "planned_first_half_baht", "disbursed_baht", "percent_of_first_half", "percent_of_year");

	static final DatasetDescription DESCRIPTION = new DatasetDescription(NAME,
			new LocalizedText("แผนการใช้จ่ายงบประมาณและผลการใช้จ่ายรอบ 6 เดือน", "Budget plan and six-month spending"),
			new LocalizedText("แผนการใช้จ่ายงบประมาณของสถานีจำแนกตามแหล่งของเงินและงบรายจ่ายรายไตรมาส"
					+ " กับผลการเบิกจ่ายเทียบกับแผนรอบ 6 เดือน (ตุลาคม–มีนาคม) เป็นร้อยละ",
					"The station's budget plan by source of funds and category of expenditure, quarter by quarter, with"
							+ " what was paid out in the first six months (October to March) against the plan, in per cent"),
			new LocalizedText("เปิดเผยการใช้จ่ายงบประมาณของสถานีตำรวจต่อสาธารณะตามการประเมิน ITA",
					"Publishes how the police station spends its budget, as the ITA asks"),
			List.of("งบประมาณ", "แผนการใช้จ่ายงบประมาณ", "budget", "ITA"), "ข้อมูลสถิติ", 6, "public",
			new LocalizedText("ระบบบันทึกแผนและการเบิกจ่ายงบประมาณของสถานี", "The station's budget plan and disbursement records"),
			List.of(new DatasetDescription.Distribution("json", NAME + ".json", "JSON", "application/json",
					new LocalizedText("แผนและผลการใช้จ่ายงบประมาณ (JSON)", "Budget plan and spending (JSON)")),
					new DatasetDescription.Distribution("csv", NAME + ".csv", "CSV", "text/csv",
							new LocalizedText("แผนและผลการใช้จ่ายงบประมาณ (CSV)", "Budget plan and spending (CSV)"))),
			FIELDS);

	private BudgetDataset() {
	}

	/** A plan line's record, numbered from 1 in the plan's order. */
	static Map<String, Object> plan(int sequence, BudgetLine line) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("fiscal_year", line.year().beYear());
		record.put("sequence", sequence);
		record.put("source", line.source().key());
		record.put("source_th", line.source().title().th());
		record.put("category", line.category().key());
		record.put("category_th", line.category().title().th());
		record.put("description", line.description());
		for (int q = 1; q <= 4; q++) {
			record.put("planned_q" + q + "_baht", line.planned().get(q - 1));
		}
		record.put("planned_year_baht", line.plannedYear());
		return record;
	}

	/** The report's records: every plan line with its result, in the report's order. */
	static List<Map<String, Object>> records(SixMonthReport report) {
		List<Map<String, Object>> records = new ArrayList<>();
		for (SixMonthReport.Row row : report.rows()) {
			Map<String, Object> planned = plan(row.sequence(), row.line());
			Map<String, Object> record = new LinkedHashMap<>();
			for (String field : FIELDS) {
				record.put(field, switch (field) {
					case "as_of" -> report.asOf().toString();
					case "planned_first_half_baht" -> row.line().plannedFirstHalf();
					case "disbursed_baht" -> row.disbursed();
					case "percent_of_first_half" -> row.percentOfFirstHalf();
					case "percent_of_year" -> row.percentOfYear();
					default -> planned.get(field);
				});
			}
			records.add(record);
		}
		return records;
	}

	/** The release period of a report: the month it is as of. */
	static String period(SixMonthReport report) {
		return YearMonth.from(report.asOf()).toString();
	}
}
