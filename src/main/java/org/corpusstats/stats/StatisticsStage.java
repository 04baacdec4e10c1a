package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.report.csv.CsvTable;

/**
 * The statistics stage: records in, tables out, nothing written. The order of the returned tables is part of the
 * contract; file and column names are documented in docs/STATISTICS.md.
 */
public final class StatisticsStage {

  private final StatsOptions options;
  private final TermRules rules;

  public StatisticsStage(StatsOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.rules = TermRules.of(options);
  }

  /**
   * words.csv, ngrams.csv, cooccurrence.csv, collocates.csv, dispersion.csv, kwic.csv, sections.csv, summary.csv,
   * in that order, over the whole corpus; with {@link StatsOptions#byDocument()} followed by the same eight for each
   * document in corpus order, named {@code words.<document-stem>.csv} and so on.
   */
  public List<CsvTable> tables(CorpusAnalysis corpus) {
    List<CsvTable> tables = new ArrayList<>(corpusTables(corpus));
    if (options.byDocument()) {
      Set<String> stems = new HashSet<>();
      for (DocumentAnalysis document : corpus.documents()) {
        String stem = uniqueStem(document.document(), stems);
        CorpusAnalysis single = new CorpusAnalysis(List.of(document), corpus.entities());
        for (CsvTable table : corpusTables(single)) {
          tables.add(new CsvTable(perDocumentName(table.fileName(), stem), table.header(), table.rows()));
        }
      }
    }
    return tables;
  }

  private List<CsvTable> corpusTables(CorpusAnalysis corpus) {
    CorpusIndex index = new CorpusIndex(corpus, rules);
    WordFrequencies words = new WordFrequencies(index);
    TopItems top = TopItems.of(corpus, words, options.top());
    return List.of(
        words.csv(),
        new NGramCounts(rules, options.minCount()).csv(corpus, index.runningWords()),
        new EntityCooccurrence(options.windows(), options.minCount()).csv(corpus),
        new Collocates(rules, options.span(), options.minCount())
            .csv(corpus, top, words.counts(), index.runningWords()),
        new Dispersion(rules).csv(corpus, index, top),
        new Concordance().csv(corpus, top),
        new SectionProfile().csv(corpus, index),
        new CorpusSummary().csv(corpus, index, words));
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
