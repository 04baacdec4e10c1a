package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Section;
import org.corpusstats.extract.Sentence;
import org.corpusstats.extract.Token;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The one pass over every token: numbers the sections across the corpus and reduces the running words to a table
 * of {@code term, pos, document, section, counted, count} (one row per distinct combination) that words.csv,
 * sections.csv, dispersion.csv and summary.csv aggregate with Tablesaw.
 *
 * <p>Why reduce first: Tablesaw's group-by costs about a second per million rows on this machine, and every table
 * needs a different grouping; a single hash count brings a million tokens down to a few hundred thousand rows.
 */
final class CorpusIndex {

  private final List<CorpusSection> sections = new ArrayList<>();
  private final List<Map<Integer, CorpusSection>> sectionsBySlot = new ArrayList<>();
  private final long[] sectionRunningWords;
  private final long runningWords;
  private final Table occurrences;

  private record Occurrence(String term, String pos, int slot, int section, boolean counted) {}

  CorpusIndex(CorpusAnalysis corpus, TermRules rules) {
    for (DocumentAnalysis document : corpus.documents()) {
      numberSections(document);
    }
    sectionRunningWords = new long[sections.size()];
    Map<Occurrence, int[]> counts = new HashMap<>();
    long total = 0;
    List<DocumentAnalysis> documents = corpus.documents();
    for (int slot = 0; slot < documents.size(); slot++) {
      for (Sentence sentence : documents.get(slot).sentences()) {
        int number = section(slot, sentence.sectionIndex()).number();
        for (Token token : sentence.tokens()) {
          if (!rules.isRunningWord(token)) {
            continue;
          }
          total++;
          sectionRunningWords[number - 1]++;
          Occurrence key = new Occurrence(rules.term(token), TermRules.coarsePos(token.pos()), slot, number,
              rules.isCounted(token));
          counts.computeIfAbsent(key, k -> new int[1])[0]++;
        }
      }
    }
    runningWords = total;
    occurrences = toTable(counts);
  }

  /** Sections named in {@link DocumentAnalysis#sections()}, plus any a sentence points to that the list lacks. */
  private void numberSections(DocumentAnalysis document) {
    TreeMap<Integer, String> titles = new TreeMap<>();
    for (Section section : document.sections()) {
      titles.putIfAbsent(section.index(), section.title());
    }
    for (Sentence sentence : document.sentences()) {
      titles.putIfAbsent(sentence.sectionIndex(), sentence.section());
    }
    int slot = sectionsBySlot.size();
    Map<Integer, CorpusSection> byIndex = new HashMap<>();
    titles.forEach((index, title) -> {
      CorpusSection section = new CorpusSection(sections.size() + 1, slot, document.document(), index,
          title == null ? "" : title);
      sections.add(section);
      byIndex.put(index, section);
    });
    sectionsBySlot.add(byIndex);
  }

  private static Table toTable(Map<Occurrence, int[]> counts) {
    StringColumn term = StringColumn.create("term");
    StringColumn pos = StringColumn.create("pos");
    IntColumn document = IntColumn.create("document");
    IntColumn section = IntColumn.create("section");
    BooleanColumn counted = BooleanColumn.create("counted");
    IntColumn count = IntColumn.create("count");
    counts.forEach((key, n) -> {
      term.append(key.term());
      pos.append(key.pos());
      document.append(key.slot());
      section.append(key.section());
      counted.append(key.counted());
      count.append(n[0]);
    });
    return Table.create("occurrences", term, pos, document, section, counted, count);
  }

  List<CorpusSection> sections() {
    return List.copyOf(sections);
  }

  /** The corpus section of a document's section index; a mention or sentence always falls in a numbered one. */
  CorpusSection section(int slot, int index) {
    CorpusSection section = sectionsBySlot.get(slot).get(index);
    if (section == null) {
      throw new IllegalArgumentException("Document " + slot + " has no section " + index);
    }
    return section;
  }

  /** Running words (non-punctuation tokens, numbers and stopwords included): the per_10k denominator. */
  long runningWords() {
    return runningWords;
  }

  /** Running words of the section numbered {@code number}. */
  long runningWords(int number) {
    return sectionRunningWords[number - 1];
  }

  /** Every running word, reduced: {@code counted} marks the rows words.csv counts (no numbers, no stopwords). */
  Table occurrences() {
    return occurrences;
  }
}
