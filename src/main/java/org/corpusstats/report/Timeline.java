package org.corpusstats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DateRef;
import org.corpusstats.extract.DocumentAnalysis;

/** The calendar years the corpus names: the one place they are counted, for timeline.csv and its chart. */
public final class Timeline {

  /**
   * A year named by at least one date (a range such as 1927-28 counts for each year it names).
   *
   * @param mentions  date expressions naming it: {@code explicit + inferred}
   * @param sentences distinct sentences with such an expression
   * @param documents documents naming it
   */
  public record Year(int year, int mentions, int sentences, int explicit, int inferred, int documents) {}

  private Timeline() {}

  /** Every year named, in order. */
  public static List<Year> of(CorpusAnalysis corpus) {
    Map<Integer, int[]> counts = new TreeMap<>();
    Map<Integer, Set<String>> sentences = new TreeMap<>();
    Map<Integer, Set<String>> documents = new TreeMap<>();
    for (DocumentAnalysis doc : corpus.documents()) {
      for (DateRef d : doc.dates()) {
        for (int year : d.years()) {
          int[] c = counts.computeIfAbsent(year, y -> new int[2]);
          c[d.inferred() ? 1 : 0]++;
          sentences.computeIfAbsent(year, y -> new TreeSet<>()).add(d.document() + "#" + d.sentence());
          documents.computeIfAbsent(year, y -> new TreeSet<>()).add(d.document());
        }
      }
    }
    List<Year> years = new ArrayList<>();
    counts.forEach((year, c) -> years.add(new Year(year, c[0] + c[1], sentences.get(year).size(), c[0], c[1],
        documents.get(year).size())));
    return years;
  }
}
