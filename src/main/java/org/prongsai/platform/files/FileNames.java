package org.prongsai.platform.files;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

/**
 * Cleans a file name given by a browser before it is kept and later sent back in a header. Public
 * for the modules that keep a name apart from the file store (a complaint's sealed attachments).
 */
public final class FileNames {

	static final int MAX_LENGTH = 255;

	static final String FALLBACK = "file";

	private FileNames() {
	}

	/**
	 * The last path segment (browsers on Windows may send a full path), without control and
	 * format characters (a right-to-left override can make "exe.pdf" look like "fdp.exe"), in NFC,
	 * at most {@value #MAX_LENGTH} characters; {@value #FALLBACK} when nothing is left.
	 */
	public static String sanitise(@Nullable String name) {
		if (name == null) {
			return FALLBACK;
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder(last.length());
		Normalizer.normalize(last, Normalizer.Form.NFC).codePoints().forEach(cp -> {
			int type = Character.getType(cp);
			if (type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
					&& type != Character.PRIVATE_USE && type != Character.SURROGATE && cp != '"') {
				clean.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
			}
		});
		String result = clean.toString().strip();
		if (result.length() > MAX_LENGTH) {
			result = truncateKeepingExtension(result);
		}
		return result.isEmpty() || result.equals(".") || result.equals("..") ? FALLBACK : result;
	}

	private static String truncateKeepingExtension(String name) {
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
		int end = MAX_LENGTH - extension.length();
		// Never cut a character outside the Basic Multilingual Plane in half.
		if (Character.isHighSurrogate(name.charAt(end - 1))) {
			end--;
		}
		return name.substring(0, end).strip() + extension;
	}
}
