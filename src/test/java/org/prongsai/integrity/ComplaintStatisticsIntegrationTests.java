package org.prongsai.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prongsai.integrity.ComplaintFixtures.bangkok;
import static org.prongsai.integrity.ComplaintFixtures.complaint;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.station.StationDirectory;

/**
 * The complaint statistics from records written into the tables: what counts as received, completed
 * and in progress on a day, and that no withheld count can be worked out from what is published.
 * Each test has stations of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
		"spring.datasource.url=jdbc:h2:mem:complaint-statistics;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "prongsai.demo.enabled=false",
		"prongsai.files.root=target/complaint-statistics-tests/files",
		"prongsai.keys.root=target/complaint-statistics-tests/keys" })
class ComplaintStatisticsIntegrationTests {

	static final FiscalYear FY2567 = FiscalYear.of(2567);

	static final LocalDate YEAR_END = LocalDate.of(2024, 9, 30);

	private static final AtomicInteger STATIONS = new AtomicInteger();

	@Autowired
	ComplaintStatistics statistics;

	@Autowired
	ComplaintStatisticsDocuments documents;

	@Autowired
	StationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	UUID station() {
		return ComplaintFixtures.station(jdbc, "stats-" + STATIONS.incrementAndGet(), 8);
	}

	@Test
	void aComplaintConcludedAfterMarchIsInProgressForTheSixMonthsAndCompletedForTheYear() {
		UUID station = station();
		UUID other = station();
		complaint(jdbc, station, "BRIBERY", null, bangkok(2023, 10, 5, 9, 0), "ACKNOWLEDGED", bangkok(2023, 10, 6, 9, 0),
				"CONCLUDED", bangkok(2024, 1, 10, 9, 0));
		complaint(jdbc, station, "BRIBERY", null, bangkok(2023, 11, 1, 9, 0), "INVESTIGATING", bangkok(2023, 11, 20, 9, 0),
				"CONCLUDED", bangkok(2024, 4, 15, 9, 0));
		// Concluded, then reopened: in progress again.
		complaint(jdbc, station, "NEGLECT", null, bangkok(2024, 2, 1, 9, 0), "CONCLUDED", bangkok(2024, 2, 20, 9, 0),
				"INVESTIGATING", bangkok(2024, 3, 5, 9, 0));
		complaint(jdbc, station, "ABUSE_OF_POWER", null, bangkok(2024, 5, 1, 9, 0), "ACKNOWLEDGED", bangkok(2024, 5, 2, 9, 0));
		// Received and concluded late on 31 March, Bangkok time (the afternoon in UTC): within the six months.
		complaint(jdbc, station, "MISCONDUCT", null, bangkok(2024, 3, 31, 20, 0), "CONCLUDED", bangkok(2024, 3, 31, 23, 30));
		// Half past midnight on 1 April in Bangkok is still 31 March in UTC: not within the six months.
		complaint(jdbc, station, "MISCONDUCT", null, bangkok(2024, 4, 1, 0, 30));
		// The year before, and another station's: not counted.
		complaint(jdbc, station, "BRIBERY", null, bangkok(2023, 9, 30, 23, 0), "CONCLUDED", bangkok(2023, 12, 1, 9, 0));
		complaint(jdbc, other, "BRIBERY", null, bangkok(2024, 1, 5, 9, 0));

		ComplaintFigures year = statistics.figures(station, FY2567, YEAR_END);
		assertThat(year.firstSixMonths()).isEqualTo(new ComplaintFigures.Period(FY2567.start(), LocalDate.of(2024, 3, 31), 4, 2));
		assertThat(year.firstSixMonths().inProgress()).isEqualTo(2);
		assertThat(year.yearToDate()).isEqualTo(new ComplaintFigures.Period(FY2567.start(), YEAR_END, 6, 3));
		assertThat(year.yearToDate().inProgress()).isEqualTo(3);

		ComplaintFigures february = statistics.figures(station, FY2567, LocalDate.of(2024, 2, 25));
		assertThat(february.firstSixMonths()).as("as of a day before the end of March, both periods end on it")
			.isEqualTo(new ComplaintFigures.Period(FY2567.start(), LocalDate.of(2024, 2, 25), 3, 2));
		assertThat(february.yearToDate()).isEqualTo(february.firstSixMonths());
		assertThat(february.byMonth().cells()).extracting(ComplaintFigures.Cell::code)
			.containsExactly("2023-10", "2023-11", "2023-12", "2024-01", "2024-02");
		assertThat(statistics.figures(station, FY2567, LocalDate.of(2024, 3, 6)).firstSixMonths().completed())
			.as("reopened on 5 March").isEqualTo(1);

		Map<UUID, ComplaintFigures> both = statistics.figures(List.of(other, station), FY2567, YEAR_END);
		assertThat(both.keySet()).containsExactly(other, station);
		assertThat(both.get(station)).isEqualTo(year);
		assertThat(both.get(other).yearToDate().received()).isEqualTo(1);
	}

	@Test
	void countsBelowThreeAreWithheldWithAPartnerAndTheRestAreShownAsTheyAre() {
		UUID station = station();
		UUID traffic = ComplaintFixtures.unit(jdbc, station, 1, "งานจราจร", "Traffic");
		UUID inquiry = ComplaintFixtures.unit(jdbc, station, 2, "งานสอบสวน", "Inquiry");
		for (int i = 0; i < 5; i++) {
			complaint(jdbc, station, "BRIBERY", traffic, bangkok(2023, 10, 2 + i, 9, 0));
		}
		for (int i = 0; i < 4; i++) {
			complaint(jdbc, station, "NEGLECT", inquiry, bangkok(2023, 11, 2 + i, 9, 0));
		}
		complaint(jdbc, station, "PROCUREMENT", null, bangkok(2024, 4, 2, 9, 0));

		ComplaintFigures figures = statistics.figures(station, FY2567, YEAR_END);
		assertThat(figures.byCategory().cells()).extracting(ComplaintFigures.Cell::code)
			.containsExactly("BRIBERY", "ABUSE_OF_POWER", "NEGLECT", "MISCONDUCT", "PROCUREMENT", "OTHER");
		assertThat(counts(figures.byCategory())).as("procurement's 1 takes the smaller count above zero with it")
			.containsExactly(5L, 0L, null, 0L, null, 0L);
		assertThat(figures.byCategory().cells().get(0).label().th()).isEqualTo("เรียกรับสินบนหรือผลประโยชน์");
		assertThat(counts(figures.byUnit())).containsExactly(5L, null, null);
		assertThat(figures.byUnit().cells().get(2).label().en()).isEqualTo("No unit named");
		assertThat(counts(figures.byMonth()))
			.as("April's 1 is protected within April to September, whose total the two published totals give")
			.containsExactly(5L, 4L, 0L, 0L, 0L, 0L, null, null, 0L, 0L, 0L, 0L);
	}

	@Test
	void noWithheldCountCanBeWorkedOutFromThePublishedTotalsAndEveryShownCountIsTrue() {
		Random random = new Random(2567);
		List<String> categories = ComplaintStatistics.CATEGORIES;
		for (int trial = 0; trial < 12; trial++) {
			UUID station = station();
			List<UUID> units = new ArrayList<>();
			for (int u = 0; u < 1 + random.nextInt(4); u++) {
				units.add(ComplaintFixtures.unit(jdbc, station, u + 1, "หน่วย " + u, "Unit " + u));
			}
			Map<String, Long> byCategory = new HashMap<>();
			Map<String, Long> byMonth = new HashMap<>();
			Map<String, Long> byUnit = new HashMap<>();
			int complaints = random.nextInt(14);
			for (int i = 0; i < complaints; i++) {
				String category = categories.get(random.nextInt(random.nextBoolean() ? 2 : categories.size()));
				UUID unit = random.nextInt(4) == 0 ? null : units.get(random.nextInt(units.size()));
				YearMonth month = FY2567.months().get(random.nextInt(random.nextBoolean() ? 3 : 12));
				complaint(jdbc, station, category, unit, bangkok(month.getYear(), month.getMonthValue(), 1 + random.nextInt(28),
						random.nextInt(24), 0));
				byCategory.merge(category, 1L, Long::sum);
				byMonth.merge(month.toString(), 1L, Long::sum);
				byUnit.merge(unit == null ? ComplaintStatistics.NONE : unit.toString(), 1L, Long::sum);
			}
			ComplaintFigures figures = statistics.figures(station, FY2567, YEAR_END);
			assertThat(figures.yearToDate().received()).isEqualTo(complaints);
			assertProtected(figures.byCategory().cells(), byCategory);
			assertProtected(figures.byUnit().cells(), byUnit);
			assertProtected(figures.byMonth().cells().subList(0, 6), byMonth);
			assertProtected(figures.byMonth().cells().subList(6, 12), byMonth);
		}
	}

	/**
	 * The cells of one breakdown published against a total: a shown count is the true one, every
	 * count below three is withheld, and never exactly one count is, so none is the total less the rest.
	 */
	private static void assertProtected(List<ComplaintFigures.Cell> cells, Map<String, Long> truth) {
		long hidden = 0;
		for (ComplaintFigures.Cell cell : cells) {
			long actual = truth.getOrDefault(cell.code(), 0L);
			if (cell.hidden()) {
				hidden++;
			}
			else {
				assertThat(cell.count()).as(cell.code()).isEqualTo(actual);
				assertThat(SmallCells.small(actual)).as(cell.code() + " shown").isFalse();
			}
		}
		assertThat(hidden).as("withheld counts of %s", cells).isNotEqualTo(1);
	}

	@Test
	void aYearWithoutComplaintsSaysSoInThePdfAndTheWorkbookHasItsZeros() throws Exception {
		UUID station = station();
		ComplaintFigures figures = statistics.figures(station, FY2567, LocalDate.of(2024, 3, 31));
		assertThat(figures.none()).isTrue();
		ComplaintStatisticsDocuments.Generated files = documents.generate(directory.find(station).orElseThrow(), figures);
		String text = pdfText(files.pdf());
		assertThat(text).contains("สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ พ.ศ. 2567 ข้อมูล ณ วันที่ 31 มีนาคม 2567",
				"ไม่มีเรื่องร้องเรียน", "No complaints received", "รอบ 6 เดือนแรก", "ข้อมูล ณ วันที่ 31 มีนาคม 2567",
				"Data as of 31 March 2024").doesNotContain("จำแนกตามประเภท");
		assertThat(files.title().en())
			.isEqualTo("Corruption and misconduct complaint statistics, fiscal year 2567, as of 31 March 2024");
		assertThat(files.info().dated()).isEqualTo(LocalDate.of(2024, 3, 31));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.xlsx()))) {
			Sheet totals = workbook.getSheet("totals");
			assertThat(totals.getLastRowNum()).isEqualTo(2);
			assertThat(totals.getRow(1).getCell(0).getStringCellValue()).isEqualTo("first_six_months");
			assertThat(totals.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(totals.getRow(1).getCell(3).getNumericCellValue()).isZero();
			assertThat(workbook.getSheet("metadata")).isNotNull();
		}
		assertThat(documents.generate(directory.find(station).orElseThrow(), figures).pdf())
			.as("the same records give the same bytes").isEqualTo(files.pdf());
	}

	@Test
	void theFilesShowTheFiguresAndWithholdWhatIsWithheld() throws Exception {
		UUID station = station();
		for (int i = 0; i < 3; i++) {
			complaint(jdbc, station, "BRIBERY", null, bangkok(2023, 12, 1 + i, 9, 0), "CONCLUDED", bangkok(2024, 1, 5, 9, 0));
		}
		complaint(jdbc, station, "OTHER", null, bangkok(2024, 1, 10, 9, 0));
		ComplaintFigures figures = statistics.figures(station, FY2567, YEAR_END);
		ComplaintStatisticsDocuments.Generated files = documents.generate(directory.find(station).orElseThrow(), figures);
		String text = pdfText(files.pdf());
		assertThat(text).contains("เรียกรับสินบนหรือผลประโยชน์", "Asking for or taking a bribe", "น้อยกว่า 3", "< 3", "ไม่ระบุหน่วย", "ธ.ค. 2566",
				"ข้อมูล ณ วันที่ 30 กันยายน 2567").doesNotContain("ไม่มีเรื่องร้องเรียน");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.xlsx()))) {
			Row year = workbook.getSheet("totals").getRow(2);
			assertThat(year.getCell(3).getNumericCellValue()).isEqualTo(4);
			assertThat(year.getCell(4).getNumericCellValue()).isEqualTo(3);
			assertThat(year.getCell(5).getNumericCellValue()).isEqualTo(1);
			Sheet breakdowns = workbook.getSheet("breakdowns");
			Row bribery = breakdowns.getRow(1);
			assertThat(bribery.getCell(1).getStringCellValue()).isEqualTo("BRIBERY");
			assertThat(bribery.getCell(4)).as("3 and 1: both withheld").isNull();
			assertThat(bribery.getCell(5).getBooleanCellValue()).isTrue();
			Row abuse = breakdowns.getRow(2);
			assertThat(abuse.getCell(4).getNumericCellValue()).isZero();
			assertThat(abuse.getCell(5).getBooleanCellValue()).isFalse();
		}
	}

	private static List<@Nullable Long> counts(ComplaintFigures.Breakdown breakdown) {
		return breakdown.cells().stream().map(ComplaintFigures.Cell::count).toList();
	}

	static String pdfText(byte[] pdf) throws java.io.IOException {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			// Lines break where the page's width falls: compare the words.
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
