package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.report.csv.CsvTable;

/** The passes in this JVM: document after document, counts added in corpus order. */
final class LocalPasses implements Passes {

  private final StatisticsStage stage;
  private final List<DocumentAnalysis> documents;

  LocalPasses(StatisticsStage stage, List<DocumentAnalysis> documents) {
    this.stage = stage;
    this.documents = List.copyOf(documents);
  }

  @Override
  public CorpusCounts counts() {
    CorpusCounts counts = CorpusCounts.none();
    for (int slot = 0; slot < documents.size(); slot++) {
      counts.add(stage.count(slot, documents.get(slot)));
    }
    return counts;
  }

  @Override
  public Map<NGram, Integer> ngrams() {
    Map<NGram, Integer> ngrams = new HashMap<>();
    documents.forEach(document -> StatisticsStage.addByKey(ngrams, stage.countNGrams(document)));
    return ngrams;
  }

  @Override
  public Map<EntityPair, Integer> pairs() {
    Map<EntityPair, Integer> pairs = new HashMap<>();
    documents.forEach(document -> StatisticsStage.addByKey(pairs, stage.countPairs(document)));
    return pairs;
  }

  @Override
  public TopItemCounts around(TopItems top) {
    TopItemCounts around = TopItemCounts.none();
    for (int slot = 0; slot < documents.size(); slot++) {
      around.add(stage.countAround(slot, documents.get(slot), top));
    }
    return around;
  }

  @Override
  public List<List<CsvTable>> perDocument() {
    List<List<CsvTable>> tables = new ArrayList<>();
    documents.forEach(document -> tables.add(stage.documentTables(document)));
    return tables;
  }

  @Override
  public List<String> names() {
    return documents.stream().map(DocumentAnalysis::document).toList();
  }
}
