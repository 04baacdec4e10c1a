package org.corpusstats.stats;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the statistics stage. Validated here, so every table can trust them.
 *
 * @param terms         what a term is: the lemma (default) or the word form
 * @param stopwords     terms left out of words, collocates and the term rows of dispersion, and of n-grams made
 *                      only of them; matched exactly against the case-folded term (see docs/STATISTICS.md)
 * @param keepStopwords true to count stopwords like any other term (the list is then ignored)
 * @param windows       units inside which entities co-occur; iterated smallest first
 * @param minCount      rows of ngrams.csv, cooccurrence.csv and collocates.csv need at least this count
 * @param top           how many entities (by mentions) and terms (by count) get collocates, dispersion and KWIC
 * @param span          collocate window: this many running words left and right of a mention
 * @param byDocument    also return every table per document, named {@code words.<document-stem>.csv}
 */
public record StatsOptions(TermMode terms, Set<String> stopwords, boolean keepStopwords, Set<Window> windows,
                           int minCount, int top, int span, boolean byDocument) implements Serializable {

  public static final int DEFAULT_MIN_COUNT = 2;
  public static final int DEFAULT_TOP = 20;
  public static final int DEFAULT_SPAN = 5;

  public StatsOptions {
    Objects.requireNonNull(terms, "terms");
    stopwords = Set.copyOf(stopwords);
    // An EnumSet iterates in declaration order whatever order the caller used: the output stays deterministic.
    EnumSet<Window> ordered = EnumSet.noneOf(Window.class);
    ordered.addAll(windows);
    windows = Collections.unmodifiableSet(ordered);
    requireAtLeast("minCount", minCount, 1);
    requireAtLeast("top", top, 1);
    requireAtLeast("span", span, 1);
  }

  /** Lemmas, the built-in English stopwords left out, sentence and paragraph windows, min count 2, top 20, span 5. */
  public static StatsOptions defaults() {
    return new StatsOptions(TermMode.LEMMA, Stopwords.english(), false, EnumSet.of(Window.SENTENCE, Window.PARAGRAPH),
        DEFAULT_MIN_COUNT, DEFAULT_TOP, DEFAULT_SPAN, false);
  }

  public StatsOptions withTerms(TermMode value) {
    return new StatsOptions(value, stopwords, keepStopwords, windows, minCount, top, span, byDocument);
  }

  public StatsOptions withStopwords(Set<String> value) {
    return new StatsOptions(terms, value, keepStopwords, windows, minCount, top, span, byDocument);
  }

  public StatsOptions withKeepStopwords(boolean value) {
    return new StatsOptions(terms, stopwords, value, windows, minCount, top, span, byDocument);
  }

  public StatsOptions withWindows(Set<Window> value) {
    return new StatsOptions(terms, stopwords, keepStopwords, value, minCount, top, span, byDocument);
  }

  public StatsOptions withMinCount(int value) {
    return new StatsOptions(terms, stopwords, keepStopwords, windows, value, top, span, byDocument);
  }

  public StatsOptions withTop(int value) {
    return new StatsOptions(terms, stopwords, keepStopwords, windows, minCount, value, span, byDocument);
  }

  public StatsOptions withSpan(int value) {
    return new StatsOptions(terms, stopwords, keepStopwords, windows, minCount, top, value, byDocument);
  }

  public StatsOptions withByDocument(boolean value) {
    return new StatsOptions(terms, stopwords, keepStopwords, windows, minCount, top, span, value);
  }

  private static void requireAtLeast(String name, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be at least " + minimum + ", got " + value);
    }
  }
}
