package org.corpusstats.report.network;

import java.io.IOException;
import java.nio.file.Path;

import org.corpusstats.io.AtomicFiles;
import org.corpusstats.report.csv.CsvWriter;

/**
 * Writes the co-occurrence network in two formats with the same nodes, edges and attributes:
 * <ul>
 *   <li>GEXF 1.2 (gexf.net), which Gephi reads natively; the edge weight is the count;</li>
 *   <li>GraphML (graphml.graphdrawing.org) for yEd, Cytoscape, igraph and networkx; the count is also written
 *       under the key {@code weight}, the name Gephi's and networkx's GraphML readers take as the edge weight.</li>
 * </ul>
 * Node attributes: type, mentions, documents, aliases. Edge attributes: count, log_likelihood, pmi, npmi, log_dice,
 * window. No date or tool version is written, so the same tables give the same bytes.
 */
public final class NetworkWriter {

  private NetworkWriter() {}

  public static Path writeGexf(EntityNetwork network, String corpusName, Path target) throws IOException {
    AtomicFiles.writeString(target, gexf(network, corpusName));
    return target;
  }

  public static Path writeGraphml(EntityNetwork network, Path target) throws IOException {
    AtomicFiles.writeString(target, graphml(network));
    return target;
  }

  static String gexf(EntityNetwork network, String corpusName) {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n");
    x.append("  <meta>\n    <creator>corpus-stats</creator>\n");
    x.append("    <description>").append(escape("Entity co-occurrence (" + network.window() + " window) in "
        + corpusName)).append("</description>\n  </meta>\n");
    x.append("  <graph defaultedgetype=\"undirected\" mode=\"static\">\n");
    x.append("    <attributes class=\"node\">\n");
    attribute(x, "type", "string");
    attribute(x, "mentions", "integer");
    attribute(x, "documents", "integer");
    attribute(x, "aliases", "string");
    x.append("    </attributes>\n    <attributes class=\"edge\">\n");
    attribute(x, "count", "integer");
    attribute(x, "log_likelihood", "double");
    attribute(x, "pmi", "double");
    attribute(x, "npmi", "double");
    attribute(x, "log_dice", "double");
    attribute(x, "window", "string");
    x.append("    </attributes>\n    <nodes>\n");
    for (EntityNetwork.Node node : network.nodes()) {
      x.append("      <node id=\"").append(node.id()).append("\" label=\"").append(escape(node.label()))
          .append("\">\n        <attvalues>\n");
      attvalue(x, "type", node.type());
      attvalue(x, "mentions", Integer.toString(node.mentions()));
      attvalue(x, "documents", Integer.toString(node.documents()));
      attvalue(x, "aliases", node.aliases());
      x.append("        </attvalues>\n      </node>\n");
    }
    x.append("    </nodes>\n    <edges>\n");
    for (EntityNetwork.Edge edge : network.edges()) {
      x.append("      <edge id=\"").append(edge.id()).append("\" source=\"").append(edge.source().id())
          .append("\" target=\"").append(edge.target().id()).append("\" weight=\"").append(edge.count())
          .append("\">\n        <attvalues>\n");
      attvalue(x, "count", Integer.toString(edge.count()));
      gexfMeasure(x, "log_likelihood", edge.logLikelihood());
      gexfMeasure(x, "pmi", edge.pmi());
      gexfMeasure(x, "npmi", edge.npmi());
      gexfMeasure(x, "log_dice", edge.logDice());
      attvalue(x, "window", network.window());
      x.append("        </attvalues>\n      </edge>\n");
    }
    x.append("    </edges>\n  </graph>\n</gexf>\n");
    return x.toString();
  }

  private static void attribute(StringBuilder x, String id, String type) {
    x.append("      <attribute id=\"").append(id).append("\" title=\"").append(id).append("\" type=\"").append(type)
        .append("\"/>\n");
  }

  private static void attvalue(StringBuilder x, String id, String value) {
    x.append("          <attvalue for=\"").append(id).append("\" value=\"").append(escape(value)).append("\"/>\n");
  }

  /** An undefined measure is left out, which GEXF reads as missing, rather than written as NaN. */
  private static void gexfMeasure(StringBuilder x, String id, double value) {
    if (Double.isFinite(value)) {
      attvalue(x, id, number(value));
    }
  }

  static String graphml(EntityNetwork network) {
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
      graphmlMeasure(x, "log_likelihood", edge.logLikelihood());
      graphmlMeasure(x, "pmi", edge.pmi());
      graphmlMeasure(x, "npmi", edge.npmi());
      graphmlMeasure(x, "log_dice", edge.logDice());
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
    x.append("      <data key=\"").append(key).append("\">").append(escape(value)).append("</data>\n");
  }

  private static void graphmlMeasure(StringBuilder x, String key, double value) {
    if (Double.isFinite(value)) {
      data(x, key, number(value));
    }
  }

  /**
   * Text for a double-quoted attribute value or element content. Characters XML 1.0 forbids (most C0 controls) are dropped:
   * Gephi and yEd refuse the whole file over one of them.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\t' -> out.append("&#9;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        default -> {
          if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /** Numbers as the CSVs write them, so the network and the tables agree to the last digit. */
  static String number(double value) {
    return CsvWriter.formatNumber(value);
  }
}
