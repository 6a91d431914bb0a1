/** How the embedded database is migrated; nothing here is used by other modules. */
@org.jspecify.annotations.NullMarked
package org.prongsai.platform.database;
