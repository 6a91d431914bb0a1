/**
 * The 25 disclosure items (O1–O25) of the Integrity and Transparency Assessment: their public
 * pages and, later, their content, versions and criteria.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure", allowedDependencies = { "station",
		"platform :: web", "platform :: calendar", "platform :: files", "platform :: audit" })
@org.jspecify.annotations.NullMarked
package org.prongsai.disclosure;
