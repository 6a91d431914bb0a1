package org.prongsai.disclosure;

/** Opens the sample files to tests outside this package. */
public final class SampleDocumentsAccess {

	private SampleDocumentsAccess() {
	}

	public static byte[] pdf(String text) {
		return SampleDocuments.pdf(text);
	}

	public static byte[] docx() {
		return SampleDocuments.docx();
	}
}
