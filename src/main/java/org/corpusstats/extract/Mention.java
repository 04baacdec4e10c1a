package org.corpusstats.extract;

import java.io.Serializable;

/**
 * One occurrence of a named entity. {@code entity} is the canonical name shared by every mention of the same
 * referent across the corpus; {@code type} is the canonical entity's type.
 *
 * @param tokenBegin index of the first token in its sentence; {@code tokenEnd} is exclusive
 */
public record Mention(String document, int sentence, int sectionIndex, String section, int paragraph,
                      int charBegin, int charEnd, String text, String type, String entity,
                      int tokenBegin, int tokenEnd) implements Serializable {

  public Mention withEntity(String canonical, String canonicalType) {
    return new Mention(document, sentence, sectionIndex, section, paragraph, charBegin, charEnd, text,
        canonicalType, canonical, tokenBegin, tokenEnd);
  }
}
