package org.prongsai.disclosure;

/** A criteria file that cannot be used; the message names the file and the line. */
public class CriteriaFileException extends RuntimeException {

	CriteriaFileException(String source, int line, String problem) {
		super(source + " line " + line + ": " + problem);
	}
}
