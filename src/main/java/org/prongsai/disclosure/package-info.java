/**
 * The disclosure items (O1–O25) of the Integrity and Transparency Assessment: each fiscal year's
 * criteria as data, the content publishers keep for the items (versioned, never overwritten), the
 * public pages and search over them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure", allowedDependencies = { "station",
		"platform :: web", "platform :: calendar", "platform :: files", "platform :: audit", "platform :: security", "platform :: documents",
		"platform :: search" })
@org.jspecify.annotations.NullMarked
package org.prongsai.disclosure;
