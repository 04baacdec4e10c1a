package org.corpusstats.annotate;

/**
 * A stretch of a document annotated on its own: [begin, end) in document offsets, whole sections (or, in a very
 * long section, whole paragraphs).
 *
 * @param documentText the document's whole NLP text; {@link #content()} is cut from it only when needed, so that
 *                     the chunks of a long document do not each hold a copy
 */
public record Chunk(String document, int index, int begin, int end, String documentText) {

  /** The chunk's own characters: what CoreNLP reads (its offsets are moved to the document's afterwards). */
  public String content() {
    return documentText.substring(begin, end);
  }
}
