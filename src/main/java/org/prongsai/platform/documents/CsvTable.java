package org.prongsai.platform.documents;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets and programs both read it: UTF-8 with a byte order mark (so Excel shows
 * Thai), one header row, every field quoted (RFC 4180), lines ended with CRLF. Text that a
 * spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a carriage
 * return) is prefixed with an apostrophe, so opening a file never runs anything; numbers are
 * written as numbers.
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

	/**
	 * Reads CSV as people save it: UTF-8 with or without a byte order mark, or the Thai Windows
	 * encoding (TIS-620 / Windows-874) that older Excel writes; fields may be quoted (RFC 4180).
	 * Text is never interpreted: a cell is its characters.
	 * @return the rows, each its cells; blank lines left out
	 * @throws IllegalArgumentException when the bytes are in neither encoding
	 */
	public static List<List<String>> read(byte[] bytes) {
		String text = decode(bytes);
		List<List<String>> rows = new java.util.ArrayList<>();
		List<String> row = new java.util.ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				if (row.size() > 1 || !row.get(0).isBlank()) {
					rows.add(row);
				}
				row = new java.util.ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		row.add(cell.toString());
		if (row.size() > 1 || !row.get(0).isBlank()) {
			rows.add(row);
		}
		return rows;
	}

	/** UTF-8 when the bytes are valid UTF-8 (a TIS-620 file with Thai in it never is), else TIS-620. */
	static String decode(byte[] bytes) {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start);
		for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_8, java.nio.charset.Charset.forName("x-windows-874"))) {
			try {
				return charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
					.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(buffer.duplicate()).toString();
			}
			catch (java.nio.charset.CharacterCodingException ex) {
				// try the next encoding
			}
		}
		throw new IllegalArgumentException("neither UTF-8 nor TIS-620");
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
