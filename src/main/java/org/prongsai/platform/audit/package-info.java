@org.springframework.modulith.NamedInterface("audit")
@org.jspecify.annotations.NullMarked
package org.prongsai.platform.audit;
