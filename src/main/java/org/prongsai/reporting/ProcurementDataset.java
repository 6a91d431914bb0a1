package org.prongsai.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prongsai.disclosure.LocalizedText;

/**
 * The procurement open dataset: one record per purchase or hire, with the columns of สขร.๑ under
 * stable English names, amounts in baht as numbers and dates in ISO 8601.
 */
final class ProcurementDataset {

	static final String NAME = "procurement";

	/** The record fields, in order; {@code bids} is a list, flattened into its own table for CSV. */
	static final List<String> FIELDS = List.of("month", "sequence", "subject", "budget_baht", "reference_price_baht",
			"method", "selected_bidder", "agreed_price_baht", "reason", "contract_number", "contract_date");

	static final List<String> BID_FIELDS = List.of("month", "sequence", "bidder", "offered_price_baht");

	static final DatasetDescription DESCRIPTION = new DatasetDescription(NAME,
			new LocalizedText("ผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)", "Monthly procurement results (Sor Kor Ror 1)"),
			new LocalizedText("การจัดซื้อจัดจ้างที่ทำสัญญาหรือข้อตกลงในแต่ละเดือน ตามแบบ สขร.๑: งาน วงเงิน ราคากลาง วิธีซื้อหรือจ้าง"
					+ " ผู้เสนอราคาและราคาที่เสนอ ผู้ได้รับการคัดเลือกและราคาที่ตกลง เหตุผล เลขที่และวันที่ของสัญญา",
					"Purchases and hires contracted each month, as the form Sor Kor Ror 1 lists them: what, budget, reference"
							+ " price, method, bidders and their prices, the selected bidder and agreed price, reason, contract"
							+ " number and date"),
			new LocalizedText("เปิดเผยการจัดซื้อจัดจ้างของสถานีตำรวจต่อสาธารณะตามพระราชบัญญัติการจัดซื้อจัดจ้างฯ และการประเมิน ITA",
					"Publishes the police station's procurement as the Public Procurement Act and the ITA ask"),
			List.of("จัดซื้อจัดจ้าง", "สขร.๑", "procurement", "ITA"), "ข้อมูลระเบียน", 1, "public",
			new LocalizedText("ระบบบันทึกการจัดซื้อจัดจ้างของสถานี", "The station's procurement records"),
			List.of(new DatasetDescription.Distribution("json", NAME + ".json", "JSON", "application/json",
					new LocalizedText("ข้อมูลการจัดซื้อจัดจ้าง (JSON)", "Procurement records (JSON)")),
					new DatasetDescription.Distribution("csv", NAME + ".csv", "CSV", "text/csv",
							new LocalizedText("ข้อมูลการจัดซื้อจัดจ้าง (CSV)", "Procurement records (CSV)")),
					new DatasetDescription.Distribution("bids-csv", NAME + "-bids.csv", "CSV", "text/csv",
							new LocalizedText("ผู้เสนอราคาและราคาที่เสนอ (CSV)", "Bidders and offered prices (CSV)"))),
			FIELDS);

	private ProcurementDataset() {
	}

	static List<Map<String, Object>> records(YearMonth month, List<Procurement> procurements) {
		List<Map<String, Object>> records = new ArrayList<>();
		for (int i = 0; i < procurements.size(); i++) {
			Procurement p = procurements.get(i);
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("month", month.toString());
			record.put("sequence", i + 1);
			record.put("subject", p.subject());
			record.put("budget_baht", p.budget());
			record.put("reference_price_baht", p.referencePrice());
			record.put("method", p.method().key());
			record.put("selected_bidder", p.selectedBidder());
			record.put("agreed_price_baht", p.agreedPrice());
			record.put("reason", p.reason());
			record.put("contract_number", p.contractNumber());
			record.put("contract_date", p.contractDate().toString());
			List<Map<String, Object>> bids = new ArrayList<>();
			for (Procurement.Bid bid : p.bids()) {
				Map<String, Object> b = new LinkedHashMap<>();
				b.put("bidder", bid.bidder());
				b.put("offered_price_baht", bid.price());
				bids.add(b);
			}
			record.put("bids", bids);
			records.add(record);
		}
		return records;
	}
}
