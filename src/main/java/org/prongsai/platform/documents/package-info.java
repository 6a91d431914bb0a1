/**
 * Documents the portal generates for people to download: Thai PDFs in the government's A4 layout
 * with the font inside the file, and machine-readable Excel and real Word files. Every generator
 * is deterministic: the same content and date give the same bytes, so a republished month is
 * recognisably unchanged.
 */
@org.springframework.modulith.NamedInterface("documents")
@org.jspecify.annotations.NullMarked
package org.prongsai.platform.documents;
