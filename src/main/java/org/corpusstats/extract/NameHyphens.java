package org.corpusstats.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a name NER found ends when a hyphen and a lower-case word follow a capitalised word in it: at the hyphen when
 * that word is no part of the name, a dash typed as a hyphen ("Ridge-in", "interests-including") or the name made an
 * adjective ("Soviet-backed", "Eden-like"); after the word when it is a syllable of a romanised name ("Ro Tae-sung").
 */
final class NameHyphens {

  private static final Pattern HYPHEN_AND_LOWER_CASE_WORD = Pattern.compile("(?<=\\p{Lu}\\p{L}{0,40})-(\\p{Ll}+)$");
  private static final Set<String> COMPOUND_SUFFIXES = WordList.load("compound-suffixes.txt");
  private static final Set<String> FUNCTION_WORDS = WordList.load("/org/corpusstats/stats/stopwords-en.txt");
  /** Syllables of romanised names are short: "Il-sung", "Kai-shek", "Tse-tung". */
  private static final int MAX_SYLLABLE = 5;

  private NameHyphens() {}

  /** How many characters of the surface are the name. */
  static int nameLength(String surface) {
    Matcher dash = HYPHEN_AND_LOWER_CASE_WORD.matcher(surface);
    return dash.find() && endsTheName(dash.group(1)) ? dash.start() : surface.length();
  }

  /**
   * Whether the lower-case word after a name's hyphen is no part of it: a function word (the hyphen typed for a dash,
   * "Ridge-in"), a verb form or a long word ("Soviet-backed", "interests-including"), a word that makes the name an
   * adjective ("Eden-like"); not a short syllable of a romanised name ("Ro Tae-sung").
   */
  private static boolean endsTheName(String word) {
    return FUNCTION_WORDS.contains(word) || COMPOUND_SUFFIXES.contains(word) || word.length() > MAX_SYLLABLE
        || word.endsWith("ed") || word.endsWith("ing");
  }
}
