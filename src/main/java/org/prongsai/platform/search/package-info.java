/** Thai-aware word splitting shared by the modules that search what they publish. */
@org.springframework.modulith.NamedInterface("search")
@org.jspecify.annotations.NullMarked
package org.prongsai.platform.search;
