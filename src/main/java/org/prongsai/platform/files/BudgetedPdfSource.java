package org.prongsai.platform.files;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.jspecify.annotations.Nullable;

/**
 * A PDF read from its file by PDFBox, which checks the reading budget as it asks for input:
 * every bulk read and every 4096th single byte, and for the views it reads streams through.
 */
final class BudgetedPdfSource extends RandomAccessReadBufferedFile {

	private final Path file;

	private final ReadingBudget budget;

	private int reads;

	/** PDFBox reads a stream through a view of its own copy of the file; one copy serves one thread. */
	private @Nullable BudgetedPdfSource copy;

	BudgetedPdfSource(Path file, ReadingBudget budget) throws IOException {
		super(file);
		this.file = file;
		this.budget = budget;
	}

	@Override
	public int read() throws IOException {
		if ((++reads & 0xFFF) == 0) {
			check();
		}
		return super.read();
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		check();
		return super.read(b, off, len);
	}

	@Override
	public void seek(long position) throws IOException {
		check();
		super.seek(position);
	}

	@SuppressWarnings("ConstantValue")
	private void check() throws IOException {
		// The superclass's constructor seeks before this class's fields are set.
		if (budget != null) {
			budget.check();
		}
	}

	@Override
	public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
		if (copy == null || copy.isClosed()) {
			copy = new BudgetedPdfSource(file, budget);
		}
		return new RandomAccessReadView(copy, startPosition, streamLength);
	}

	@Override
	public void close() throws IOException {
		try {
			if (!isClosed()) {
				super.close();
			}
		}
		finally {
			if (copy != null && !copy.isClosed()) {
				copy.close();
			}
		}
	}
}
