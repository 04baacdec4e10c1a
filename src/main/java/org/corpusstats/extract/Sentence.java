package org.corpusstats.extract;

import java.io.Serializable;
import java.util.List;

/**
 * A sentence and where it sits in its document.
 *
 * @param index        1-based within the document
 * @param sectionIndex 0 for the text under the title (or before the first heading), then 1, 2, ...
 * @param section      the heading of that section (the title for section 0)
 * @param paragraph    1-based paragraph number within the document
 */
public record Sentence(String document, int index, int sectionIndex, String section, int paragraph,
                       int charBegin, int charEnd, boolean heading, List<Token> tokens) implements Serializable {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
