package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.List;

import org.corpusstats.report.csv.CsvTable;

/**
 * What the statistics stage gives the rest of the run: the tables to write, in the stage's order, and typed rows
 * of the corpus tables the report draws, so that charts and the page never look columns up by name.
 */
public record Statistics(List<CsvTable> tables, List<TermFrequency> words, List<NGramScore> ngrams,
                         List<PairScore> cooccurrence, List<Keyword> keywords, List<Metric> summary) {

  public Statistics {
    tables = List.copyOf(tables);
    words = List.copyOf(words);
    ngrams = List.copyOf(ngrams);
    cooccurrence = List.copyOf(cooccurrence);
    keywords = List.copyOf(keywords);
    summary = List.copyOf(summary);
  }

  /** No rows at all: what a report of no statistics draws from. */
  public static Statistics none() {
    return new Statistics(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** The same results with more tables written after these (the per-document copies). */
  public Statistics withMoreTables(List<CsvTable> more) {
    List<CsvTable> all = new ArrayList<>(tables);
    all.addAll(more);
    return new Statistics(all, words, ngrams, cooccurrence, keywords, summary);
  }

  /** A row of words.csv. */
  public record TermFrequency(String term, String pos, int count, double per10k, int documents) {}

  /** A row of ngrams.csv; the association measures are NaN for trigrams. */
  public record NGramScore(int n, String ngram, int count, double per10k, boolean stopwordEdge, double logDice,
                           double mi, double logLikelihood) {}

  /** A row of cooccurrence.csv; an undefined measure is NaN. */
  public record PairScore(String entityA, String typeA, String entityB, String typeB, String window, int count,
                          double pmi, double npmi, double logLikelihood, double logDice) {}

  /**
   * A row of keywords.csv: one significant term of one comparison.
   *
   * @param comparison {@code section}, {@code document} or {@code reference}
   * @param section    the target section's index in its document, or null
   * @param positive   more frequent in the target than in the reference
   */
  public record Keyword(String comparison, String document, Integer section, String part, String target,
                        String reference, boolean positive, int rank, String term, String pos, long count,
                        long countReference, double per10k, double per10kReference, double logLikelihood,
                        double pValue, double pBonferroni, double logRatio, double percentDiff, long targetWords,
                        long referenceWords) {}

  /** A row of summary.csv; an undefined value is null. */
  public record Metric(String name, Number value) {}
}
