@org.springframework.modulith.NamedInterface("cli")
@org.jspecify.annotations.NullMarked
package org.prongsai.platform.cli;
