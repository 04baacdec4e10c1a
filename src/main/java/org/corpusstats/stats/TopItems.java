package org.corpusstats.stats;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The items collocates.csv, dispersion.csv and kwic.csv report on: the {@code top} entities by mentions (ties by
 * name, then type) and the {@code top} terms of words.csv (by count, ties by term).
 */
public final class TopItems implements Serializable {

  private static final long serialVersionUID = 1L;

  /** In rank order, with their mention counts. */
  private final LinkedHashMap<EntityKey, Integer> entities;
  private final ArrayList<String> terms;

  private TopItems(LinkedHashMap<EntityKey, Integer> entities, List<String> terms) {
    this.entities = entities;
    this.terms = new ArrayList<>(terms);
  }

  static TopItems of(CorpusCounts counts, WordFrequencies words, int top) {
    return new TopItems(rankEntities(counts.mentions(), top), words.topTerms(top));
  }

  private static LinkedHashMap<EntityKey, Integer> rankEntities(Map<EntityKey, Integer> counts, int top) {
    StringColumn entity = StringColumn.create("entity");
    StringColumn type = StringColumn.create("type");
    IntColumn mentions = IntColumn.create("mentions");
    counts.forEach((key, n) -> {
      entity.append(key.name());
      type.append(key.type());
      mentions.append(n);
    });
    Table ranked = Table.create("mentions", entity, type, mentions).sortOn("-mentions", "entity", "type");
    LinkedHashMap<EntityKey, Integer> result = new LinkedHashMap<>();
    for (int row = 0; row < Math.min(top, ranked.rowCount()); row++) {
      EntityKey key = new EntityKey(ranked.stringColumn("entity").get(row), ranked.stringColumn("type").get(row));
      result.put(key, ranked.intColumn("mentions").getInt(row));
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
    return List.copyOf(terms);
  }
}
