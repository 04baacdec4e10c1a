package org.corpusstats.annotate;

/**
 * A stretch of a document annotated on its own: [begin, end) in document offsets, whole sections (or, in a very
 * long section, whole paragraphs).
 *
 * @param documentText the document's whole NLP text; {@link #text()} is made from it only when needed, so that
 *                     the chunks of a long document do not each hold a copy
 */
public record Chunk(String document, int index, int begin, int end, String documentText) {

  /**
   * What CoreNLP reads: the chunk preceded by as many spaces as the document has characters before it, so that
   * CoreNLP's offsets are document offsets.
   */
  public String text() {
    return " ".repeat(begin) + documentText.substring(begin, end);
  }

  /** The chunk's own characters. */
  public String content() {
    return documentText.substring(begin, end);
  }
}
