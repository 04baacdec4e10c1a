package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The first pass's counts ({@link CorpusCounts}) read as a corpus: the sections numbered across it, their sizes,
 * and one row per distinct term and tag, which words.csv sorts and scans with Tablesaw.
 *
 * <p>Why a hash count first: Tablesaw's group-by costs one to three seconds per million rows on a two-core machine,
 * so Tablesaw gets the distinct combinations (tens of thousands of rows), never the million tokens.
 */
final class CorpusIndex {

  private final CorpusCounts counts;
  private final List<CorpusSection> sections;
  /** The counts of each section, in the order of {@link #sections}. */
  private final List<CorpusCounts.SectionCounts> sectionCounts = new ArrayList<>();
  private final Map<Integer, Map<Integer, CorpusSection>> sectionsBySlot = new HashMap<>();
  private final Table terms;
  private final Map<String, long[]> totals = new HashMap<>();

  CorpusIndex(CorpusCounts counts) {
    this.counts = counts;
    SortedMap<Integer, CorpusSection.Outline> outlines = new TreeMap<>();
    counts.documents().forEach((slot, document) -> outlines.put(slot, document.outline()));
    sections = CorpusSection.number(outlines);
    for (CorpusSection section : sections) {
      sectionsBySlot.computeIfAbsent(section.documentSlot(), slot -> new HashMap<>()).put(section.index(), section);
      sectionCounts.add(counts.documents().get(section.documentSlot()).sections().stream()
          .filter(s -> s.index() == section.index()).findFirst().orElseThrow());
    }
    terms = termTable(counts.terms());
    counts.terms().forEach((key, n) -> totals.computeIfAbsent(key.term(), k -> new long[1])[0] += n);
  }

  private static Table termTable(Map<CorpusCounts.TermKey, Long> counts) {
    StringColumn term = StringColumn.create("term");
    StringColumn pos = StringColumn.create("pos");
    BooleanColumn counted = BooleanColumn.create("counted");
    IntColumn count = IntColumn.create("count");
    counts.forEach((key, n) -> {
      term.append(key.term());
      pos.append(key.pos());
      counted.append(key.counted());
      count.append(Math.toIntExact(n));
    });
    return Table.create("terms", term, pos, counted, count);
  }

  CorpusCounts counts() {
    return counts;
  }

  /** Documents in the corpus. */
  int documentCount() {
    return counts.documents().size();
  }

  List<CorpusSection> sections() {
    return List.copyOf(sections);
  }

  /** The corpus section of a document's section index; a mention or sentence always falls in a numbered one. */
  CorpusSection section(int slot, int index) {
    CorpusSection section = sectionsBySlot.getOrDefault(slot, Map.of()).get(index);
    if (section == null) {
      // Only a mention can get here: sections are numbered from the document's sections and sentences.
      throw new IllegalArgumentException("A mention in document #" + (slot + 1) + " points to section " + index
          + ", which has no sentence and is not among the document's sections");
    }
    return section;
  }

  /** Running words (non-punctuation tokens, numbers and stopwords included): the per_10k denominator. */
  long runningWords() {
    return counts.runningWords();
  }

  /** Running words in heading lines, the titles included. */
  long headingRunningWords() {
    return counts.headingRunningWords();
  }

  /** Running words of the section numbered {@code number}. */
  long runningWords(int number) {
    return sectionCounts.get(number - 1).runningWords();
  }

  /** Distinct terms among the running words of the section numbered {@code number}. */
  int types(int number) {
    return sectionCounts.get(number - 1).types();
  }

  /** Sentences of the section numbered {@code number}. */
  int sentences(int number) {
    return sectionCounts.get(number - 1).sentences();
  }

  /** Paragraphs with a sentence in the section numbered {@code number}. */
  int paragraphs(int number) {
    return sectionCounts.get(number - 1).paragraphs();
  }

  /**
   * {@code term, pos, counted, count}: one row per term and coarse tag; {@code counted} marks what words.csv
   * counts (no numbers, no stopwords unless kept). All rows together are every running word.
   */
  Table terms() {
    return terms;
  }

  /** Documents a counted term occurs in; 0 for any other. */
  int documents(String term) {
    return counts.documents(term);
  }

  /** Distinct terms among all running words. */
  int types() {
    return totals.size();
  }

  /** Terms that occur exactly once among all running words. */
  int hapaxLegomena() {
    return (int) totals.values().stream().filter(n -> n[0] == 1).count();
  }
}
