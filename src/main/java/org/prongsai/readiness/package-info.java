/**
 * Readiness: evaluates a station's published content against a fiscal year's criteria, element
 * by element, the way an assessor will, and tells the commander what is missing before they look.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Readiness", allowedDependencies = { "disclosure",
		"station", "platform :: calendar", "platform :: web", "platform :: security" })
@org.jspecify.annotations.NullMarked
package org.prongsai.readiness;
