package org.corpusstats.extract;

/**
 * One token as the statistics stage needs it. Offsets are UTF-16 indexes into the document as read
 * (BOM removed, line endings untouched), so {@code text.substring(charBegin, charEnd)} is the token.
 *
 * @param index 0-based position in its sentence
 * @param ner   CoreNLP's fine-grained NER tag, {@code O} outside any entity
 */
public record Token(int index, String text, String lemma, String pos, String ner, int charBegin, int charEnd) {

  public boolean isPunctuation() {
    return !text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  public boolean isNumber() {
    return pos.equals("CD") || text.codePoints().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
