package org.prongsai.eservice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.prongsai.disclosure.ContentSnapshot;
import org.prongsai.disclosure.DisclosureContent;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.documents.DocumentInfo;
import org.prongsai.platform.documents.PdfDocuments;
import org.prongsai.platform.documents.QrCode;
import org.prongsai.station.StationView;

/**
 * The printable signs of the One Stop Service desk: each names what it offers in Thai and English
 * and carries a QR code of the page it names, with the address printed under it for those who
 * type. The signs are made when asked for, so one printed after an address changes (a new fiscal
 * year's item page, a new EIT survey link) points to the new one.
 */
@Component
class Signs {

	/** The signs a station prints, in the order the desk usually hangs them. */
	static final List<Sign> ALL = List.of(
			new Sign("service-point", Target.PAGE, "/e-services", "จุดบริการประชาชน", "Service point"),
			new Sign("pledge", Target.PAGE, "/complaints", "พันธะสัญญาการให้บริการ", "Our service pledge"),
			new Sign("no-gift", Target.ITEM, "O18", "สถานีนี้ไม่รับของขวัญ (No Gift Policy)",
					"This station accepts no gifts (No Gift Policy)"),
			new Sign("manuals", Target.ITEM, "O9", "ดาวน์โหลดคู่มือการให้บริการประชาชน", "Download the public service manuals"),
			new Sign("e-services", Target.PAGE, "/e-services", "บริการออนไลน์ แจ้งความ ติดตามคดี ชำระค่าปรับ",
					"Online services: report a crime, follow a case, pay a fine"),
			new Sign("eit", Target.LINK, "eit-survey", "ร่วมประเมินความโปร่งใสของสถานี (EIT)",
					"Rate the station's integrity and transparency (EIT survey)"),
			new Sign("complaints", Target.PAGE, "/complaints", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
					"Report corruption or misconduct"),
			new Sign("contact", Target.PAGE, "/contact", "ติดต่อสถานี", "Contact the station"));

	private final PdfDocuments pdfs;
	private final DisclosureContent content;
	private final Clock clock;

	Signs(PdfDocuments pdfs, DisclosureContent content, Clock clock) {
		this.pdfs = pdfs;
		this.content = content;
		this.clock = clock;
	}

	static Optional<Sign> named(String key) {
		return ALL.stream().filter(s -> s.key().equals(key)).findFirst();
	}

	/**
	 * Where the sign's code leads today, or empty when the station has not set it (an EIT survey
	 * link not yet published in O6).
	 * @param base the portal's public address, without a trailing slash
	 */
	Optional<String> address(StationView station, Sign sign, String base) {
		FiscalYear year = FiscalYear.current(clock);
		return switch (sign.target()) {
			case PAGE -> Optional.of(base + "/" + station.code() + sign.path());
			case ITEM -> Optional.of(base + "/" + station.code() + "/oit/" + year.beYear() + "/" + sign.path());
			case LINK -> content.snapshot(station.id(), year, clock.instant()).link(sign.path()).map(ContentSnapshot.Link::url);
		};
	}

	/**
	 * The sign as a PDF.
	 * @param address where its code leads, from {@link #address}
	 * @param a3 whether to print it on A3 rather than A4
	 */
	byte[] pdf(StationView station, Sign sign, String address, boolean a3, LocalDate today) {
		String qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(address, 600));
		return pdfs.pdf("eservice/sign", Map.of("station", station, "sign", sign, "qr", qr, "address", address, "a3", a3),
				new DocumentInfo(sign.titleTh(), station.profile().nameTh(), "One Stop Service", today));
	}

	/** What a sign's code opens. */
	enum Target {
		/** A page of the station's site; the path is under the station's address. */
		PAGE,
		/** The current fiscal year's page of a disclosure item; the path is the item's code. */
		ITEM,
		/** A link the station published; the path is the link's kind. */
		LINK
	}

	/** A sign: what it names, and what its code opens. */
	record Sign(String key, Target target, String path, String titleTh, String titleEn) {

		/** The title in the page's language ({@code en}, or Thai for anything else). */
		public String title(String language) {
			return "en".equals(language) ? titleEn : titleTh;
		}

		/** The message key of the text printed under the title, for signs that say more than their name. */
		public Optional<String> body() {
			return switch (key) {
				case "pledge", "no-gift" -> Optional.of("eservice.sign." + key);
				default -> Optional.empty();
			};
		}
	}
}
