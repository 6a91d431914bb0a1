package org.prongsai.eservice;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.prongsai.platform.documents.DocumentInfo;
import org.prongsai.platform.documents.PdfDocuments;
import org.prongsai.platform.documents.QrCode;
import org.prongsai.station.StationView;

/**
 * The printable A4 signs of the One Stop Service desk: each names a service in Thai and English
 * and carries a QR code of the station's page for it, with the address printed under it for those
 * who type. The signs are made when asked for, so one printed after an address changes points to
 * the new one.
 */
@Component
class Signs {

	/** The signs a station prints, each with the path of its page under the station's address. */
	static final List<Sign> ALL = List.of(
			new Sign("service-point", "/e-services", "จุดบริการประชาชน", "Service point"),
			new Sign("e-services", "/e-services", "บริการออนไลน์ แจ้งความ ติดตามคดี ชำระค่าปรับ",
					"Online services: report a crime, follow a case, pay a fine"),
			new Sign("complaints", "/complaints", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "Report corruption or misconduct"),
			new Sign("contact", "/contact", "ติดต่อสถานี", "Contact the station"));

	private final PdfDocuments pdfs;

	Signs(PdfDocuments pdfs) {
		this.pdfs = pdfs;
	}

	static Optional<Sign> named(String key) {
		return ALL.stream().filter(s -> s.key().equals(key)).findFirst();
	}

	/**
	 * The sign as a PDF.
	 * @param base the portal's public address, without a trailing slash
	 */
	byte[] pdf(StationView station, Sign sign, String base, LocalDate today) {
		String address = base + "/" + station.code() + sign.path();
		String qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(address, 600));
		return pdfs.pdf("eservice/sign", Map.of("station", station, "sign", sign, "qr", qr, "address", address),
				new DocumentInfo(sign.titleTh(), station.profile().nameTh(), "One Stop Service", today));
	}

	/** A sign: what it names, and the path of the page its code opens. */
	record Sign(String key, String path, String titleTh, String titleEn) {

		/** The title in the page's language ({@code en}, or Thai for anything else). */
		public String title(String language) {
			return "en".equals(language) ? titleEn : titleTh;
		}
	}
}
