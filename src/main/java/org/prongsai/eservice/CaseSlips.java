package org.prongsai.eservice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.prongsai.platform.documents.DocumentInfo;
import org.prongsai.platform.documents.PdfDocuments;
import org.prongsai.platform.documents.QrCode;
import org.prongsai.station.StationView;

/**
 * The slip handed to the citizen when a case is registered or its code renewed: the case number,
 * the station, the access code, and a QR code of the status page with both filled in, so that
 * scanning it shows the case at once. A5, Thai first with English under it.
 */
@Component
class CaseSlips {

	private final PdfDocuments pdfs;
	private final MessageSource messages;

	CaseSlips(PdfDocuments pdfs, MessageSource messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	/**
	 * The address the slip's QR code opens.
	 * @param base the portal's public address, without a trailing slash
	 */
	static String statusAddress(String base, StationView station, CaseNumber number, String code) {
		return base + "/" + station.code() + "/e-services/case?n=" + URLEncoder.encode(number.ascii(), StandardCharsets.UTF_8)
				+ "&c=" + code;
	}

	byte[] pdf(StationView station, CaseProgress.StationCase found, String code, String base, LocalDate today) {
		String qr = "data:image/png;base64,"
				+ Base64.getEncoder().encodeToString(QrCode.png(statusAddress(base, station, found.number(), code), 600));
		String page = base + "/" + station.code() + "/e-services/case";
		return pdfs.pdf("eservice/case-slip", Map.of("station", station, "found", found, "code", code, "qr", qr, "page", page,
				"titleEn", messages.getMessage("eservice.slip.title", null, Locale.ENGLISH),
				"scanEn", messages.getMessage("eservice.slip.scan", new Object[] { page }, Locale.ENGLISH)),
				new DocumentInfo(found.number().stored(), station.profile().nameTh(), "Case progress", today));
	}
}
