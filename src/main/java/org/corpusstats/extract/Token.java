package org.corpusstats.extract;

import java.io.Serializable;

/**
 * One token as the statistics stage needs it. Offsets are UTF-16 indexes into the document as read
 * (BOM removed, line endings untouched), so {@code text.substring(charBegin, charEnd)} is the token.
 *
 * @param index 0-based position in its sentence
 * @param ner   CoreNLP's fine-grained NER tag, {@code O} outside any entity
 */
public record Token(int index, String text, String lemma, String pos, String ner, int charBegin,
                    int charEnd) implements Serializable {

  // Plain loops: the statistics stage asks these of every token of the corpus, several times.
  public boolean isPunctuation() {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  public boolean isNumber() {
    if (pos.equals("CD")) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Character.isDigit(c) || c == ',' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
