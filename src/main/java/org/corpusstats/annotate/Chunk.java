package org.corpusstats.annotate;

/**
 * A stretch of a document annotated on its own: [begin, end) in document offsets, whole sections (or, in a very
 * long section, whole paragraphs).
 *
 * @param text the document's NLP text with everything outside the chunk blanked, so that CoreNLP's offsets are
 *             document offsets
 */
public record Chunk(String document, int index, int begin, int end, String text) {}
