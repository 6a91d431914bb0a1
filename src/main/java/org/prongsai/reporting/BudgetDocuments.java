package org.prongsai.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.prongsai.disclosure.LocalizedText;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.calendar.ThaiDateFormat;
import org.prongsai.platform.documents.DocumentInfo;
import org.prongsai.platform.documents.PdfDocuments;
import org.prongsai.platform.documents.Spreadsheet;
import org.prongsai.station.StationView;

/**
 * The budget item's documents (O12 in FY2567), each a PDF in the government layout and a
 * machine-readable workbook from the same records: the year's spending plan by source of funds,
 * category and quarter; and the six-month report of the result against the plan, with the
 * problems, the suggestions and the commander's acknowledgement. Both files are read back and
 * must agree with the records before they are handed out.
 */
@Component
class BudgetDocuments {

	static final String PLAN_KIND = "budget-plan";

	static final String REPORT_KIND = "budget-report";

	private static final Locale THAI = Locale.forLanguageTag("th");

	private static final ThaiDateFormat DATES = ThaiDateFormat.of(THAI);

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	BudgetDocuments(PdfDocuments pdfs, MessageSource messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	/**
	 * The year's plan.
	 * @param dated the day the plan is as of: the day it last changed
	 */
	GeneratedFiles.PdfAndWorkbook plan(StationView station, FiscalYear year, List<BudgetLine> lines, LocalDate dated) {
		DocumentInfo info = new DocumentInfo(planTitle(year).th(), station.profile().nameTh(),
				message("reporting.document.budget.plan.subject"), dated);
		List<PlanGroup> groups = new ArrayList<>();
		List<List<?>> rows = new ArrayList<>();
		int sequence = 0;
		for (BudgetLine.Label source : BudgetLine.SOURCES) {
			List<PlanRow> planRows = new ArrayList<>();
			for (BudgetLine line : lines) {
				if (line.source().equals(source)) {
					planRows.add(new PlanRow(++sequence, line, line.planned()));
					Map<String, Object> record = BudgetDataset.plan(sequence, line);
					rows.add(BudgetDataset.PLAN_FIELDS.stream().map(record::get).toList());
				}
			}
			if (!planRows.isEmpty()) {
				groups.add(new PlanGroup(source, planRows));
			}
		}
		PlanRow total = PlanRow.total(lines);
		byte[] pdf = pdfs.pdf("reporting/budget-plan", Map.of("station", station, "year", year, "groups", groups, "total",
				total), info);
		byte[] xlsx = Spreadsheet.of(info)
			.data("plan", BudgetDataset.PLAN_FIELDS, rows)
			.describe("dataset", info.title())
			.describe("station", station.code() + " " + station.profile().nameTh())
			.describe("fiscal_year", String.valueOf(year.beYear()))
			.describe("period", year.start() + "/" + year.end())
			.describe("as_of", dated.toString())
			.describe("lines", String.valueOf(lines.size()))
			.describe("quarters", "Q1 Oct-Dec, Q2 Jan-Mar, Q3 Apr-Jun, Q4 Jul-Sep")
			.describe("source", "Prongsai budget plan of the station")
			.describe("amounts", "Thai baht")
			.bytes();
		agree(pdf, xlsx, "plan", "planned_year_baht", total.sum());
		return new GeneratedFiles.PdfAndWorkbook(pdf, xlsx, info);
	}

	/** The six-month report, acknowledged or (for checking before the commander has) not. */
	GeneratedFiles.PdfAndWorkbook report(StationView station, SixMonthReport report) {
		DocumentInfo info = new DocumentInfo(reportTitle(report.year()).th(), station.profile().nameTh(),
				message("reporting.document.budget.report.subject"), report.asOf());
		List<ReportRow> rows = report.rows().stream().map(ReportRow::new).toList();
		byte[] pdf = pdfs.pdf("reporting/budget-report", Map.of("station", station, "report", report, "rows", rows,
				"total", ReportRow.total(report), "problems", paragraphs(report.problems()), "suggestions",
				paragraphs(report.suggestions())), info);
		List<List<?>> records = BudgetDataset.records(report).stream()
			.<List<?>>map(r -> BudgetDataset.FIELDS.stream().map(r::get).toList())
			.toList();
		List<List<?>> paid = new ArrayList<>();
		for (BudgetDisbursement d : report.disbursements()) {
			SixMonthReport.Row row = report.rows().stream().filter(r -> r.line().id().equals(d.lineId())).findFirst().orElseThrow();
			paid.add(List.of(d.paidOn(), row.sequence(), row.line().description(), d.amount(), d.note()));
		}
		SixMonthReport.Acknowledgement acknowledged = report.acknowledged() ? report.acknowledgement() : null;
		byte[] xlsx = Spreadsheet.of(info)
			.data("report", BudgetDataset.FIELDS, records)
			.data("disbursements", List.of("paid_on", "sequence", "description", "amount_baht", "note"), paid)
			.describe("dataset", info.title())
			.describe("station", station.code() + " " + station.profile().nameTh())
			.describe("fiscal_year", String.valueOf(report.year().beYear()))
			.describe("period", BudgetDataset.period(report))
			.describe("as_of", report.asOf().toString())
			.describe("problems", report.problems())
			.describe("suggestions", report.suggestions())
			.describe("acknowledged_by", acknowledged == null ? "" : acknowledged.name())
			.describe("acknowledged_on", acknowledged == null ? "" : acknowledged.day().toString())
			.describe("source", "Prongsai budget plan and disbursement records of the station")
			.describe("amounts", "Thai baht; percentages of the plan; dates ISO 8601")
			.bytes();
		agree(pdf, xlsx, "report", "disbursed_baht", report.disbursed());
		return new GeneratedFiles.PdfAndWorkbook(pdf, xlsx, info);
	}

	/** The plan's title in Thai and English, for the file and for the item page. */
	LocalizedText planTitle(FiscalYear year) {
		return new LocalizedText(message("reporting.document.budget.plan.title", year.beYear()),
				messages.getMessage("reporting.document.budget.plan.title", new Object[] { year.beYear() }, Locale.ENGLISH));
	}

	LocalizedText reportTitle(FiscalYear year) {
		LocalDate asOf = year.firstSixMonths().endInclusive();
		return new LocalizedText(message("reporting.document.budget.report.title", year.beYear(), DATES.longDate(asOf)),
				messages.getMessage("reporting.document.budget.report.title",
						new Object[] { year.beYear(), ThaiDateFormat.of(Locale.ENGLISH).longDate(asOf) }, Locale.ENGLISH));
	}

	/** Reads both files back; a disagreement is a defect, so nothing is published from it. */
	private static void agree(byte[] pdf, byte[] xlsx, String sheet, String column, BigDecimal total) {
		if (ReadBack.sum(xlsx, sheet, column).compareTo(total) != 0 || !ReadBack.pdfText(pdf).contains(EntryFields.baht(total))) {
			throw new IllegalStateException("the generated " + sheet + " PDF and workbook do not agree (total " + total + ")");
		}
	}

	private static List<String> paragraphs(String text) {
		return text.isBlank() ? List.of() : List.of(text.strip().split("\\R\\s*\\R|\\R"));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, THAI);
	}

	/**
	 * A row of the plan as the PDF shows it: a line, or (without one) the sum of several.
	 * @param planned the four quarters' amounts
	 */
	record PlanRow(int sequence, @Nullable BudgetLine line, List<BigDecimal> planned) {

		/** The row that adds up the lines. */
		static PlanRow total(List<BudgetLine> lines) {
			List<BigDecimal> quarters = new ArrayList<>();
			for (int q = 0; q < 4; q++) {
				int quarter = q;
				quarters.add(lines.stream().map(l -> l.planned().get(quarter)).reduce(BigDecimal.ZERO, BigDecimal::add));
			}
			return new PlanRow(0, null, quarters);
		}

		BigDecimal sum() {
			return planned.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		public List<String> quarters() {
			return planned.stream().map(EntryFields::baht).toList();
		}

		public String year() {
			return EntryFields.baht(sum());
		}
	}

	/** The lines of one source of funds, with their subtotal. */
	record PlanGroup(BudgetLine.Label source, List<PlanRow> rows) {

		public PlanRow subtotal() {
			return PlanRow.total(rows.stream().map(PlanRow::line).toList());
		}
	}

	/** A line of the report as the PDF shows it, its amounts and percentages written out. */
	record ReportRow(int sequence, @Nullable BudgetLine line, String plannedYear, String plannedFirstHalf, String disbursed,
			String percentOfFirstHalf, String percentOfYear) {

		ReportRow(SixMonthReport.Row row) {
			this(row.sequence(), row.line(), EntryFields.baht(row.line().plannedYear()),
					EntryFields.baht(row.line().plannedFirstHalf()), EntryFields.baht(row.disbursed()),
					percent(row.percentOfFirstHalf()), percent(row.percentOfYear()));
		}

		static ReportRow total(SixMonthReport report) {
			return new ReportRow(0, null, EntryFields.baht(report.plannedYear()), EntryFields.baht(report.plannedFirstHalf()),
					EntryFields.baht(report.disbursed()), percent(report.percentOfFirstHalf()), percent(report.percentOfYear()));
		}

		private static String percent(@Nullable BigDecimal value) {
			return value == null ? "-" : value.toPlainString();
		}
	}

}
