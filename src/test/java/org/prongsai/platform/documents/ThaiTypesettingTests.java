package org.prongsai.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
		assertThat(ThaiForms.shape("ค่าตอบแทน ข้อมูล")).isEqualTo("ค\uF70Aาตอบแทน ข\uF70Bอมูล");
	}

	@Test
	void aToneMarkBeforeSaraAmStaysHighOverItsNikhahitAndTheAmNamesBothInTheTextLayer() {
		assertThat(ThaiForms.shape("น้ำ ต่ำ ค๊ำ")).isEqualTo("น\uF731\uF736 ต\uF730\uF735 ค\uF732\uF737");
		assertThat(ThaiForms.plain(ThaiForms.shape("น้ำ ต่ำ ค๊ำ"))).isEqualTo("น้ำ ต่ำ ค๊ำ");
		assertThat(ThaiForms.shape("ทำ ที่ำ")).as("no tone mark, or one above an upper vowel").isEqualTo("ทำ ที่ำ");
		assertThat(ThaiForms.text('\uF731')).as("the mark over the AM").isEmpty();
		assertThat(ThaiForms.text('\uF736')).as("the AM under it").isEqualTo("\u0E49\u0E33");
		assertThat(ThaiForms.text('\uF70B')).isEqualTo("\u0E49");
	}

	@Test
	void theMarkOverSaraAmNamesNoTextAndTheAmAsWideAsAnyOtherNamesBoth() throws IOException {
		DocumentInfo info = GeneratedDocumentsTests.INFO;
		DocumentInfo boldTitle = new DocumentInfo("ค้ำประกัน", info.issuer(), info.subject(), info.dated());
		byte[] pdf = pdfs.pdf("platform/sample", Map.of("lines", List.of("น้ำ น้ ทำ"), "rows", List.of()), boldTitle);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<TextPosition> drawn = drawn(document);
			List<String> texts = drawn.stream().map(TextPosition::getUnicode).toList();
			assertThat(String.join("|", texts)).contains("น|้ำ| |น|้| |ท|ำ", "ค|้ำ|ป|ร|ะ|ก|ั|น");
			assertThat(drawn.get(texts.indexOf("ค")).getFont().getName()).as("the title").contains("Bold");
			TextPosition am = drawn.get(texts.lastIndexOf("\u0E49\u0E33"));
			TextPosition plainAm = drawn.get(texts.indexOf("\u0E33"));
			assertThat(am.getFont().getWidth(am.getCharacterCodes()[0])).as("its advance in the font")
				.isEqualTo(plainAm.getFont().getWidth(plainAm.getCharacterCodes()[0])).isPositive();
		}
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
	void linesBreakWhereTheDictionaryEndsAWordNotInsideAnAbbreviationNorBeforeMaiYamok() {
		assertThat(breaks("ไตรมาส 4 กรกฎาคมถึงกันยายน")).containsExactly("ไตรมาส ", "4 ", "กรกฎาคม", "ถึง", "กันยายน");
		assertThat(breaks("ไตรมาส 1 (ต.ค.–ธ.ค.) ของ พ.ศ. 2567")).containsExactly("ไตรมาส ", "1 ", "(ต.ค.–ธ.ค.) ", "ของ ", "พ.ศ. ",
				"2567");
		assertThat(breaks("ผกก.สภ.กมลา ยาว ๆ นะ")).containsExactly("ผกก.สภ.กมลา ", "ยาว ๆ ", "นะ");
		assertThat(breaks(ThaiForms.shape("ได้รับเรื่องร้องเรียน"))).as("the same words in presentation forms")
			.containsExactly("ได\uF70B", "รับ", "เรื่อง", "ร\uF70Bอง", "เรียน");
	}

	@Test
	void aWordTooLongForItsLineBreaksOnlyBetweenClustersKeepingItsVowelsWithThem() {
		ThaiTextBreaker clusters = ThaiTextBreaker.betweenClusters();
		String text = ThaiForms.shape("เปลี่ยนน้ำไฟฟ้า");
		clusters.setText(text);
		List<String> pieces = new ArrayList<>();
		for (int start = 0, end = clusters.next(); end > 0; start = end, end = clusters.next()) {
			pieces.add(ThaiForms.plain(text.substring(start, end)));
		}
		assertThat(pieces).containsExactly("เป", "ลี่", "ย", "น", "น้ำ", "ไฟ", "ฟ้า");
	}

	@Test
	void theDrawnToneMarkIsTheLoweredGlyphAndReadsBackAsTheToneMark() throws IOException {
		byte[] pdf = pdfs.pdf("platform/sample", Map.of("lines", List.of("ได้รับ ที่"), "rows", List.of()), GeneratedDocumentsTests.INFO);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<TextPosition> drawn = drawn(document);
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
	void aDictionaryWordAndAnAbbreviationAreNeverSplitAcrossTheLinesOfANarrowCell() throws IOException {
		List<String> words = List.of("ไตรมาส", "ที่", "สี่", "คือ", "เดือน", "กรกฎาคม", "ถึง", "กันยายน", "(ต.ค.–ธ.ค.)", "พ.ศ.", "2567",
				"สภ.กมลา", "ได้รับ", "เรื่องร้องเรียน", "น้อยกว่า", "ค่าตอบแทน");
		List<String> cells = new ArrayList<>();
		for (int shift = 0; shift < words.size(); shift++) {
			StringBuilder cell = new StringBuilder();
			for (int i = 0; i < words.size(); i++) {
				cell.append(words.get((i + shift) % words.size())).append(i % 3 == 2 ? " " : "");
			}
			cells.add(cell.toString().strip());
		}
		byte[] pdf = pdfs.pdf("platform/narrow", Map.of("cells", cells), GeneratedDocumentsTests.INFO);

		List<String> lines = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			for (String line : stripper.getText(document).split("\\R")) {
				if (!line.isBlank() && !line.startsWith("หน้า")) {
					lines.add(line.strip());
				}
			}
		}
		assertThat(lines).as("the cells wrap, many times each").hasSizeGreaterThan(3 * cells.size());
		String joined = String.join("|", lines);
		for (String word : List.of("กันยายน", "(ต.ค.–ธ.ค.)", "พ.ศ.", "สภ.กมลา", "กรกฎาคม", "เรื่อง")) {
			assertThat(joined.split(Pattern.quote(word), -1)).as(word + " whole in " + lines)
				.hasSize(cells.size() + 1);
		}
	}

	@Test
	void theSamplePageIsTypesetAsAThaiReaderExpects() {
		ThaiTypesetCheck.assumeReaders();
		ThaiTypesetCheck.assertTypesetWell("platform-page", GeneratedDocumentsTests.sample(pdfs));
	}

	private static List<String> breaks(String text) {
		ThaiTextBreaker words = ThaiTextBreaker.betweenWords();
		words.setText(text);
		List<String> pieces = new ArrayList<>();
		for (int start = 0, end = words.next(); end > 0; start = end, end = words.next()) {
			pieces.add(text.substring(start, end));
		}
		return pieces;
	}

	/** Each glyph drawn that names text, as PDFBox reads it; a glyph that names none it skips. */
	private static List<TextPosition> drawn(PDDocument document) throws IOException {
		List<TextPosition> drawn = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition text) {
				drawn.add(text);
				super.processTextPosition(text);
			}
		};
		stripper.getText(document);
		return drawn;
	}
}
