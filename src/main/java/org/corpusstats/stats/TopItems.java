package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Mention;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The items collocates.csv, dispersion.csv and kwic.csv report on: the {@code top} entities by mentions (ties by
 * name, then type) and the {@code top} terms of words.csv (by count, ties by term).
 */
final class TopItems {

  /** In rank order, with their mention counts. */
  private final Map<EntityKey, Integer> entities;
  private final List<String> terms;

  private TopItems(Map<EntityKey, Integer> entities, List<String> terms) {
    this.entities = entities;
    this.terms = terms;
  }

  static TopItems of(CorpusAnalysis corpus, WordFrequencies words, int top) {
    return new TopItems(rankEntities(corpus, top), words.topTerms(top));
  }

  private static Map<EntityKey, Integer> rankEntities(CorpusAnalysis corpus, int top) {
    StringColumn entity = StringColumn.create("entity");
    StringColumn type = StringColumn.create("type");
    for (DocumentAnalysis document : corpus.documents()) {
      for (Mention mention : document.mentions()) {
        entity.append(mention.entity());
        type.append(mention.type());
      }
    }
    Table ranked = Tables.countBy(Table.create("mentions", entity, type), "mentions", "entity", "type")
        .sortOn("-mentions", "entity", "type");
    Map<EntityKey, Integer> result = new LinkedHashMap<>();
    IntColumn mentions = ranked.intColumn("mentions");
    for (int row = 0; row < Math.min(top, ranked.rowCount()); row++) {
      EntityKey key = new EntityKey(ranked.stringColumn("entity").get(row), ranked.stringColumn("type").get(row));
      result.put(key, mentions.getInt(row));
    }
    return result;
  }

  List<EntityKey> entities() {
    return new ArrayList<>(entities.keySet());
  }

  boolean isTop(EntityKey entity) {
    return entities.containsKey(entity);
  }

  /** Mentions of a top entity across the corpus: f(node) of collocates.csv. */
  int mentions(EntityKey entity) {
    return entities.get(entity);
  }

  List<String> terms() {
    return terms;
  }
}
