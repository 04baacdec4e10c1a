package org.corpusstats.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.corpusstats.Engine;
import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.DocumentExtraction;
import org.corpusstats.extract.EntityResolver;
import org.corpusstats.extract.Extractor;
import org.corpusstats.report.csv.CsvTable;
import org.corpusstats.stats.CorpusCounts;
import org.corpusstats.stats.EntityPair;
import org.corpusstats.stats.NGram;
import org.corpusstats.stats.Passes;
import org.corpusstats.stats.Statistics;
import org.corpusstats.stats.StatisticsStage;
import org.corpusstats.stats.TopItemCounts;
import org.corpusstats.stats.TopItems;

import scala.Tuple2;

/**
 * The corpus as the Spark engine keeps it: every document's records cached on the executors, and on the driver the
 * same records without their tokens. Entity resolution reads only mentions, so it runs on the driver and its
 * outcome is broadcast; the statistics' two passes then run on the executors, and their counts are added up with
 * {@code treeAggregate} (and n-grams and entity pairs, whose keys grow with the corpus, with {@code reduceByKey}, so
 * that only those reaching --min-count come back). The driver finishes the tables from the sums with the local
 * engine's code.
 */
final class SparkCorpus implements Engine.Extracted {

  /** A resolved document and its position in the corpus order, which orders sections and concordance lines. */
  record Positioned(int position, DocumentAnalysis analysis) implements Serializable {}

  private final SparkSession spark;
  private final JavaSparkContext context;
  private final JavaRDD<SparkEngine.DocumentResult> results;
  private final List<DocumentExtraction> withoutTokens;
  private final List<Map<String, Object>> inputs;
  private final List<String> skipped;
  private Broadcast<EntityResolver.Resolution> resolution;
  private List<String> names;

  SparkCorpus(SparkSession spark, JavaRDD<SparkEngine.DocumentResult> results, List<DocumentExtraction> withoutTokens,
              List<Map<String, Object>> inputs, List<String> skipped) {
    this.spark = spark;
    this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    this.results = results;
    this.withoutTokens = List.copyOf(withoutTokens);
    this.inputs = List.copyOf(inputs);
    this.skipped = List.copyOf(skipped);
  }

  @Override
  public List<Map<String, Object>> inputs() {
    return inputs;
  }

  @Override
  public List<String> skipped() {
    return skipped;
  }

  @Override
  public CorpusAnalysis resolve(EntityResolver resolver) {
    EntityResolver.Resolution resolved = new Extractor().resolution(withoutTokens, resolver);
    resolution = context.broadcast(resolved);
    CorpusAnalysis corpus = Extractor.corpus(withoutTokens, resolved);
    names = corpus.documents().stream().map(DocumentAnalysis::document).toList();
    return corpus;
  }

  @Override
  public Statistics statistics(StatisticsStage stage) {
    if (resolution == null) {
      throw new IllegalStateException("Resolve the entities before the statistics");
    }
    // A task per document pays off for annotation (seconds to minutes each), not for counting (milliseconds):
    // the passes run as one task per core, over cached partitions merged where they lie.
    int partitions = Math.max(1, Math.min(results.getNumPartitions(), context.defaultParallelism()));
    JavaRDD<Positioned> documents = resolvedDocuments(results.coalesce(partitions), resolution);

    return stage.run(new Passes() {
      @Override
      public CorpusCounts counts() {
        // A local copy: a lambda that read this anonymous class's field would ship the class, which Spark cannot.
        StatisticsStage shipped = stage;
        return documents.treeAggregate(CorpusCounts.none(),
            (sum, document) -> sum.add(shipped.count(document.position(), document.analysis())), CorpusCounts::add);
      }

      @Override
      public Map<NGram, Integer> ngrams() {
        return sumByKey(documents, stage::countNGrams, stage);
      }

      @Override
      public Map<EntityPair, Integer> pairs() {
        return sumByKey(documents, stage::countPairs, stage);
      }

      @Override
      public TopItemCounts around(TopItems top) {
        Broadcast<TopItems> focus = context.broadcast(top);
        StatisticsStage shipped = stage;
        return documents.treeAggregate(TopItemCounts.none(),
            (sum, document) -> sum.add(shipped.countAround(document.position(), document.analysis(), focus.value())),
            TopItemCounts::add);
      }

      @Override
      public List<List<CsvTable>> perDocument() {
        // Each document's own two passes, in its task: only its finished tables come back, in corpus order.
        StatisticsStage shipped = stage;
        return documents.map(document -> shipped.documentTables(document.analysis())).collect();
      }

      @Override
      public List<String> names() {
        return names;
      }
    });
  }

  /**
   * Counts keyed by n-gram or pair, summed on the executors with {@code reduceByKey}: their keys grow about as
   * fast as the corpus, so only those reaching --min-count come to the driver.
   */
  private <K> Map<K, Integer> sumByKey(JavaRDD<Positioned> documents, CountsByKey<K> count, StatisticsStage stage) {
    return new HashMap<>(documents
        .flatMapToPair(document -> count.of(document.analysis()).entrySet().stream()
            .map(entry -> new Tuple2<>(entry.getKey(), entry.getValue())).iterator())
        .reduceByKey(Integer::sum, Math.max(1, context.defaultParallelism()))
        .filter(counted -> stage.reachesMinCount(counted._2()))
        .collectAsMap());
  }

  /** One document's counts by key; a serializable function, as Spark ships it to the executors. */
  @FunctionalInterface
  interface CountsByKey<K> extends Serializable {
    Map<K, Integer> of(DocumentAnalysis document);
  }

  /** The usable documents with their mentions renamed to the canonical entities, on the executors. */
  private static JavaRDD<Positioned> resolvedDocuments(JavaRDD<SparkEngine.DocumentResult> results,
                                                       Broadcast<EntityResolver.Resolution> resolution) {
    return results.filter(result -> result.problem() == null)
        .map(result -> new Positioned(result.position(), Extractor.resolved(result.extraction(), resolution.value())));
  }

  @Override
  public void close() {
    results.unpersist(false);
    spark.stop();
  }
}
