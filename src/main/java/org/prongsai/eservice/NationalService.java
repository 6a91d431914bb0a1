package org.prongsai.eservice;

import java.util.Arrays;
import java.util.Optional;

/**
 * The national e-services item O10 asks every station to offer (แจ้งความออนไลน์, ติดตามคดี,
 * ชำระค่าปรับ). They are run by the Royal Thai Police, not by the station: a station links to them
 * and explains them, and never collects a fine into an account of its own.
 */
enum NationalService {

	REPORT("report", "https://thaipoliceonline.go.th"),
	TRACK("track", "https://thaipoliceonline.go.th"),
	FINE("fine", "https://ptm.police.go.th/eTicket/");

	private final String key;
	private final String nationalAddress;

	NationalService(String key, String nationalAddress) {
		this.key = key;
		this.nationalAddress = nationalAddress;
	}

	static Optional<NationalService> of(String key) {
		return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
	}

	/** Its name in addresses and in message keys ({@code eservice.report.name}). */
	String key() {
		return key;
	}

	/** The service's own address, offered until the station sets one. */
	String nationalAddress() {
		return nationalAddress;
	}

	/** The kind of the disclosure link the O10 criteria check. */
	String linkKind() {
		return "eservice." + key;
	}

	/** The kind of the bilingual text the O10 criteria expect as its guide. */
	String guideKind() {
		return linkKind() + ".guide";
	}
}
