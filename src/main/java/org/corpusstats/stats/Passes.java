package org.corpusstats.stats;

import java.util.List;
import java.util.Map;

import org.corpusstats.report.csv.CsvTable;

/**
 * Where the documents are and how their counts are added up: in this JVM, document after document, or on Spark's
 * executors with its aggregations. {@link StatisticsStage#run(Passes)} owns the order of the two passes; an engine
 * supplies only these primitives, each of which runs the stage's own per-document method on every document.
 */
public interface Passes {

  /** Pass one: {@link StatisticsStage#count} of every document, added up. */
  CorpusCounts counts();

  /** {@link StatisticsStage#countNGrams} of every document, summed by key; those below --min-count may be dropped. */
  Map<NGram, Integer> ngrams();

  /** {@link StatisticsStage#countPairs} of every document, the same. */
  Map<EntityPair, Integer> pairs();

  /** Pass two: {@link StatisticsStage#countAround} of every document around {@code top}, added up. */
  TopItemCounts around(TopItems top);

  /** {@link StatisticsStage#documentTables} of every document, in corpus order. */
  List<List<CsvTable>> perDocument();

  /** The documents' names in corpus order, for the per-document file names. */
  List<String> names();
}
