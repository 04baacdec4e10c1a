package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "He named as assistants two men no less unpopular, Rutenburg and Paltchinsky.": after a number and a plural noun for
 * people, a comma and then just as many capitalised names, joined by commas and "and" up to the end of the clause,
 * are those people's names, whatever NER or the parser made of them (the parser may take such names for adjectives;
 * NER for places or for nothing). The count must match, so a list of other things after the comma does not.
 */
final class CountedNames {

  /** How far the noun for people may come after the number ("two men", "three young officers"). */
  private static final int NOUN_WITHIN = 3;
  /** How far the comma may come after that noun ("two men no less unpopular,"). */
  private static final int COMMA_WITHIN = 5;

  private CountedNames() {}

  /** Token spans [begin, end) of the names so listed in the sentence. */
  static List<int[]> find(List<Token> tokens) {
    List<int[]> names = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      int count = count(tokens.get(i));
      int noun = count >= 2 ? personNounAfter(tokens, i) : -1;
      int comma = noun >= 0 ? commaAfter(tokens, noun) : -1;
      if (comma < 0) {
        continue;
      }
      List<int[]> listed = new ArrayList<>();
      int j = comma + 1;
      while (j < tokens.size() && isCapitalised(tokens.get(j))) {
        int begin = j;
        while (j < tokens.size() && isCapitalised(tokens.get(j))) {
          j++;
        }
        listed.add(new int[] {begin, j});
        if (j < tokens.size() && tokens.get(j).text().equals(",")) {
          j++;
        }
        if (j < tokens.size() && tokens.get(j).text().equals("and")) {
          j++;
        }
      }
      boolean clauseEnds = j >= tokens.size() || tokens.get(j).text().matches("[.;:)!?]");
      if (listed.size() == count && clauseEnds && !tokens.get(j - 1).text().equals("and")) {
        names.addAll(listed);
      }
    }
    return names;
  }

  private static int count(Token token) {
    if (!token.pos().equals("CD")) {
      return -1;
    }
    Double value = FigureWords.number(token.text());
    return value == null || value != Math.floor(value) || value > 12 ? -1 : value.intValue();
  }

  private static int personNounAfter(List<Token> tokens, int number) {
    for (int j = number + 1; j < tokens.size() && j <= number + NOUN_WITHIN; j++) {
      Token token = tokens.get(j);
      String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
      if (token.pos().equals("NNS") && DescribedPersons.isPersonNoun(lemma)) {
        return j;
      }
    }
    return -1;
  }

  private static int commaAfter(List<Token> tokens, int noun) {
    for (int j = noun + 1; j < tokens.size() && j <= noun + COMMA_WITHIN; j++) {
      Token token = tokens.get(j);
      if (token.text().equals(",")) {
        return j;
      }
      if (token.pos().startsWith("VB") || token.isPunctuation()) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isCapitalised(Token token) {
    return token.pos().startsWith("NN") && Character.isUpperCase(token.text().codePointAt(0));
  }
}
