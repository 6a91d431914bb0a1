package org.prongsai.platform.files;

import java.io.IOException;

/** The content went past the limit; reading stopped there. */
class ContentTooLargeException extends IOException {

	ContentTooLargeException(long maxBytes) {
		super("content exceeds " + maxBytes + " bytes");
	}
}
