/**
 * Citizen e-services (item O10): the national services one click away with the station's guides
 * to them (published to O10 through the disclosure module), the One Stop Service desk's duty
 * roster and signs, Thai QR bill payment, the station's own case progress, and the documents it
 * issues that anyone can verify.
 */
@org.springframework.modulith.ApplicationModule(displayName = "E-services", allowedDependencies = { "station", "disclosure",
		"platform :: files", "platform :: web", "platform :: audit", "platform :: calendar", "platform :: security",
		"platform :: documents", "platform :: cli" })
@org.jspecify.annotations.NullMarked
package org.prongsai.eservice;
