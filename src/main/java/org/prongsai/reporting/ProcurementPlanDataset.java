package org.prongsai.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prongsai.disclosure.LocalizedText;

/** The annual procurement plan's open dataset: each published year's planned procurements. */
final class ProcurementPlanDataset {

	static final String NAME = "procurement-plan";

	static final List<String> FIELDS = List.of("sequence", "subject", "budget", "source_of_funds", "method", "planned_month");

	static final DatasetDescription DESCRIPTION = new DatasetDescription(NAME,
			new LocalizedText("แผนการจัดซื้อจัดจ้างประจำปี", "Annual procurement plan"),
			new LocalizedText("รายการจัดซื้อจัดจ้างที่สถานีวางแผนไว้ในปีงบประมาณ: งาน วงเงิน แหล่งเงิน วิธีการ และเดือนที่คาดว่าจะประกาศ",
					"The procurements the station plans in the fiscal year: subject, budget, source of funds, method and"
							+ " the month it expects to announce them"),
			new LocalizedText("เปิดเผยแผนการจัดซื้อจัดจ้างต่อสาธารณะตามการประเมิน ITA",
					"Publishes the procurement plan, as the ITA asks"),
			List.of("แผนการจัดซื้อจัดจ้าง", "จัดซื้อจัดจ้าง", "procurement plan", "ITA"), "ข้อมูลระเบียน", 12, "public",
			new LocalizedText("แผนการจัดซื้อจัดจ้างที่งานการเงินของสถานีบันทึก", "The plan the station's finance officers keep"),
			List.of(new DatasetDescription.Distribution("json", NAME + ".json", "JSON", "application/json",
					new LocalizedText("แผนการจัดซื้อจัดจ้าง (JSON)", "Procurement plan (JSON)")),
					new DatasetDescription.Distribution("csv", NAME + ".csv", "CSV", "text/csv",
							new LocalizedText("แผนการจัดซื้อจัดจ้าง (CSV)", "Procurement plan (CSV)"))),
			FIELDS);

	private ProcurementPlanDataset() {
	}

	static List<Map<String, Object>> records(List<ProcurementPlan.PlanItem> items) {
		List<Map<String, Object>> records = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			ProcurementPlan.PlanItem item = items.get(i);
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("sequence", i + 1);
			record.put("subject", item.subject());
			record.put("budget", item.budget());
			record.put("source_of_funds", item.sourceOfFunds());
			record.put("method", item.method().key());
			record.put("planned_month", item.plannedMonth().toString());
			records.add(record);
		}
		return records;
	}
}
