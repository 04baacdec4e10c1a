package org.corpusstats.stats;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corpusstats.extract.DocumentAnalysis;

/**
 * The second pass of the statistics, once the first ({@link CorpusCounts}) has chosen the {@link TopItems}: what
 * collocates.csv, dispersion.csv and kwic.csv count around them. Like the first pass, counted per document and
 * {@link #add added up} in any order, the documents keyed by their position in the corpus.
 */
public final class TopItemCounts implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A collocate of the top entity of rank {@code node}. */
  record Hit(int node, String collocate) implements Serializable {}

  private final Map<Hit, Integer> hits = new HashMap<>();
  private long[] windowPositions = new long[0];
  /** Per document: per section index, the count of each top item (entities, then terms, in rank order). */
  private final TreeMap<Integer, Map<Integer, long[]>> sectionCounts = new TreeMap<>();
  /** Per document: its concordance lines, by entity rank, then text order. */
  private final TreeMap<Integer, List<Concordance.Line>> lines = new TreeMap<>();

  /** Nothing counted: what every sum starts from. */
  public static TopItemCounts none() {
    return new TopItemCounts();
  }

  /** Counts around the top items in one document, found at {@code slot} in the corpus order. */
  static TopItemCounts of(int slot, DocumentAnalysis document, TopItems top, TermRules rules, int span) {
    TopItemCounts counts = new TopItemCounts();
    counts.windowPositions = new Collocates(rules, span, 0).count(document, top, counts.hits);
    counts.sectionCounts.put(slot, Dispersion.count(document, top, rules));
    counts.lines.put(slot, Concordance.lines(document, top));
    return counts;
  }

  /**
   * Adds {@code other}'s counts to these and returns these; {@code other} is left as it was. Both must count
   * different documents.
   */
  public TopItemCounts add(TopItemCounts other) {
    other.hits.forEach((hit, n) -> hits.merge(hit, n, Integer::sum));
    if (windowPositions.length < other.windowPositions.length) {
      windowPositions = Arrays.copyOf(windowPositions, other.windowPositions.length);
    }
    for (int i = 0; i < other.windowPositions.length; i++) {
      windowPositions[i] += other.windowPositions[i];
    }
    other.sectionCounts.forEach((slot, counts) -> {
      if (sectionCounts.putIfAbsent(slot, counts) != null) {
        throw new IllegalArgumentException("Document #" + (slot + 1) + " is counted twice");
      }
    });
    lines.putAll(other.lines);
    return this;
  }

  Map<Hit, Integer> hits() {
    return Collections.unmodifiableMap(hits);
  }

  /** Window positions searched around the top entity of rank {@code node}. */
  long windowPositions(int node) {
    return node < windowPositions.length ? windowPositions[node] : 0;
  }

  /** Per document by corpus position: per section index, the count of each top item. */
  Map<Integer, Map<Integer, long[]>> sectionCounts() {
    return Collections.unmodifiableMap(sectionCounts);
  }

  /** Per document by corpus position, its concordance lines. */
  List<List<Concordance.Line>> lines() {
    return new ArrayList<>(lines.values());
  }
}
