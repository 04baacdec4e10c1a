package org.corpusstats.report.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.extract.Entity;
import org.corpusstats.report.ReportData;
import org.corpusstats.report.chart.ChartData;
import org.corpusstats.stats.Statistics;

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

  public static EntityNetwork of(ReportData data) {
    String window = ChartData.cooccurrenceWindow(data);
    Map<String, Node> byKey = new LinkedHashMap<>();
    for (Entity entity : data.corpus().entities()) {
      byKey.computeIfAbsent(key(entity.name(), entity.type()), k -> new Node("n" + (byKey.size() + 1), entity.name(),
          entity.type(), entity.mentions(), entity.documents(), String.join("; ", entity.aliases())));
    }
    List<Edge> edges = new ArrayList<>();
    for (Statistics.PairScore pair : data.statistics().cooccurrence()) {
      if (!pair.window().equals(window)) {
        continue;
      }
      Node a = node(byKey, pair.entityA(), pair.typeA());
      Node b = node(byKey, pair.entityB(), pair.typeB());
      edges.add(new Edge("e" + (edges.size() + 1), a, b, pair.count(), defined(pair.logLikelihood()),
          defined(pair.pmi()), defined(pair.npmi()), defined(pair.logDice())));
    }
    return new EntityNetwork(window, new ArrayList<>(byKey.values()), edges);
  }

  /** An infinite measure is as undefined as NaN: cooccurrence.csv leaves both cells empty. */
  private static double defined(double value) {
    return Double.isFinite(value) ? value : Double.NaN;
  }

  /** An entity the pair table names but the entity table lacks (a filtered entities.csv) still gets its node. */
  private static Node node(Map<String, Node> byKey, String entity, String type) {
    return byKey.computeIfAbsent(key(entity, type),
        k -> new Node("n" + (byKey.size() + 1), entity, type, 0, 0, ""));
  }

  private static String key(String entity, String type) {
    return entity + "\u0000" + type;
  }

}
