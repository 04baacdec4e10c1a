package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.corpusstats.report.csv.CsvTable;

/**
 * keywords.csv: the terms characteristic of a part of the corpus against the rest, as AntConc's and #LancsBox's
 * keyword lists compute them. Three kinds of comparison, in this order: every section against the rest of its
 * document (documents with two or more sections that have words), every document against the rest of the corpus
 * (corpora of two or more documents), and the whole corpus against {@code --reference}.
 *
 * <p>Terms are those of words.csv (same lemma or form, stopwords and numbers left out), sizes are running words.
 * A term is a keyword when its G² is significant at {@value #ALPHA} after Bonferroni's correction for the number of
 * terms tested in that comparison; keywords are then ranked by effect size, the log ratio (Hardie 2014), positive
 * (more frequent in the target) and negative apart.
 */
final class Keywords {

  static final String FILE = "keywords.csv";
  static final double ALPHA = 0.05;

  /** One comparison: the target's and the reference's term counts and sizes. */
  record Comparison(String kind, String document, Integer section, String part, String target, String reference,
                    Map<String, Long> targetCounts, long targetSize, Map<String, Long> referenceCounts,
                    long referenceSize) {}

  private final TermRules rules;
  private final ReferenceCorpus reference;

  /** @param reference the corpus to compare the whole corpus with, or null */
  Keywords(TermRules rules, ReferenceCorpus reference) {
    this.rules = rules;
    this.reference = reference;
  }

  /** Every keyword of every comparison, in the table's order. */
  List<Statistics.Keyword> rows(CorpusIndex index, Map<String, String> posOfTerm) {
    List<Statistics.Keyword> rows = new ArrayList<>();
    for (Comparison c : comparisons(index)) {
      for (Scored k : keywords(c)) {
        rows.add(new Statistics.Keyword(c.kind(), c.document(), c.section(), c.part(), c.target(), c.reference(),
            k.positive(), k.rank(), k.term(), posOfTerm.getOrDefault(k.term(), ""), k.count(), k.countReference(),
            perTenThousand(k.count(), c.targetSize()), perTenThousand(k.countReference(), c.referenceSize()),
            k.logLikelihood(), k.pValue(), k.pBonferroni(), k.logRatio(), k.percentDiff(), c.targetSize(),
            c.referenceSize()));
      }
    }
    return rows;
  }

  static CsvTable csv(List<Statistics.Keyword> rows) {
    CsvTable.Builder table = CsvTable.builder(FILE, "comparison", "document", "section", "part", "target",
        "reference", "direction", "rank", "term", "pos", "count", "count_reference", "per_10k", "per_10k_reference",
        "log_likelihood", "p_value", "p_bonferroni", "log_ratio", "percent_diff", "target_words", "reference_words");
    for (Statistics.Keyword k : rows) {
      table.row(k.comparison(), k.document(), k.section(), k.part(), k.target(), k.reference(),
          k.positive() ? "positive" : "negative", k.rank(), k.term(), k.pos(), k.count(), k.countReference(),
          Tables.cell(k.per10k()), Tables.cell(k.per10kReference()), Tables.cell(k.logLikelihood()),
          Tables.cell(k.pValue()), Tables.cell(k.pBonferroni()), Tables.cell(k.logRatio()),
          Tables.cell(k.percentDiff()), k.targetWords(), k.referenceWords());
    }
    return table.build();
  }

  /** A significant term of one comparison; rank 1 is the largest effect in its direction. */
  record Scored(String term, boolean positive, int rank, long count, long countReference, double logLikelihood,
                double pValue, double pBonferroni, double logRatio, double percentDiff) {}

  /** The significant terms of a comparison, positive ones first, each direction by effect size. */
  static List<Scored> keywords(Comparison c) {
    Set<String> tested = new TreeSet<>(c.targetCounts().keySet());
    tested.addAll(c.referenceCounts().keySet());
    List<Scored> significant = new ArrayList<>();
    for (String term : tested) {
      long a = c.targetCounts().getOrDefault(term, 0L);
      long b = c.referenceCounts().getOrDefault(term, 0L);
      double g2 = KeywordMeasures.logLikelihood(a, b, c.targetSize(), c.referenceSize());
      double p = KeywordMeasures.pValue(g2);
      double corrected = KeywordMeasures.bonferroni(p, tested.size());
      if (corrected < ALPHA) {
        double ratio = KeywordMeasures.logRatio(a, b, c.targetSize(), c.referenceSize());
        significant.add(new Scored(term, ratio > 0, 0, a, b, g2, p, corrected, ratio,
            KeywordMeasures.percentDiff(a, b, c.targetSize(), c.referenceSize())));
      }
    }
    // Largest effect first in each direction; ties by G², then term, so the order never depends on hashing.
    significant.sort(Comparator.comparing((Scored k) -> !k.positive())
        .thenComparing(k -> -Math.abs(k.logRatio()))
        .thenComparing(k -> -k.logLikelihood())
        .thenComparing(Scored::term));
    List<Scored> ranked = new ArrayList<>(significant.size());
    int rank = 0;
    for (int i = 0; i < significant.size(); i++) {
      Scored k = significant.get(i);
      rank = i > 0 && significant.get(i - 1).positive() == k.positive() ? rank + 1 : 1;
      ranked.add(new Scored(k.term(), k.positive(), rank, k.count(), k.countReference(), k.logLikelihood(),
          k.pValue(), k.pBonferroni(), k.logRatio(), k.percentDiff()));
    }
    return ranked;
  }

  /** Sections against their documents, documents against the corpus, the corpus against the reference. */
  List<Comparison> comparisons(CorpusIndex index) {
    Map<Integer, Map<String, Long>> bySection = new HashMap<>();
    Map<Integer, Map<String, Long>> byDocument = new HashMap<>();
    Map<String, Long> corpus = new HashMap<>();
    for (Map.Entry<CorpusCounts.SectionTerm, Long> e : index.counts().sectionTerms().entrySet()) {
      CorpusCounts.SectionTerm key = e.getKey();
      bySection.computeIfAbsent(index.section(key.slot(), key.section()).number(), k -> new HashMap<>())
          .merge(key.term(), e.getValue(), Long::sum);
      byDocument.computeIfAbsent(key.slot(), k -> new HashMap<>()).merge(key.term(), e.getValue(), Long::sum);
      corpus.merge(key.term(), e.getValue(), Long::sum);
    }
    Map<Integer, Long> documentSizes = new HashMap<>();
    Map<Integer, List<CorpusSection>> sectionsOf = new HashMap<>();
    for (CorpusSection section : index.sections()) {
      documentSizes.merge(section.documentSlot(), index.runningWords(section.number()), Long::sum);
      if (index.runningWords(section.number()) > 0) {
        sectionsOf.computeIfAbsent(section.documentSlot(), k -> new ArrayList<>()).add(section);
      }
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (CorpusSection section : index.sections()) {
      List<CorpusSection> siblings = sectionsOf.getOrDefault(section.documentSlot(), List.of());
      if (siblings.size() < 2 || !siblings.contains(section)) {
        continue;
      }
      Map<String, Long> target = bySection.getOrDefault(section.number(), Map.of());
      long size = index.runningWords(section.number());
      comparisons.add(new Comparison("section", section.document(), section.index(), section.column(),
          section.title(), "rest of document", target, size,
          minus(byDocument.getOrDefault(section.documentSlot(), Map.of()), target),
          documentSizes.get(section.documentSlot()) - size));
    }
    if (index.documentCount() > 1) {
      for (Map.Entry<Integer, CorpusCounts.DocumentProfile> d : index.counts().documents().entrySet()) {
        Map<String, Long> target = byDocument.getOrDefault(d.getKey(), Map.of());
        long size = documentSizes.getOrDefault(d.getKey(), 0L);
        if (size > 0 && size < index.runningWords()) {
          comparisons.add(new Comparison("document", d.getValue().document(), null, "", d.getValue().document(),
              "rest of corpus", target, size, minus(corpus, target), index.runningWords() - size));
        }
      }
    }
    if (reference != null && index.runningWords() > 0) {
      comparisons.add(new Comparison("reference", "", null, "", "corpus", reference.name(), corpus,
          index.runningWords(), comparable(reference.counts(), corpus.keySet()), reference.runningWords()));
    }
    return comparisons;
  }

  /**
   * The reference's terms as this run's rules count them: stopwords and numbers left out, and a lower-case entry
   * taken for a capitalised term of the corpus that the reference lacks (general frequency lists are lower case,
   * while proper nouns keep their capital here).
   */
  private Map<String, Long> comparable(Map<String, Long> counts, Set<String> corpusTerms) {
    Map<String, Long> kept = new HashMap<>();
    counts.forEach((term, n) -> {
      if (n > 0 && !rules.isStopword(term) && term.codePoints().anyMatch(Character::isLetter)) {
        kept.merge(term, n, Long::sum);
      }
    });
    Set<String> taken = new HashSet<>();
    for (String term : new TreeSet<>(corpusTerms)) {
      String lower = term.toLowerCase(Locale.ROOT);
      if (!kept.containsKey(term) && !lower.equals(term) && !corpusTerms.contains(lower) && kept.containsKey(lower)
          && taken.add(lower)) {
        kept.put(term, kept.remove(lower));
      }
    }
    return kept;
  }

  private static Map<String, Long> minus(Map<String, Long> whole, Map<String, Long> part) {
    Map<String, Long> rest = new HashMap<>();
    whole.forEach((term, n) -> {
      long left = n - part.getOrDefault(term, 0L);
      if (left > 0) {
        rest.put(term, left);
      }
    });
    return rest;
  }

  private static double perTenThousand(long count, long size) {
    return size == 0 ? Double.NaN : count * 10_000.0 / size;
  }
}
