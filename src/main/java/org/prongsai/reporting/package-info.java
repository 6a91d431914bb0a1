/**
 * Reporting: the station's records that monthly and six-monthly disclosure items are made from
 * (procurement, operations, crime statistics, the budget and the investigation fund), the
 * documents generated from them — Thai PDF with Excel or Word — published to their items, and the
 * open data released with them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = { "disclosure",
		"station", "platform :: web", "platform :: calendar", "platform :: audit", "platform :: security",
		"platform :: documents", "platform :: files" })
@org.jspecify.annotations.NullMarked
package org.prongsai.reporting;
