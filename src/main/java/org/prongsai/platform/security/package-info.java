@org.springframework.modulith.NamedInterface("security")
@org.jspecify.annotations.NullMarked
package org.prongsai.platform.security;
