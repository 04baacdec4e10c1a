package org.corpusstats.input;

import java.nio.file.Path;

/**
 * One input file, decoded.
 *
 * @param name   the file's name, as every table's {@code document} column shows it
 * @param text   the text as read: BOM removed, line endings untouched; every offset in every table indexes into it
 * @param sha256 of the file's bytes, for the manifest
 */
public record SourceDocument(String name, Path path, String text, String sha256, long bytes) {}
