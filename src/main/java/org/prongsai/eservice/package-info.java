/**
 * Citizen e-services (item O10): the national services one click away, the One Stop Service
 * desk's duty roster, and the pieces of the station's own case progress and verifiable documents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "E-services", allowedDependencies = { "station",
		"platform :: web", "platform :: audit", "platform :: calendar", "platform :: security", "platform :: documents",
		"platform :: files", "platform :: cli" })
@org.jspecify.annotations.NullMarked
package org.prongsai.eservice;
