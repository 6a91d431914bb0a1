@org.springframework.modulith.NamedInterface("calendar")
@org.jspecify.annotations.NullMarked
package org.prongsai.platform.calendar;
