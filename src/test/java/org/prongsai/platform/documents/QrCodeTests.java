package org.prongsai.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodeTests {

	@Test
	void theImageDecodesBackToWhatWasEncoded() throws Exception {
		String address = "https://kamala.example.org/verify/AbC-123_xyz";
		byte[] png = QrCode.png(address, 240);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(240);
		assertThat(decode(image)).isEqualTo(address);
		assertThat(decode(ImageIO.read(new ByteArrayInputStream(QrCode.png("สถานีตำรวจภูธรกมลา", 200)))))
			.as("Thai text survives as UTF-8").isEqualTo("สถานีตำรวจภูธรกมลา");
	}

	@Test
	void theSameContentGivesTheSameImage() {
		assertThat(QrCode.png("00020101021130550016A0000006770101120115099999999999990", 200))
			.isEqualTo(QrCode.png("00020101021130550016A0000006770101120115099999999999990", 200));
	}

	static String decode(BufferedImage image) throws NotFoundException, IOException {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		try {
			return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(),
					image.getHeight(), pixels)))).getText();
		}
		catch (com.google.zxing.ChecksumException | com.google.zxing.FormatException ex) {
			throw new IOException(ex);
		}
	}
}
