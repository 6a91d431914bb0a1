/**
 * Technical foundations every capability stands on: calendar (Buddhist Era, fiscal year), files,
 * audit, security, web layout and i18n, command line. Depends on no business module; each
 * sub-package is a named interface.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.prongsai.platform;
