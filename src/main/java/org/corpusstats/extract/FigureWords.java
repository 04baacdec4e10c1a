package org.corpusstats.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ie.NumberNormalizer;

/**
 * The English a figure is read with, from word lists beside this class: fractions in words, verbs of change,
 * nouns that measure other nouns, qualifiers, units of time; number words through CoreNLP's own
 * {@link NumberNormalizer} ("forty-five", "one hundred and fifty", "2,500").
 */
final class FigureWords {

  static final Map<String, String> DENOMINATORS = pairs("fraction-words.txt");
  static final Map<String, String> CHANGE = pairs("change-verbs.txt");
  static final Set<String> QUANTITY_NOUNS = WordList.load("quantity-nouns.txt");
  static final Map<String, String> QUALIFIERS = pairs("qualifier-words.txt");
  static final Set<String> TIME_UNITS = WordList.load("time-units.txt");
  static final Map<String, String> COLLECTIVE = pairs("collective-numbers.txt");
  private static final Set<String> MAGNITUDES = WordList.load("magnitude-words.txt");

  private FigureWords() {}

  /** The value of a number written in digits or words ("1,500", "forty-five", "a hundred"), or null. */
  static Double number(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    if (w.matches("\\d+(\\.\\d+)?")) {
      return Double.valueOf(w);
    }
    if (COLLECTIVE.containsKey(w)) {
      return Double.valueOf(COLLECTIVE.get(w));
    }
    if (!w.matches("[a-z]+(-[a-z]+)*") || w.equals("a") || w.equals("an") || w.equals("point")) {
      return null;
    }
    try {
      Number n = NumberNormalizer.wordToNumber(w);
      return n == null ? null : n.doubleValue();
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  /**
   * "millions" -> 1,000,000: a plural of magnitude stands for at least that many; one listed with "of" only before
   * "of" ("scores of officials", not "old scores").
   */
  static Double magnitude(String word, String next) {
    String w = word.toLowerCase(Locale.ROOT);
    boolean listed = MAGNITUDES.contains(w) || next.equalsIgnoreCase("of") && MAGNITUDES.contains(w + " of");
    return listed ? number(w.substring(0, w.length() - 1)) : null;
  }

  static boolean isTimeUnit(String lemma) {
    return TIME_UNITS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** rise, fall or empty. */
  static String change(String lemma) {
    return lemma == null ? "" : CHANGE.getOrDefault(lemma.toLowerCase(Locale.ROOT), "");
  }

  /** Two-column lists: a word (or two), then its value. */
  private static Map<String, String> pairs(String name) {
    try (InputStream in = FigureWords.class.getResourceAsStream(name)) {
      Map<String, String> pairs = new HashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String entry = line.replaceFirst("#.*", "").strip();
        int last = entry.lastIndexOf(' ');
        if (last > 0) {
          pairs.put(entry.substring(0, last).strip().toLowerCase(Locale.ROOT), entry.substring(last + 1));
        }
      }
      return Map.copyOf(pairs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
