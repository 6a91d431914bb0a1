package org.prongsai.platform.documents;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets and programs both read it: UTF-8 with a byte order mark (so Excel shows
 * Thai), one header row, every field quoted (RFC 4180), lines ended with CRLF. Text that a
 * spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a carriage
 * return) is prefixed with an apostrophe, so opening a file never runs anything; numbers are
 * written as numbers. Uploaded CSV is read by {@link org.prongsai.platform.files.UploadedTable}.
 */
public final class CsvTable {

	private CsvTable() {
	}

	public static byte[] of(List<String> header, List<? extends List<?>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, header);
		rows.forEach(row -> line(out, row));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<?> cells) {
		for (int c = 0; c < cells.size(); c++) {
			out.append(c == 0 ? "" : ",").append('"').append(field(cells.get(c)).replace("\"", "\"\"")).append('"');
		}
		out.append("\r\n");
	}

	/** A cell's text: numbers as plain numbers, text made inert. */
	static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		String text = value.toString();
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}
}
