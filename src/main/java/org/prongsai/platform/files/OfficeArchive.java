package org.prongsai.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The bounds an Office file (a zip of XML parts) must keep before anything reads its parts: a
 * 10 MB file can unpack to a gigabyte. The central directory is checked first (how many entries,
 * their declared sizes and how much each claims to expand), then, before POI opens a file, every
 * entry is inflated once and counted, never further than the bounds, since a declared size can lie.
 * POI's own guard ({@link ZipSecureFile}) is set to the same bounds, so that it refuses what
 * this lets through by mistake.
 */
final class OfficeArchive {

	/** Entries in one package; a long Word file with many pictures has a few hundred. */
	static final int MAX_ENTRIES = 1000;

	/** Unpacked bytes of one entry. */
	static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

	/** Unpacked bytes of the whole package. */
	static final long MAX_TOTAL_BYTES = 500L * 1024 * 1024;

	/** How much an entry may expand once past {@link #GRACE_BYTES}: POI's own default. */
	static final double MAX_RATIO = 100;

	/** Small entries (a few repeated lines of XML) expand far more than large ones; they are not judged by ratio. */
	static final long GRACE_BYTES = 1024 * 1024;

	/**
	 * Parts POI reads whole into a tree (the content types, relationships and document
	 * properties; a workbook's styles and strings): a tree takes several times the bytes.
	 */
	static final long MAX_WHOLE_PART_BYTES = 4L * 1024 * 1024;

	static {
		ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
		ZipSecureFile.setMinInflateRatio(1 / MAX_RATIO);
		ZipSecureFile.setGraceEntrySize(GRACE_BYTES);
	}

	private OfficeArchive() {
	}

	/**
	 * Checks what the central directory says: the number of entries, their declared sizes and ratios.
	 * @throws FileRejectedException when the package would unpack past the bounds
	 * @throws IOException when it is not a readable zip
	 */
	static void checkDeclared(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			checkDeclared(zip);
		}
	}

	/**
	 * Checks the central directory, then inflates every entry once, counting, and stops at the
	 * first that goes past its declared size or the bounds. Run before POI opens the file.
	 * @throws FileRejectedException when the package unpacks past the bounds
	 * @throws IOException when it is not a readable zip
	 */
	static void checkInflated(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			checkDeclared(zip);
			long total = 0;
			byte[] buffer = new byte[64 * 1024];
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				long limit = Math.min(limitFor(entry), MAX_TOTAL_BYTES - total);
				long size = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					for (int n; (n = in.read(buffer)) != -1;) {
						size += n;
						if (size > limit || (entry.getSize() >= 0 && size > entry.getSize())) {
							throw FileRejectedException.unpacked();
						}
						if (tooCompressed(size, entry.getCompressedSize())) {
							throw FileRejectedException.unpacked();
						}
					}
				}
				total += size;
			}
		}
	}

	/** The central directory's part of {@link #checkDeclared(Path)}, for a zip already open. */
	static void checkDeclared(ZipFile zip) {
		if (zip.size() > MAX_ENTRIES) {
			throw FileRejectedException.unpacked();
		}
		long total = 0;
		for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
			ZipEntry entry = entries.nextElement();
			long size = entry.getSize();
			if (size > limitFor(entry) || tooCompressed(size, entry.getCompressedSize())) {
				throw FileRejectedException.unpacked();
			}
			total += Math.max(0, size);
			if (total > MAX_TOTAL_BYTES) {
				throw FileRejectedException.unpacked();
			}
		}
	}

	private static long limitFor(ZipEntry entry) {
		String name = entry.getName().toLowerCase(Locale.ROOT);
		boolean whole = name.equals("[content_types].xml") || name.endsWith(".rels") || name.startsWith("docprops/")
				|| name.equals("xl/styles.xml") || name.equals("xl/sharedstrings.xml") || name.equals("xl/workbook.xml");
		return whole ? MAX_WHOLE_PART_BYTES : MAX_ENTRY_BYTES;
	}

	private static boolean tooCompressed(long size, long compressed) {
		return size > GRACE_BYTES && (compressed <= 0 || size > compressed * MAX_RATIO);
	}
}
