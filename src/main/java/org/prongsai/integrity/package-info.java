/**
 * Integrity channels: corruption and misconduct complaints in confidence, public questions and
 * answers, the station's own feedback after a service, and their statistics (items O5 and O17).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrity", allowedDependencies = { "station", "disclosure",
		"platform :: web", "platform :: security", "platform :: audit", "platform :: calendar", "platform :: search",
		"platform :: files", "platform :: documents", "platform :: cli" })
@org.jspecify.annotations.NullMarked
package org.prongsai.integrity;
