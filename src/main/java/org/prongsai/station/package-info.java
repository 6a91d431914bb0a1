/**
 * Stations (the tenants), their organisation units and officers, and the accounts people sign in
 * with. Decides which station a request acts for: a public address names it, an admin screen
 * acts for the signed-in person's station.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Station", allowedDependencies = {
		"platform :: security", "platform :: web", "platform :: audit", "platform :: cli", "platform :: calendar", "platform :: files" })
@org.jspecify.annotations.NullMarked
package org.prongsai.station;
