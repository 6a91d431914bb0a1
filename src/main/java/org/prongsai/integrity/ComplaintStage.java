package org.prongsai.integrity;

/** Where a complaint is in its handling; each stage reached is kept with its time. */
enum ComplaintStage {
	RECEIVED, ACKNOWLEDGED, INVESTIGATING, CONCLUDED;

	/** How a concluded complaint ended; the complainant is told with a message. */
	enum Outcome {
		SUBSTANTIATED, NOT_SUBSTANTIATED, REFERRED, WITHDRAWN
	}
}
