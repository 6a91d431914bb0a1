@org.springframework.modulith.NamedInterface("files")
@org.jspecify.annotations.NullMarked
package org.prongsai.platform.files;
