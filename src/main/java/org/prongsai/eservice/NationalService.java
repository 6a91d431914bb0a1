package org.prongsai.eservice;

import java.util.List;

/**
 * A national e-service every station links to (item O10). A station cannot collect fines
 * itself, so payment always goes to the national e-Ticket system.
 * @param key message key stem for its name and description
 * @param url the service's public address
 */
record NationalService(String key, String url) {

	/** The three services O10 requires, first, then the national channels for complaints. */
	static final List<NationalService> ALL = List.of(
			new NationalService("eservice.report", "https://thaipoliceonline.go.th"),
			new NationalService("eservice.track", "https://thaipoliceonline.go.th"),
			new NationalService("eservice.fine", "https://ptm.police.go.th/eTicket/"));
}
