package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Where English writes a person's titles around the name: before it without an article ("General Secretary Stalin",
 * "the War Secretary Per Holmgren"), before it in apposition ("The Home Secretary, Sir Nils Blomqvist,"), after it
 * in apposition ("Powell, the Secretary of State,") and the titles coordinated there. {@link Roles} reads them.
 */
final class TitleSpans {

  private TitleSpans() {}

  /** The token spans [begin, end) of the titles attached to the name at [begin, end) of a sentence. */
  static List<int[]> attachedTo(List<Token> tokens, int nameBegin, int nameEnd) {
    List<int[]> spans = new ArrayList<>();
    // Before: "General Secretary Stalin", "Secretary of State Colin Powell".
    int end = nameBegin;
    int begin = end;
    while (begin > 0 && (isTitle(tokens.get(begin - 1))
        || begin > 1 && isOf(tokens.get(begin - 1)) && isTitle(tokens.get(begin - 2)) && begin < end)) {
      begin--;
    }
    if (begin < end && isTitle(tokens.get(begin))) {
      spans.add(new int[] {withNounsBefore(tokens, begin), end});
    }
    // Before, in apposition: "the Home Secretary, Sir Nils Blomqvist," (a courtesy title aside)
    int name = nameBegin;
    while (name > 0 && WordList.isCourtesyTitle(tokens.get(name - 1).text())) {
      name--;
    }
    if (spans.isEmpty() && name >= 3 && tokens.get(name - 1).text().equals(",") && isTitle(tokens.get(name - 2))) {
      int first = name - 2;
      while (first > 0 && isTitle(tokens.get(first - 1))) {
        first--;
      }
      first = withNounsBefore(tokens, first);
      if (first > 0 && tokens.get(first - 1).text().equalsIgnoreCase("the")) {
        spans.add(new int[] {first, name - 1});
      }
    }
    // After, in apposition: "Powell, the Secretary of State", "Stalin, General Secretary of the party", and the
    // titles coordinated with it ("Hallberg, Grand Duke of Lorrach, and hereditary King of Moravia").
    int i = nameEnd;
    while (i < tokens.size() && tokens.get(i).text().equals(",")) {
      int j = i + 1;
      if (j < tokens.size() && !spans.isEmpty() && i > nameEnd && tokens.get(j).text().equalsIgnoreCase("and")) {
        j++;
      }
      while (j < tokens.size() && j <= i + 3 && isModifier(tokens.get(j)) && !isTitle(tokens.get(j))) {
        j++;
      }
      int k = j;
      while (k < tokens.size() && (isTitle(tokens.get(k))
          || isOf(tokens.get(k)) && k + 1 < tokens.size() && isTitle(tokens.get(k + 1)))) {
        k++;
      }
      if (k > j) {
        spans.add(new int[] {j, k});
        i = endOfPlace(tokens, k);
      } else if (i == nameEnd && isOfficeName(tokens, j)) {
        // "Hallberg, Grand Duke of Lorrach-Tiefen,": an office NER took for a name, then perhaps more titles
        i = endOfPlace(tokens, j);
        spans.add(new int[] {j, i});
      } else {
        break;
      }
    }
    return spans;
  }

  /** After "of" and capitalised words ("of Moravia", "of the Soviet Union"), else at {@code k}. */
  private static int endOfPlace(List<Token> tokens, int k) {
    int end = k;
    while (end < tokens.size() && (Character.isUpperCase(tokens.get(end).text().codePointAt(0))
        || tokens.get(end).text().equals("-") || tokens.get(end).pos().equals("DT") || isOf(tokens.get(end)))) {
      end++;
    }
    return end;
  }

  /** "Grand Duke of Lorrach-Tiefen": capitalised words, "of" and a capitalised name up to a comma. */
  private static boolean isOfficeName(List<Token> tokens, int j) {
    int end = endOfPlace(tokens, j);
    boolean hasOf = false;
    for (int t = j + 1; t < end; t++) {
      hasOf |= isOf(tokens.get(t));
    }
    return hasOf && end < tokens.size() && tokens.get(end).text().equals(",") && end - j <= 6;
  }

  /**
   * "the War Secretary" with only "Secretary" tagged a title: the capitalised nouns right before a title are part of
   * it.
   */
  private static int withNounsBefore(List<Token> tokens, int begin) {
    while (begin > 0 && tokens.get(begin - 1).pos().equals("NNP") && !tokens.get(begin - 1).ner().equals("PERSON")
        && !tokens.get(begin - 1).ner().equals("ORGANIZATION") && !StatedAliases.isPlace(tokens.get(begin - 1).ner())) {
      begin--;
    }
    return begin;
  }

  private static boolean isTitle(Token token) {
    return token.ner().equals("TITLE") && !isOf(token);
  }

  static boolean isOf(Token token) {
    return token.text().equals("of");
  }

  /** An article, a possessive or an adjective before an appositive title: "the", "its", "then", "former". */
  private static boolean isModifier(Token token) {
    return token.pos().equals("DT") || token.pos().equals("PRP$") || token.pos().startsWith("JJ")
        || token.pos().equals("RB");
  }
}
