package org.prongsai.platform.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An uploaded photo made fit to print in a generated document: read at most {@value #MAX_WIDTH}
 * pixels wide (every n-th pixel of a larger one, so a photo of any size takes the same memory,
 * and a small file that claims a huge picture is never unpacked whole), then written as a PNG.
 * A document shows a photo at about 10 cm, for which this is more than enough.
 */
public final class DocumentPicture {

	/** The widest a picture is read: 10 cm at 400 dots per inch. */
	public static final int MAX_WIDTH = 1600;

	/** A picture larger than this is not read at all: its every row would be unpacked to be skipped. */
	public static final long MAX_PIXELS = 60_000_000L;

	private DocumentPicture() {
	}

	/**
	 * The picture, fitted, as PNG bytes; empty when it is not a PNG or JPEG picture that can be
	 * read, or is larger than {@link #MAX_PIXELS}.
	 */
	public static Optional<byte[]> fitted(InputStream picture) {
		try (ImageInputStream in = ImageIO.createImageInputStream(picture)) {
			Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
					return Optional.empty();
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = (int) ((width + MAX_WIDTH - 1) / MAX_WIDTH);
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage image = reader.read(0, param);
				ByteArrayOutputStream png = new ByteArrayOutputStream();
				ImageIO.write(image, "png", png);
				return Optional.of(png.toByteArray());
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			// A damaged picture is left out of the document rather than failing it.
			return Optional.empty();
		}
	}
}
