package org.prongsai.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.prongsai.platform.files.Fuzzing;

class DocumentPictureTests {

	@Test
	void aLargePhotoIsReadAtMostSixteenHundredPixelsWideKeepingItsProportions() throws Exception {
		BufferedImage photo = new BufferedImage(4000, 300, BufferedImage.TYPE_INT_RGB);
		photo.setRGB(3999, 299, 0xff8800);
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(photo, "jpg", jpeg);

		byte[] fitted = DocumentPicture.fitted(new ByteArrayInputStream(jpeg.toByteArray())).orElseThrow();

		BufferedImage read = ImageIO.read(new ByteArrayInputStream(fitted));
		assertThat(read.getWidth()).isLessThanOrEqualTo(DocumentPicture.MAX_WIDTH).isGreaterThan(1000);
		assertThat((double) read.getWidth() / read.getHeight()).isCloseTo(4000.0 / 300, org.assertj.core.data.Offset.offset(0.2));
	}

	@Test
	void aSmallFileClaimingAHugePictureIsLeftOutWithoutBeingUnpacked() {
		// 40 bytes that claim 100,000 by 100,000 pixels: read whole, ten billion of them.
		byte[] claim = png(100_000, 100_000);
		long before = Fuzzing.allocated();

		assertThat(DocumentPicture.fitted(new ByteArrayInputStream(claim))).isEmpty();
		assertThat(Fuzzing.allocated() - before).isLessThan(32L * 1024 * 1024);
	}

	@Test
	void somethingThatIsNotAPictureIsLeftOut() {
		assertThat(DocumentPicture.fitted(new ByteArrayInputStream("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))).isEmpty();
		assertThat(DocumentPicture.fitted(new ByteArrayInputStream(png(0, 10)))).isEmpty();
	}

	/** A PNG's signature and IHDR alone, for a picture of the size given. */
	private static byte[] png(int width, int height) {
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
			.put((byte) 0).put((byte) 0);
		CRC32 crc = new CRC32();
		crc.update("IHDR".getBytes(StandardCharsets.US_ASCII));
		crc.update(header.array());
		return ByteBuffer.allocate(8 + 25).put(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }).putInt(13)
			.put("IHDR".getBytes(StandardCharsets.US_ASCII)).put(header.array()).putInt((int) crc.getValue()).array();
	}
}
