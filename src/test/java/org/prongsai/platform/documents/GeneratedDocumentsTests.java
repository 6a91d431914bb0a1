package org.prongsai.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class GeneratedDocumentsTests {

	static final String THAI = "ปี่ ที่ นั้น ผู้ใหญ่ ญาติ กฎหมาย น้ำ ต่ำ ค่ำ ซ้ำ ค้ำประกัน ทุ่ง ฤๅษี";

	static final DocumentInfo INFO = new DocumentInfo("สรุปผลการจัดซื้อจัดจ้าง เดือนมีนาคม 2567", "สถานีตำรวจภูธรกมลา",
			"สขร.๑", LocalDate.of(2024, 3, 31));

	final PdfDocuments pdfs = new PdfDocuments(new DocumentTemplates(messages(), List.of()));

	@Test
	void thaiTextComesBackExactlyFromThePdfWithTheFontEmbedded() throws IOException {
		byte[] pdf = sample();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(THAI, "สรุปผลการจัดซื้อจัดจ้าง เดือนมีนาคม 2567", "วัสดุสำนักงาน", "หน้า 1 จาก 1");
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(font.getName()).contains("Laksaman");
				}
			}
			assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4 width in points").isBetween(595f, 596f);
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo(INFO.title());
			assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(INFO.timestamp());
		}
	}

	@Test
	void popplerExtractsTheSameThaiText() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")) || System.getenv("CI") != null,
				"pdftotext (poppler-utils) is not installed");
		Path file = Files.createTempFile("sample-", ".pdf");
		try {
			Files.write(file, sample());
			Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
			String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(text).contains(THAI, "วัสดุสำนักงาน");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void libreOfficeOpensTheWorkbookAndTheWordFileAndReadsTheirContent() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")) || System.getenv("CI") != null,
				"LibreOffice is not installed");
		Path dir = Files.createTempDirectory("office-");
		try {
			Files.write(dir.resolve("sample.xlsx"), workbook());
			Files.write(dir.resolve("sample.docx"), word());
			office(dir, "csv:Text - txt - csv (StarCalc):44,34,76", dir.resolve("sample.xlsx"));
			office(dir, "txt:Text (encoded):UTF8", dir.resolve("sample.docx"));
			assertThat(Files.readString(dir.resolve("sample.csv"))).as("the data sheet, read by Calc")
				.contains("item,price,date", "วัสดุสำนักงาน,12500.5,");
			assertThat(Files.readString(dir.resolve("sample.txt"))).as("the Word file, read by Writer")
				.contains(INFO.title(), THAI, "วัสดุสำนักงาน", "12,500.50");
		}
		finally {
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
		}
	}

	/** Converts a file with LibreOffice, in a profile of its own so it never meets a user's or another run's. */
	private static void office(Path dir, String filter, Path file) throws Exception {
		Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
				"--convert-to", filter, "--outdir", dir.toString(), file.toString())
			.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished: " + output).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
	}

	@Test
	void theSameContentGivesTheSameBytes() {
		assertThat(sample()).isEqualTo(sample());
		assertThat(workbook()).isEqualTo(workbook());
		assertThat(word()).isEqualTo(word());
	}

	@Test
	void theWorkbookHasTypedCellsOneHeaderRowNoMergesAndItsMetadata() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbook()))) {
			Sheet data = workbook.getSheet("procurement");
			assertThat(data.getNumMergedRegions()).isZero();
			assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("item");
			assertThat(data.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(data.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(12500.5);
			assertThat(data.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(data.getRow(1).getCell(2))).isTrue();
			assertThat(data.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 5));
			assertThat(data.getRow(2).getCell(0).getCellType()).as("a formula-looking text stays text").isEqualTo(CellType.STRING);
			assertThat(data.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
			assertThat(data.getRow(2).getCell(2)).as("no value, no cell").isNull();
			Sheet about = workbook.getSheet("metadata");
			assertThat(about.getRow(1).getCell(0).getStringCellValue()).isEqualTo("station");
			assertThat(about.getRow(1).getCell(1).getStringCellValue()).isEqualTo("kamala");
		}
	}

	@Test
	void theWordFileHasRealParagraphsAndTables() throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word()))) {
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo(INFO.title());
			assertThat(document.getParagraphs()).extracting(p -> p.getText()).contains(THAI);
			assertThat(document.getTables()).hasSize(1);
			assertThat(document.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("วัสดุสำนักงาน");
			assertThat(document.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
			assertThat(document.getAllPictures()).isEmpty();
		}
	}

	@Test
	void theWordFileAndTheWorkbookAreSetInTheGovernmentsThaiFontWithLaksamanInItsPlace() throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word()))) {
			assertThat(document.getParagraphs()).flatExtracting(XWPFParagraph::getRuns).isNotEmpty()
				.allSatisfy(run -> assertThat(run.getFontFamily(XWPFRun.FontCharRange.cs)).isEqualTo("TH Sarabun New"))
				.allSatisfy(run -> assertThat(run.getCTR().xmlText()).as("marked Thai").contains("w:bidi=\"th-TH\""));
			PackagePart fonts = document.getPackage().getPartsByContentType(XWPFRelation.FONT_TABLE.getContentType()).get(0);
			assertThat(new String(fonts.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
				.contains("<w:font w:name=\"TH Sarabun New\"><w:altName w:val=\"Laksaman\"/><w:charset w:val=\"DE\"/>");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbook()))) {
			for (int i = 0; i < workbook.getNumberOfFonts(); i++) {
				assertThat(workbook.getFontAt(i).getFontName()).isEqualTo("TH Sarabun New");
				assertThat(workbook.getFontAt(i).getCharSet()).as("Thai").isEqualTo(222);
				assertThat(workbook.getFontAt(i).getScheme()).as("not the theme's Calibri").isEqualTo(FontScheme.NONE);
			}
		}
	}

	@Test
	void csvKeepsThaiReadableNumbersPlainAndFormulasInert() {
		String csv = new String(CsvTable.of(List.of("subject", "amount", "note"),
				List.of(java.util.Arrays.asList("=HYPERLINK(\"http://x\")", new java.math.BigDecimal("14200.50"), null),
						List.of("+66 81 000 0000", -5, "@SUM(A1)"), List.of("วัสดุสำนักงาน", 1, "-ลด"))),
				StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("\uFEFF\"subject\",\"amount\",\"note\"\r\n"
				+ "\"'=HYPERLINK(\"\"http://x\"\")\",\"14200.50\",\"\"\r\n"
				+ "\"'+66 81 000 0000\",\"-5\",\"'@SUM(A1)\"\r\n"
				+ "\"วัสดุสำนักงาน\",\"1\",\"'-ลด\"\r\n");
	}

	private byte[] sample() {
		return sample(pdfs);
	}

	static byte[] sample(PdfDocuments pdfs) {
		return pdfs.pdf("platform/sample", Map.of("lines", List.of(THAI, "ข้อความภาษาไทยยาว ๆ ".repeat(30)),
				"rows", List.of(List.of("วัสดุสำนักงาน", "12,500.50"))), INFO);
	}

	private static byte[] workbook() {
		return Spreadsheet.of(INFO)
			.data("procurement", List.of("item", "price", "date"),
					List.of(List.of("วัสดุสำนักงาน", 12500.5, LocalDate.of(2024, 3, 5)),
							java.util.Arrays.asList("=HYPERLINK(\"http://x\")", 1, null)))
			.describe("station", "kamala")
			.bytes();
	}

	private static byte[] word() {
		return WordDocument.of(INFO).heading(INFO.title()).paragraph(THAI, false)
			.table(List.of("รายการ", "จำนวนเงิน"), List.of(List.of("วัสดุสำนักงาน", "12,500.50")))
			.bytes();
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/platform");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
