package org.prongsai.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Generated files read back as their readers will read them, so that a generator can check its
 * files agree with the records before anything is handed out.
 */
final class ReadBack {

	private ReadBack() {
	}

	/** The PDF's text, as a reader copies it out. */
	static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The numbers of a data sheet's column, found by its header, one per record. */
	static List<BigDecimal> column(byte[] xlsx, String sheetName, String header) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet(sheetName);
			int column = -1;
			for (Cell cell : sheet.getRow(0)) {
				if (cell.getStringCellValue().equals(header)) {
					column = cell.getColumnIndex();
				}
			}
			List<BigDecimal> values = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					values.add(BigDecimal.valueOf(row.getCell(column).getNumericCellValue()));
				}
			}
			return values;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The sum of a data sheet's column. */
	static BigDecimal sum(byte[] xlsx, String sheetName, String header) {
		return column(xlsx, sheetName, header).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The Word file's paragraphs and then its tables' cells, each on its own line. */
	static String wordText(byte[] docx) {
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> lines = new ArrayList<>(word.getParagraphs().stream().map(XWPFParagraph::getText).toList());
			for (XWPFTable table : word.getTables()) {
				table.getRows().forEach(row -> row.getTableCells().forEach(cell -> lines.add(cell.getText())));
			}
			return String.join("\n", lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
