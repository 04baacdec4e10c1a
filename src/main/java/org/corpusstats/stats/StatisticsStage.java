package org.corpusstats.stats;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Token;
import org.corpusstats.report.csv.CsvTable;

import tech.tablesaw.api.Table;

/**
 * The statistics stage: records in, tables out, nothing written. The order of the returned tables is part of the
 * contract; file and column names are documented in docs/STATISTICS.md.
 */
public final class StatisticsStage implements Serializable {

  private static final long serialVersionUID = 1L;

  private final StatsOptions options;
  private final TermRules rules;
  private final ReferenceCorpus reference;

  /**
   * Initialises Tablesaw ahead of use. Its {@code Table} class scans the classpath with ClassGraph when first
   * touched (about 0.3 s on a quiet machine, most of the statistics stage of a warm re-run).
   */
  public static void initialiseTablesaw() {
    try {
      Class.forName(Table.class.getName(), true, StatisticsStage.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Tablesaw is missing from the classpath", e);
    }
  }

  public StatisticsStage(StatsOptions options) {
    this(options, null);
  }

  /** @param reference what keywords.csv compares the whole corpus with ({@code --reference}), or null */
  public StatisticsStage(StatsOptions options, ReferenceCorpus reference) {
    this.options = Objects.requireNonNull(options, "options");
    this.rules = TermRules.of(options);
    this.reference = reference;
  }

  /** The same stage comparing the corpus with {@code reference} in keywords.csv. */
  public StatisticsStage withReference(ReferenceCorpus reference) {
    return new StatisticsStage(options, reference);
  }

  /**
   * A reference corpus counted from annotated sentences (lists of tokens) by the same rules as words.csv, so that
   * its terms and the corpus's compare like with like.
   */
  public ReferenceCorpus reference(String name, Iterable<List<Token>> sentences) {
    Map<String, Long> counts = new HashMap<>();
    long runningWords = 0;
    for (List<Token> sentence : sentences) {
      for (Token token : sentence) {
        if (rules.isRunningWord(token)) {
          runningWords++;
          String term = rules.term(token);
          if (rules.isCounted(token, term)) {
            counts.merge(term, 1L, Long::sum);
          }
        }
      }
    }
    return new ReferenceCorpus(name, counts, Math.max(1, runningWords));
  }

  /**
   * words.csv, ngrams.csv, cooccurrence.csv, collocates.csv, dispersion.csv, kwic.csv, sections.csv, summary.csv,
   * keywords.csv, in that order, over the whole corpus; with {@link StatsOptions#byDocument()} followed by the same nine for each
   * document in corpus order, named {@code words.<document-stem>.csv} and so on.
   *
   * <p>The two passes run through {@link #run(Passes)}: in a loop on this machine ({@link LocalPasses}), or on
   * Spark's executors, whose aggregations add the same counts up, so both give the same tables.
   */
  public List<CsvTable> tables(CorpusAnalysis corpus) {
    return results(corpus).tables();
  }

  /** The same tables, with typed rows of those the report draws. */
  public Statistics results(CorpusAnalysis corpus) {
    return run(new LocalPasses(this, corpus.documents()));
  }

  /**
   * The two passes, in their one order, wherever the documents are: pass one (counts, n-grams, pairs), the top
   * items from its sums, pass two around them, the tables; then each document's own tables when asked for.
   */
  public Statistics run(Passes passes) {
    CorpusCounts counts = passes.counts();
    Map<NGram, Integer> ngrams = passes.ngrams();
    Map<EntityPair, Integer> pairs = passes.pairs();
    TopItems top = top(counts);
    Statistics results = results(counts, ngrams, pairs, top, passes.around(top));
    if (options.byDocument()) {
      results = results.withMoreTables(named(passes.names(), passes.perDocument()));
    }
    return results;
  }

  /** Pass one for one document, found at {@code slot} in the corpus order. */
  public CorpusCounts count(int slot, DocumentAnalysis document) {
    return CorpusCounts.of(slot, document, rules, options.windows());
  }

  /**
   * One document's n-grams with their counts. N-grams and pairs are kept apart from {@link #count}: their keys
   * grow about as fast as the corpus, so they are summed by key and those below --min-count dropped.
   */
  public Map<NGram, Integer> countNGrams(DocumentAnalysis document) {
    return NGramCounts.count(document, rules);
  }

  /** One document's co-occurring entity pairs, in every window asked for, with their counts (units). */
  public Map<EntityPair, Integer> countPairs(DocumentAnalysis document) {
    return EntityCooccurrence.pairs(document, options.windows());
  }

  /** Adds the counts in {@code more} into {@code sum}, key by key. */
  public static <K> void addByKey(Map<K, Integer> sum, Map<K, Integer> more) {
    more.forEach((key, n) -> sum.merge(key, n, Integer::sum));
  }

  /** Whether an n-gram or pair with this count over the corpus is a row (--min-count). */
  public boolean reachesMinCount(int count) {
    return count >= options.minCount();
  }

  /** The items pass two counts around, from pass one over the whole corpus. */
  public TopItems top(CorpusCounts corpus) {
    return TopItems.of(corpus, new WordFrequencies(new CorpusIndex(corpus)), options.top());
  }

  /** Pass two for one document, found at {@code slot} in the corpus order. */
  public TopItemCounts countAround(int slot, DocumentAnalysis document, TopItems top) {
    return TopItemCounts.of(slot, document, top, rules, options.span());
  }

  /**
   * The nine corpus tables from the two passes over the whole corpus.
   *
   * @param ngrams n-gram counts over the corpus; those that do not {@link #reachesMinCount} may be left out
   * @param pairs  entity pair counts over the corpus, the same
   */
  public List<CsvTable> tables(CorpusCounts counts, Map<NGram, Integer> ngrams, Map<EntityPair, Integer> pairs,
                               TopItems top, TopItemCounts around) {
    return results(counts, ngrams, pairs, top, around).tables();
  }

  /** The same tables, with typed rows of those the report draws. */
  public Statistics results(CorpusCounts counts, Map<NGram, Integer> ngrams, Map<EntityPair, Integer> pairs,
                            TopItems top, TopItemCounts around) {
    CorpusIndex index = new CorpusIndex(counts);
    WordFrequencies words = new WordFrequencies(index);
    Table ngramTable = new NGramCounts(options.minCount()).table(ngrams, index.runningWords(), rules);
    Table pairTable = new EntityCooccurrence(options.windows(), options.minCount()).table(counts, pairs);
    List<Statistics.Metric> summary = new CorpusSummary().metrics(index, words);
    List<Statistics.Keyword> keywords = new Keywords(rules, reference).rows(index, words.posByTerm());
    List<CsvTable> tables = List.of(
        words.csv(),
        NGramCounts.csv(ngramTable),
        EntityCooccurrence.csv(pairTable),
        new Collocates(rules, options.span(), options.minCount())
            .csv(around, top, words.counts(), index.runningWords()),
        new Dispersion().csv(index, top, around),
        new Concordance().csv(top, around),
        new SectionProfile().csv(index),
        CorpusSummary.csv(summary),
        Keywords.csv(keywords));
    return new Statistics(tables, words.rows(), NGramCounts.rows(ngramTable), EntityCooccurrence.rows(pairTable),
        keywords, summary);
  }

  /** The nine tables of one document on its own, named as corpus tables; {@link #named} renames them. */
  public List<CsvTable> documentTables(DocumentAnalysis document) {
    CorpusCounts counts = count(0, document);
    TopItems top = top(counts);
    return tables(counts, countNGrams(document), countPairs(document), top, countAround(0, document, top));
  }

  /**
   * Per-document tables renamed after their documents, {@code words.csv} of {@code chapter-1.txt} becoming
   * {@code words.chapter-1.csv}, in the documents' order.
   */
  public static List<CsvTable> named(List<String> documents, List<List<CsvTable>> tables) {
    Set<String> stems = new HashSet<>();
    List<CsvTable> named = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      String stem = uniqueStem(documents.get(i), stems);
      for (CsvTable table : tables.get(i)) {
        named.add(new CsvTable(perDocumentName(table.fileName(), stem), table.header(), table.rows()));
      }
    }
    return named;
  }

  /** Whether {@link #tables(CorpusAnalysis)} also gives every document's tables. */
  public boolean byDocument() {
    return options.byDocument();
  }

  /** {@code words.csv} + {@code chapter-1} gives {@code words.chapter-1.csv}. */
  static String perDocumentName(String fileName, String stem) {
    int dot = fileName.lastIndexOf('.');
    return fileName.substring(0, dot) + "." + stem + fileName.substring(dot);
  }

  /**
   * The document name without folders and its last extension, reduced to characters every file system accepts;
   * a second document with the same stem gets {@code -2}, and so on.
   */
  static String uniqueStem(String document, Set<String> taken) {
    String name = document.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String stem = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    if (stem.isEmpty()) {
      stem = "document";
    }
    String unique = stem;
    for (int n = 2; !taken.add(unique); n++) {
      unique = stem + "-" + n;
    }
    return unique;
  }
}
