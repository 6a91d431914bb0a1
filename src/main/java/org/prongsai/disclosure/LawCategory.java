package org.prongsai.disclosure;

import java.util.Arrays;
import java.util.Optional;

/**
 * The categories a station's laws are published under (item O3), so a visitor finds the traffic
 * law without reading the criminal code. Names are in the {@code disclosure.law.category.*} messages.
 */
enum LawCategory {

	CRIMINAL("criminal"), TRAFFIC("traffic"), NARCOTICS("narcotics"), WEAPONS("weapons"), GAMBLING("gambling"),
	TOURISM("tourism"), IMMIGRATION("immigration"), POLICE_REGULATIONS("police-regulations"), OTHER("other");

	private final String key;

	LawCategory(String key) {
		this.key = key;
	}

	/** The name kept in the database and used in forms. */
	public String key() {
		return key;
	}

	static Optional<LawCategory> named(String key) {
		return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
	}
}
