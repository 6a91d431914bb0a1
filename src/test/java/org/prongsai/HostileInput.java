package org.prongsai;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What an attacker, a broken client or an unlucky paste sends instead of what a form asks for:
 * values for every kind of field and files that lie about what they are. The same seed gives the
 * same choices.
 */
final class HostileInput {

	/** Reflected as markup it would run; the fuzz checks it never comes back unescaped. */
	static final String SCRIPT = "<script>alert('prongsai-fuzz')</script>";

	static final String IMAGE = "\"><img src=x onerror=alert(1)>";

	/** The values that would run if a page put them in as markup. */
	static final List<String> MARKUP = List.of(SCRIPT, IMAGE);

	/** Any field: lengths, invisible and control characters, scripts, other languages, injections. */
	static final List<String> TEXT = List.of("", " ", "\t\r\n", "x".repeat(300), "ก".repeat(5_000), "x".repeat(100_000),
			"\u0000", "a\u0000b", "\u0001\u0002\u0007\u001b[31m", "\u007f\u0085\u009f", "\u202eexe.pdf",
			"\u200b\u200c\u200d\ufeff", "\u2028\u2029", "😀🚓👮", "𝕏𝕐 \ud835\udd4f", "\ufffd\ufffe", SCRIPT,
			IMAGE, "' OR '1'='1' --", "1; DROP TABLE station; --", "%00%0d%0a", "../../etc/passwd",
			"${7*7}", "[[${7*7}]]", "__${7*7}__::.x", "{{7*7}}", "=HYPERLINK(\"http://evil.example\")", "@SUM(1+1)",
			"null", "undefined", "true", "สวัสดี ภาษาไทย ๑๒๓", "مرحبا بالعالم", "Ζ̸̡̛͓a̷l̵g̸o̶");

	/** Numbers: negative, huge, not numbers at all, in Thai digits. */
	static final List<String> NUMBER = List.of("-1", "0", "-0", "2147483648", "-2147483649", "9223372036854775808",
			"99999999999999999999.99", "1e309", "-1e309", "NaN", "Infinity", "1,5", "1.5.5", "0x10", "๑๒๓", "１２３", "1 000",
			"+1", "0.0000001", "1E+2", "", " ", "abc");

	/** Days and months: impossible, far outside any calendar a database keeps, in other shapes. */
	static final List<String> DATE = List.of("-999999999-01-01", "+999999999-12-31", "999999999-12-31", "0000-00-00",
			"0001-01-01", "2024-02-30", "2024-13-01", "2024-00-10", "9999-12-31", "2567-01-01", "๒๕๖๗-๐๑-๐๑", "2024-1-1",
			"31/12/2024", "2024-12-31T25:61", "-999999999-01", "999999999-12", "2024-13", "2024-00", "", "yesterday");

	/** Ids and choices that are not any record's or option's. */
	static final List<String> ID = List.of("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
			"not-a-uuid", "-1", "0", "9999999999", "../admin", "' OR 1=1", "NOT_A_CHOICE", "");

	static final List<String> TIME = List.of("25:61", "-01:00", "24:00", "12", "noon", "23:59:60", "");

	/** A PNG whose first chunk length is -12: a walker that trusts it steps back to where it was, for ever. */
	static final byte[] NEGATIVE_CHUNK_PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', (byte) 0xff,
			(byte) 0xff, (byte) 0xff, (byte) 0xf4, 'I', 'H', 'D', 'R' };

	/** A WebP whose first chunk length is -8. */
	static final byte[] NEGATIVE_CHUNK_WEBP = { 'R', 'I', 'F', 'F', 0x10, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8',
			'X', (byte) 0xf8, (byte) 0xff, (byte) 0xff, (byte) 0xff };

	/** The start of a PDF, cut off in its first object. */
	static final byte[] TRUNCATED_PDF = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Len"
		.getBytes(StandardCharsets.ISO_8859_1);

	/** A workbook's parts, one of them 256 MB of zeros in about a quarter of a megabyte. */
	static final byte[] ZIP_BOMB_XLSX = zipBomb(256);

	/** A CSV with the header of the statistics import and values no import may take. */
	static final byte[] HOSTILE_CSV = ("month,offence,reported,solved,arrested\n"
			+ "-999999999-01,THEFT,-1,99999999999999999999,=1+1\n" + "2024-13,\u0000,๑๒,NaN,1e309\n"
			+ "\"unclosed,quote\n").getBytes(StandardCharsets.UTF_8);

	/** A CSV with the header of the bank's reconciliation file and values no bank writes. */
	static final byte[] HOSTILE_BANK_CSV = ("date,reference1,reference2,amount\n"
			+ "-999999999-01-01,REF,REF,99999999999999999999.99\n" + "2024-02-30,' OR 1=1,,-5\n")
		.getBytes(StandardCharsets.UTF_8);

	/** What is not UTF-8 at all. */
	static final byte[] NOT_TEXT = { (byte) 0xc3, (byte) 0x28, (byte) 0xa0, (byte) 0xa1, (byte) 0xe2, (byte) 0x28,
			(byte) 0xa1, 0, (byte) 0xff, (byte) 0xfe };

	/** A real PNG of one pixel. */
	static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	/** A hostile upload: what it is, its name and the browser's claim. */
	record Upload(String label, String fileName, String contentType, byte[] content) {
	}

	static final List<Upload> UPLOADS = List.of(
			new Upload("png-negative-chunk", "photo.png", "image/png", NEGATIVE_CHUNK_PNG),
			new Upload("webp-negative-chunk", "photo.webp", "image/webp", NEGATIVE_CHUNK_WEBP),
			new Upload("truncated-pdf", "report.pdf", "application/pdf", TRUNCATED_PDF),
			new Upload("zip-bomb-xlsx", "figures.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					ZIP_BOMB_XLSX),
			new Upload("hostile-csv", "import.csv", "text/csv", HOSTILE_CSV),
			new Upload("hostile-bank-csv", "bank.csv", "text/csv", HOSTILE_BANK_CSV),
			new Upload("not-text-csv", "import.csv", "text/csv", NOT_TEXT),
			new Upload("nul-in-name", "photo\u0000.png", "image/png", PNG),
			new Upload("control-in-name", "photo\u0007\u001b.png", "image/png", PNG),
			new Upload("rtl-override-name", "photo\u202egnp.exe", "image/png", PNG),
			new Upload("long-thai-name", "รูป".repeat(200) + ".png", "image/png", PNG),
			new Upload("path-in-name", "..\\..\\windows\\win.ini", "image/png", PNG),
			new Upload("png-claiming-pdf", "report.pdf", "application/pdf", PNG),
			new Upload("empty-file", "empty.pdf", "application/pdf", new byte[0]));

	private HostileInput() {
	}

	/** A value for a field of this type: mostly of its own kind, sometimes of any. */
	static String valueFor(WebForm.Control control, Random random) {
		List<String> pool = switch (control.type()) {
			case "date", "month" -> DATE;
			case "time" -> TIME;
			case "select", "radio", "checkbox", "hidden" -> random.nextBoolean() ? ID : NUMBER;
			default -> numeric(control.name()) ? NUMBER : TEXT;
		};
		List<String> any = random.nextInt(4) == 0 ? List.of(TEXT, NUMBER, DATE, ID).get(random.nextInt(4)) : pool;
		return any.get(random.nextInt(any.size()));
	}

	private static boolean numeric(String name) {
		String n = name.toLowerCase();
		return n.contains("amount") || n.contains("price") || n.contains("count") || n.contains("strength")
				|| n.contains("version") || n.contains("place") || n.contains("days") || n.contains("year")
				|| n.contains("rating") || n.matches("q[1-4]|.*\\d");
	}

	/** A random token of the shape the portal gives out. */
	static String token(Random random) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
		StringBuilder token = new StringBuilder();
		for (int i = 0; i < 24; i++) {
			token.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return token.toString();
	}

	private static byte[] zipBomb(int megabytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(9);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
					+ ".spreadsheetml.sheet.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
