package org.prongsai.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class ThaiTypesettingTests {

	final PdfDocuments pdfs = new PdfDocuments(new DocumentTemplates(GeneratedDocumentsTests.messages(), List.of()));

	@Test
	void aToneMarkIsLoweredOntoAConsonantWithoutAnUpperVowelAndStaysAboveOne() {
		assertThat(ThaiForms.shape("ได้รับ")).isEqualTo("ได\uF70Bรับ");
		assertThat(ThaiForms.shape("ผู้ใหญ่")).as("a lower vowel leaves the tone low").isEqualTo("ผู\uF70Bใหญ\uF70A");
		assertThat(ThaiForms.shape("ที่ นั้น เรื่อง")).as("over an upper vowel").isEqualTo("ที่ นั้น เรื่อง");
		assertThat(ThaiForms.shape("น้ำ ต่ำ")).as("over SARA AM's nikhahit").isEqualTo("น้ำ ต่ำ");
		assertThat(ThaiForms.shape("ค่าตอบแทน ข้อมูล")).isEqualTo("ค\uF70Aาตอบแทน ข\uF70Bอมูล");
	}

	@Test
	void marksOverTheTallConsonantsMoveLeftClearOfTheirStem() {
		assertThat(ThaiForms.shape("ป่า ฟ้า")).isEqualTo("ป\uF705า ฟ\uF706า");
		assertThat(ThaiForms.shape("ปี่ ฝั่ง")).isEqualTo("ป\uF702\uF713 ฝ\uF710\uF713ง");
		assertThat(ThaiForms.shape("เป็น ปิด")).isEqualTo("เป\uF712น ป\uF701ด");
	}

	@Test
	void aLowerVowelClearsTheTailOfDoChadaAndTheTailsOfYoYingAndThoThanGiveWay() {
		assertThat(ThaiForms.shape("ฎุ ฏู")).isEqualTo("ฎ\uF718 ฏ\uF719");
		assertThat(ThaiForms.shape("ญุ ฐุ")).isEqualTo("\uF70Fุ \uF700ุ");
		assertThat(ThaiForms.shape("ญาติ ฐาน กฎหมาย")).as("no lower vowel, nothing to clear").isEqualTo("ญาติ ฐาน กฎหมาย");
	}

	@Test
	void shapingKeepsTheLengthAndEveryFormReadsBackAsItsCharacter() {
		String text = GeneratedDocumentsTests.THAI + " ผู้ใหญ่ ไฟฟ้า ฎุ ญุ ฐุ ปั้น ฝื้น Latin text 12,500.50 (ต.ค.–ธ.ค.)";
		String shaped = ThaiForms.shape(text);
		assertThat(shaped).hasSameSizeAs(text).isNotEqualTo(text);
		assertThat(ThaiForms.plain(shaped)).isEqualTo(text);
	}

	@Test
	void theDrawnToneMarkIsTheLoweredGlyphAndReadsBackAsTheToneMark() throws IOException {
		byte[] pdf = pdfs.pdf("platform/sample", Map.of("lines", List.of("ได้รับ ที่"), "rows", List.of()), GeneratedDocumentsTests.INFO);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<TextPosition> drawn = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					drawn.add(text);
					super.processTextPosition(text);
				}
			};
			stripper.getText(document);
			String text = drawn.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
			TextPosition lowered = drawn.get(text.indexOf("ได้รับ") + 2);
			TextPosition high = drawn.get(text.indexOf("ที่") + 2);
			assertThat(lowered.getUnicode()).isEqualTo("\u0E49");
			assertThat(high.getUnicode()).isEqualTo("\u0E48");
			PDType0Font font = (PDType0Font) lowered.getFont();
			// On its consonant (about 0.6 em tall) rather than where an upper vowel would push it (about 0.9 em).
			assertThat(font.getPath(lowered.getCharacterCodes()[0]).getBounds2D().getMinY()).as("ได้").isLessThan(800);
			assertThat(font.getPath(high.getCharacterCodes()[0]).getBounds2D().getMinY()).as("ที่").isGreaterThan(950);
		}
	}

	@Test
	void theSamplePageIsTypesetAsAThaiReaderExpects() {
		ThaiTypesetCheck.assumeReaders();
		ThaiTypesetCheck.assertTypesetWell("platform-page", GeneratedDocumentsTests.sample(pdfs));
	}
}
