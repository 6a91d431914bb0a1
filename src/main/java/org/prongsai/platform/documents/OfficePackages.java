package org.prongsai.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * Office files are zip packages whose entries carry the time they were written. Rewriting the
 * package with every entry dated the document's own day, in the same order, makes the bytes
 * depend on the content alone.
 */
final class OfficePackages {

	private OfficePackages() {
	}

	static byte[] dated(byte[] pkg, Instant time) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(pkg.length);
		// A local time with no zone: the bytes don't depend on the machine's time zone.
		LocalDateTime local = LocalDateTime.ofInstant(time, FiscalYear.BANGKOK);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pkg));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTimeLocal(local);
				zip.putNextEntry(copy);
				in.transferTo(zip);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not repackage an office file", ex);
		}
		return out.toByteArray();
	}
}
