package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The one pass over every token: numbers the sections across the corpus, counts running words and types per
 * section, the documents of every term, and reduces the tokens to one row per distinct term and tag, which
 * words.csv sorts and scans with Tablesaw.
 *
 * <p>Why a hash count first: Tablesaw's group-by costs one to three seconds per million rows on a two-core machine,
 * so Tablesaw gets the distinct combinations (tens of thousands of rows), never the million tokens.
 */
final class CorpusIndex {

  private final List<CorpusSection> sections = new ArrayList<>();
  private final List<Map<Integer, CorpusSection>> sectionsBySlot = new ArrayList<>();
  private final long[] sectionRunningWords;
  private final int[] sectionTypes;
  private final long runningWords;
  private final long headingRunningWords;
  private final Table terms;
  private final Map<String, Spread> spread = new HashMap<>();
  private final Map<String, int[]> totals = new HashMap<>();

  /** A term with a coarse tag. The hash mixes the term's, as similar words have close string hashes. */
  private record TermKey(String term, String pos, boolean counted) {
    @Override
    public int hashCode() {
      return (term.hashCode() * 0x9E3779B9 + pos.hashCode()) * 31 + (counted ? 1 : 0);
    }
  }

  /** A term in a section. The record's default hash (31 * h + n) collides for similar words in nearby sections. */
  private record TermIn(String term, int section) {
    @Override
    public int hashCode() {
      return term.hashCode() * 0x9E3779B9 + section;
    }
  }

  /** Per counted term: the documents it occurs in, counted as the pass moves from one document to the next. */
  private static final class Spread {
    int documents;
    int lastSlot = -1;
  }

  CorpusIndex(CorpusAnalysis corpus, TermRules rules) {
    corpus.documents().forEach(this::numberSections);
    sectionRunningWords = new long[sections.size()];
    sectionTypes = new int[sections.size()];
    Map<TermKey, int[]> byTerm = new HashMap<>();
    Set<TermIn> inSection = new HashSet<>();
    long total = 0;
    long inHeadings = 0;
    for (int slot = 0; slot < corpus.documents().size(); slot++) {
      for (Sentence sentence : corpus.documents().get(slot).sentences()) {
        int number = section(slot, sentence.sectionIndex()).number();
        for (Token token : sentence.tokens()) {
          if (!rules.isRunningWord(token)) {
            continue;
          }
          total++;
          inHeadings += sentence.heading() ? 1 : 0;
          sectionRunningWords[number - 1]++;
          String term = rules.term(token);
          boolean counted = rules.isCounted(token, term);
          byTerm.computeIfAbsent(new TermKey(term, TermRules.coarsePos(token.pos()), counted), k -> new int[1])[0]++;
          if (counted) {
            Spread seen = spread.computeIfAbsent(term, k -> new Spread());
            if (seen.lastSlot != slot) {
              seen.lastSlot = slot;
              seen.documents++;
            }
          }
          if (inSection.add(new TermIn(term, number))) {
            sectionTypes[number - 1]++;
          }
        }
      }
    }
    runningWords = total;
    headingRunningWords = inHeadings;
    terms = termTable(byTerm);
    byTerm.forEach((key, n) -> totals.computeIfAbsent(key.term(), k -> new int[1])[0] += n[0]);
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

  private static Table termTable(Map<TermKey, int[]> counts) {
    StringColumn term = StringColumn.create("term");
    StringColumn pos = StringColumn.create("pos");
    BooleanColumn counted = BooleanColumn.create("counted");
    IntColumn count = IntColumn.create("count");
    counts.forEach((key, n) -> {
      term.append(key.term());
      pos.append(key.pos());
      counted.append(key.counted());
      count.append(n[0]);
    });
    return Table.create("terms", term, pos, counted, count);
  }

  List<CorpusSection> sections() {
    return List.copyOf(sections);
  }

  /** The corpus section of a document's section index; a mention or sentence always falls in a numbered one. */
  CorpusSection section(int slot, int index) {
    CorpusSection section = sectionsBySlot.get(slot).get(index);
    if (section == null) {
      // Only a mention can get here: sections are numbered from the document's sections and sentences.
      throw new IllegalArgumentException("A mention in document #" + (slot + 1) + " points to section " + index
          + ", which has no sentence and is not among the document's sections");
    }
    return section;
  }

  /** Running words (non-punctuation tokens, numbers and stopwords included): the per_10k denominator. */
  long runningWords() {
    return runningWords;
  }

  /** Running words in heading lines, the titles included. */
  long headingRunningWords() {
    return headingRunningWords;
  }

  /** Running words of the section numbered {@code number}. */
  long runningWords(int number) {
    return sectionRunningWords[number - 1];
  }

  /** Distinct terms among the running words of the section numbered {@code number}. */
  int types(int number) {
    return sectionTypes[number - 1];
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
    Spread seen = spread.get(term);
    return seen == null ? 0 : seen.documents;
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
