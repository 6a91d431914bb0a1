@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package org.prongsai.platform.web;
