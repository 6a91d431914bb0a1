package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class DemoFilesTests {

	@Test
	void pdfHasOneA4PageTheTextAndAnXrefWhoseOffsetsPointAtTheObjects() {
		String pdf = new String(DemoFiles.pdf(List.of("Monthly operations report, October 2023", "a (b) c\\d")),
				StandardCharsets.US_ASCII);

		assertThat(pdf).startsWith("%PDF-1.4\n").endsWith("%%EOF\n")
			.contains("/MediaBox [0 0 595 842]", "/Count 1", "(Monthly operations report, October 2023) Tj", "(a \\(b\\) c\\\\d) Tj");
		Matcher startxref = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(pdf);
		assertThat(startxref.find()).isTrue();
		int xref = Integer.parseInt(startxref.group(1));
		assertThat(pdf.substring(xref)).startsWith("xref\n0 6\n0000000000 65535 f \n");
		String[] entries = pdf.substring(xref).split("\n");
		for (int object = 1; object <= 5; object++) {
			String entry = entries[2 + object] + "\n";
			assertThat(entry).hasSize(20).matches("\\d{10} 00000 n \n");
			assertThat(pdf.substring(Integer.parseInt(entry.substring(0, 10)))).startsWith(object + " 0 obj\n");
		}
		Matcher length = Pattern.compile("<< /Length (\\d+) >>\nstream\n").matcher(pdf);
		assertThat(length.find()).isTrue();
		assertThat(pdf.substring(length.end(), length.end() + Integer.parseInt(length.group(1))))
			.startsWith("BT").endsWith("ET");
		assertThat(pdf.substring(length.end() + Integer.parseInt(length.group(1)))).startsWith("\nendstream");
	}

	@Test
	void pdfRefusesLinesItsFontCannotShow() {
		assertThatThrownBy(() -> DemoFiles.pdf(List.of("รายงาน"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void docxHasThePartsWordNeedsAndTheParagraphsEscaped() throws IOException {
		Map<String, String> parts = unzip(DemoFiles.docx(List.of("รายงานผลการปฏิบัติราชการประจำเดือนตุลาคม 2566", "A & <B>")));

		assertThat(parts.keySet()).containsExactly("[Content_Types].xml", "_rels/.rels", "word/document.xml");
		assertThat(DemoFiles.docx(List.of("a"))).as("the same content, the same bytes").isEqualTo(DemoFiles.docx(List.of("a")));
		assertThat(parts.get("[Content_Types].xml")).contains("PartName=\"/word/document.xml\"",
				"wordprocessingml.document.main+xml");
		assertThat(parts.get("_rels/.rels")).contains("Target=\"word/document.xml\"");
		assertThat(parts.get("word/document.xml")).contains("รายงานผลการปฏิบัติราชการประจำเดือนตุลาคม 2566", "A &amp; &lt;B&gt;")
			.doesNotContain("<B>");
	}

	@Test
	void xlsxHasThePartsExcelNeedsAHeaderRowAndNumberCells() throws IOException {
		Map<String, String> parts = unzip(DemoFiles.xlsx("สถิติคดี", List.of("กลุ่มคดี", "รับแจ้ง (ราย)"),
				List.of(List.of("กลุ่มที่ 1", 3), List.of("กลุ่มที่ 2", 92.79))));

		assertThat(parts.keySet()).containsExactly("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
				"xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml");
		assertThat(parts.get("xl/workbook.xml")).contains("<sheet name=\"สถิติคดี\" sheetId=\"1\" r:id=\"rId1\"/>");
		assertThat(parts.get("xl/_rels/workbook.xml.rels")).contains("Id=\"rId1\"", "Target=\"worksheets/sheet1.xml\"");
		assertThat(parts.get("xl/worksheets/sheet1.xml"))
			.contains("<c r=\"A1\" t=\"inlineStr\"><is><t>กลุ่มคดี</t></is></c>", "<c r=\"B2\"><v>3</v></c>",
					"<c r=\"B3\"><v>92.79</v></c>");
	}

	@Test
	void everyPictureIsAPngOfItsSize() throws IOException {
		for (DemoFiles.Picture picture : DemoFiles.Picture.values()) {
			byte[] png = DemoFiles.png(picture, Color.BLUE);
			assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			assertThat(image.getWidth()).isEqualTo(800);
			assertThat(image.getHeight()).isEqualTo(500);
		}
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> parts = new LinkedHashMap<>();
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
				parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(names).doesNotHaveDuplicates();
		parts.values().forEach(xml -> assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""));
		return parts;
	}
}
