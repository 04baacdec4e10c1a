package org.corpusstats.report.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.report.chart.ChartData;
import org.corpusstats.report.chart.OutputTables;
import org.corpusstats.report.chart.OutputTables.Row;

/**
 * The entity co-occurrence network: a node per entity of entities.csv (isolated ones too, so that a filter in
 * Gephi, not this file, decides what a reader leaves out), an undirected edge per pair of cooccurrence.csv in one
 * window. One window only, because Gephi merges parallel edges: sentence when the run computed it.
 */
public record EntityNetwork(String window, List<Node> nodes, List<Edge> edges) {

  public EntityNetwork {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** @param id {@code n1}, {@code n2}, ... in entities.csv order; stable for the same tables */
  public record Node(String id, String label, String type, int mentions, int documents, String aliases) {}

  /** Measures are NaN when the table leaves them empty (undefined); writers then omit the value. */
  public record Edge(String id, Node source, Node target, int count, double logLikelihood, double pmi, double npmi,
                     double logDice) {}

  public static EntityNetwork of(OutputTables tables) {
    String window = ChartData.cooccurrenceWindow(tables);
    Map<String, Node> byKey = new LinkedHashMap<>();
    for (Row row : tables.rows("entities.csv")) {
      String key = key(row.text("entity"), row.text("type"));
      byKey.computeIfAbsent(key, k -> new Node("n" + (byKey.size() + 1), row.text("entity"), row.text("type"),
          orZero(row.integer("mentions")), orZero(row.integer("documents")), row.text("aliases")));
    }
    List<Edge> edges = new ArrayList<>();
    for (Row row : tables.rows("cooccurrence.csv")) {
      if (!row.text("window").equals(window)) {
        continue;
      }
      Node a = node(byKey, row.text("entity_a"), row.text("type_a"));
      Node b = node(byKey, row.text("entity_b"), row.text("type_b"));
      edges.add(new Edge("e" + (edges.size() + 1), a, b, orZero(row.integer("count")),
          row.number("log_likelihood"), row.number("pmi"), row.number("npmi"), row.number("log_dice")));
    }
    return new EntityNetwork(window, new ArrayList<>(byKey.values()), edges);
  }

  /** An entity the pair table names but the entity table lacks (a filtered entities.csv) still gets its node. */
  private static Node node(Map<String, Node> byKey, String entity, String type) {
    return byKey.computeIfAbsent(key(entity, type),
        k -> new Node("n" + (byKey.size() + 1), entity, type, 0, 0, ""));
  }

  private static String key(String entity, String type) {
    return entity + "\u0000" + type;
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
