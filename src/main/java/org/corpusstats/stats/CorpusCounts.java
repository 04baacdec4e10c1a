package org.corpusstats.stats;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Mention;
import org.corpusstats.extract.Quote;
import org.corpusstats.extract.QuoteKind;
import org.corpusstats.extract.Sentence;
import org.corpusstats.extract.Token;

/**
 * The first pass of the statistics: everything counted in one walk over a document's tokens, sentences and
 * mentions, kept so that the counts of two parts of a corpus {@link #add add up} to the counts of both. The
 * documents are keyed by their position in the corpus, so adding in any order gives the same counts: the local
 * engine adds document after document, Spark adds them up in a tree across its executors.
 *
 * <p>words.csv, cooccurrence.csv, sections.csv and summary.csv are finished from these counts alone, and so is the
 * choice of the top items that the second pass ({@link TopItemCounts}) counts around.
 */
public final class CorpusCounts implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A term with a coarse tag. The hash mixes the term's, as similar words have close string hashes. */
  record TermKey(String term, String pos, boolean counted) implements Serializable {
    @Override
    public int hashCode() {
      return (term.hashCode() * 0x9E3779B9 + pos.hashCode()) * 31 + (counted ? 1 : 0);
    }
  }

  /** A counted term in one section of one document: what keywords.csv compares. */
  record SectionTerm(int slot, int section, String term) implements Serializable {}

  /** One section of one document: what sections.csv reports and dispersion.csv divides by. */
  record SectionCounts(int index, String title, long runningWords, int types, int sentences, int paragraphs)
      implements Serializable {}

  /** One document: its sections in index order, and the sizes summary.csv adds up. */
  record DocumentProfile(String document, List<SectionCounts> sections, int paragraphs, int sentences,
                         int headings, int quotations, int quotedTerms, int figures, int dates)
      implements Serializable {
    DocumentProfile {
      sections = List.copyOf(sections);
    }

    CorpusSection.Outline outline() {
      TreeMap<Integer, String> titles = new TreeMap<>();
      sections.forEach(section -> titles.put(section.index(), section.title()));
      return new CorpusSection.Outline(document, titles);
    }
  }

  /**
   * Co-occurrence in one kind of window: the units, and the units that mention each entity (the units that
   * mention both of a pair are {@link EntityPair} counts). Units never cross documents, so these add up across
   * documents.
   */
  static final class UnitCounts implements Serializable {
    private static final long serialVersionUID = 1L;
    long units;
    final Map<EntityKey, Integer> unitsWith = new HashMap<>();

    void add(UnitCounts other) {
      units += other.units;
      other.unitsWith.forEach((key, n) -> unitsWith.merge(key, n, Integer::sum));
    }
  }

  private final TreeMap<Integer, DocumentProfile> documents = new TreeMap<>();
  private final Map<TermKey, Long> terms = new HashMap<>();
  private final Map<SectionTerm, Long> sectionTerms = new HashMap<>();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final Map<EntityKey, Integer> mentions = new HashMap<>();
  private final EnumMap<Window, UnitCounts> windows = new EnumMap<>(Window.class);
  private long runningWords;
  private long headingRunningWords;

  /** Nothing counted: what every sum starts from. */
  public static CorpusCounts none() {
    return new CorpusCounts();
  }

  /** Counts one document, found at {@code slot} in the corpus order. */
  static CorpusCounts of(int slot, DocumentAnalysis document, TermRules rules, Set<Window> windows) {
    CorpusCounts counts = new CorpusCounts();
    counts.documents.put(slot, counts.countTokens(slot, document, rules));
    for (Mention mention : document.mentions()) {
      counts.mentions.merge(EntityKey.of(mention), 1, Integer::sum);
    }
    for (Window window : windows) {
      counts.windows.put(window, EntityCooccurrence.units(document, window));
    }
    return counts;
  }

  /** The walk over the tokens: terms, running words per section, distinct terms per section. */
  private DocumentProfile countTokens(int slot, DocumentAnalysis document, TermRules rules) {
    SortedMap<Integer, String> titles = CorpusSection.Outline.of(document).titles();
    Map<Integer, long[]> words = new HashMap<>();
    Map<Integer, Set<String>> types = new HashMap<>();
    Map<Integer, int[]> sentences = new HashMap<>();
    Map<Integer, Set<Integer>> paragraphs = new HashMap<>();
    Set<Integer> allParagraphs = new HashSet<>();
    Set<String> inDocument = new HashSet<>();
    int headings = 0;
    for (Sentence sentence : document.sentences()) {
      int section = sentence.sectionIndex();
      sentences.computeIfAbsent(section, k -> new int[1])[0]++;
      paragraphs.computeIfAbsent(section, k -> new HashSet<>()).add(sentence.paragraph());
      allParagraphs.add(sentence.paragraph());
      headings += sentence.heading() ? 1 : 0;
      long[] sectionWords = words.computeIfAbsent(section, k -> new long[1]);
      Set<String> sectionTypes = types.computeIfAbsent(section, k -> new HashSet<>());
      for (Token token : sentence.tokens()) {
        if (!rules.isRunningWord(token)) {
          continue;
        }
        runningWords++;
        headingRunningWords += sentence.heading() ? 1 : 0;
        sectionWords[0]++;
        String term = rules.term(token);
        boolean counted = rules.isCounted(token, term);
        terms.merge(new TermKey(term, TermRules.coarsePos(token.pos()), counted), 1L, Long::sum);
        if (counted) {
          sectionTerms.merge(new SectionTerm(slot, section, term), 1L, Long::sum);
          if (inDocument.add(term)) {
            documentFrequency.merge(term, 1, Integer::sum);
          }
        }
        sectionTypes.add(term);
      }
    }
    List<SectionCounts> sections = new ArrayList<>();
    titles.forEach((index, title) -> sections.add(new SectionCounts(index, title,
        words.getOrDefault(index, new long[1])[0], types.getOrDefault(index, Set.of()).size(),
        sentences.getOrDefault(index, new int[1])[0], paragraphs.getOrDefault(index, Set.of()).size())));
    int quotations = 0;
    int quotedTerms = 0;
    for (Quote quote : document.quotes()) {
      quotations += quote.kind() == QuoteKind.QUOTATION ? 1 : 0;
      quotedTerms += quote.kind() == QuoteKind.TERM ? 1 : 0;
    }
    return new DocumentProfile(document.document(), sections, allParagraphs.size(), document.sentences().size(),
        headings, quotations, quotedTerms, document.figures().size(), document.dates().size());
  }

  /**
   * Adds {@code other}'s counts to these and returns these; {@code other} is left as it was. Both must count
   * different documents.
   */
  public CorpusCounts add(CorpusCounts other) {
    for (Map.Entry<Integer, DocumentProfile> entry : other.documents.entrySet()) {
      if (documents.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
        throw new IllegalArgumentException("Document #" + (entry.getKey() + 1) + " is counted twice");
      }
    }
    other.terms.forEach((key, n) -> terms.merge(key, n, Long::sum));
    other.sectionTerms.forEach((key, n) -> sectionTerms.merge(key, n, Long::sum));
    other.documentFrequency.forEach((term, n) -> documentFrequency.merge(term, n, Integer::sum));
    other.mentions.forEach((key, n) -> mentions.merge(key, n, Integer::sum));
    other.windows.forEach((window, units) -> windows.computeIfAbsent(window, w -> new UnitCounts()).add(units));
    runningWords += other.runningWords;
    headingRunningWords += other.headingRunningWords;
    return this;
  }

  /** Documents by corpus position. */
  Map<Integer, DocumentProfile> documents() {
    return Collections.unmodifiableMap(documents);
  }

  Map<TermKey, Long> terms() {
    return Collections.unmodifiableMap(terms);
  }

  /** Counted terms by document slot and section index. */
  Map<SectionTerm, Long> sectionTerms() {
    return Collections.unmodifiableMap(sectionTerms);
  }

  /** Documents a counted term occurs in; 0 for any other. */
  int documents(String term) {
    return documentFrequency.getOrDefault(term, 0);
  }

  /** Mentions per canonical entity. */
  Map<EntityKey, Integer> mentions() {
    return Collections.unmodifiableMap(mentions);
  }

  /** Co-occurrence counts of a window; empty when the window was not asked for. */
  UnitCounts window(Window window) {
    return windows.getOrDefault(window, new UnitCounts());
  }

  long runningWords() {
    return runningWords;
  }

  long headingRunningWords() {
    return headingRunningWords;
  }
}
