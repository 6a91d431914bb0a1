/**
 * Citizen e-services (item O10): the national services one click away, and later the station's
 * own case progress and verifiable documents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "E-services", allowedDependencies = { "station",
		"platform :: web" })
@org.jspecify.annotations.NullMarked
package org.prongsai.eservice;
