package org.corpusstats.report.network;

import java.io.IOException;
import java.nio.file.Path;

import org.corpusstats.io.AtomicFiles;

/**
 * GraphML (graphml.graphdrawing.org) for yEd, Cytoscape, igraph and networkx: the same nodes, edges and attributes
 * as the GEXF file. The count is also written under the key {@code weight}, the name Gephi's and networkx's GraphML
 * readers take as the edge weight.
 */
public final class GraphmlWriter {

  private GraphmlWriter() {}

  public static Path write(EntityNetwork network, Path target) throws IOException {
    AtomicFiles.writeString(target, render(network));
    return target;
  }

  static String render(EntityNetwork network) {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n");
    x.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
    x.append("    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
        + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    key(x, "label", "node", "string");
    key(x, "type", "node", "string");
    key(x, "mentions", "node", "int");
    key(x, "documents", "node", "int");
    key(x, "aliases", "node", "string");
    key(x, "weight", "edge", "double");
    key(x, "count", "edge", "int");
    key(x, "log_likelihood", "edge", "double");
    key(x, "pmi", "edge", "double");
    key(x, "npmi", "edge", "double");
    key(x, "log_dice", "edge", "double");
    key(x, "window", "edge", "string");
    x.append("  <graph id=\"cooccurrence\" edgedefault=\"undirected\">\n");
    for (EntityNetwork.Node node : network.nodes()) {
      x.append("    <node id=\"").append(node.id()).append("\">\n");
      data(x, "label", node.label());
      data(x, "type", node.type());
      data(x, "mentions", Integer.toString(node.mentions()));
      data(x, "documents", Integer.toString(node.documents()));
      data(x, "aliases", node.aliases());
      x.append("    </node>\n");
    }
    for (EntityNetwork.Edge edge : network.edges()) {
      x.append("    <edge id=\"").append(edge.id()).append("\" source=\"").append(edge.source().id())
          .append("\" target=\"").append(edge.target().id()).append("\">\n");
      data(x, "weight", Integer.toString(edge.count()));
      data(x, "count", Integer.toString(edge.count()));
      measure(x, "log_likelihood", edge.logLikelihood());
      measure(x, "pmi", edge.pmi());
      measure(x, "npmi", edge.npmi());
      measure(x, "log_dice", edge.logDice());
      data(x, "window", network.window());
      x.append("    </edge>\n");
    }
    x.append("  </graph>\n</graphml>\n");
    return x.toString();
  }

  private static void key(StringBuilder x, String name, String domain, String type) {
    x.append("  <key id=\"").append(name).append("\" for=\"").append(domain).append("\" attr.name=\"").append(name)
        .append("\" attr.type=\"").append(type).append("\"/>\n");
  }

  private static void data(StringBuilder x, String key, String value) {
    x.append("      <data key=\"").append(key).append("\">").append(Xml.attr(value)).append("</data>\n");
  }

  private static void measure(StringBuilder x, String key, double value) {
    if (Double.isFinite(value)) {
      data(x, key, Xml.number(value));
    }
  }
}
