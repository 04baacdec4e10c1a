package org.corpusstats.report.network;

import java.io.IOException;
import java.nio.file.Path;

import org.corpusstats.io.AtomicFiles;

/**
 * GEXF 1.2 (gexf.net), the format Gephi reads natively: node attributes type, mentions, documents, aliases; the edge
 * weight is the count, with log-likelihood and the other measures as attributes. No date or tool version is
 * written, so the same tables give the same bytes.
 */
public final class GexfWriter {

  private GexfWriter() {}

  public static Path write(EntityNetwork network, String corpusName, Path target) throws IOException {
    AtomicFiles.writeString(target, render(network, corpusName));
    return target;
  }

  static String render(EntityNetwork network, String corpusName) {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n");
    x.append("  <meta>\n    <creator>corpus-stats</creator>\n");
    x.append("    <description>").append(Xml.attr("Entity co-occurrence (" + network.window() + " window) in "
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
      x.append("      <node id=\"").append(node.id()).append("\" label=\"").append(Xml.attr(node.label()))
          .append("\">\n        <attvalues>\n");
      value(x, "type", node.type());
      value(x, "mentions", Integer.toString(node.mentions()));
      value(x, "documents", Integer.toString(node.documents()));
      value(x, "aliases", node.aliases());
      x.append("        </attvalues>\n      </node>\n");
    }
    x.append("    </nodes>\n    <edges>\n");
    for (EntityNetwork.Edge edge : network.edges()) {
      x.append("      <edge id=\"").append(edge.id()).append("\" source=\"").append(edge.source().id())
          .append("\" target=\"").append(edge.target().id()).append("\" weight=\"").append(edge.count())
          .append("\">\n        <attvalues>\n");
      value(x, "count", Integer.toString(edge.count()));
      measure(x, "log_likelihood", edge.logLikelihood());
      measure(x, "pmi", edge.pmi());
      measure(x, "npmi", edge.npmi());
      measure(x, "log_dice", edge.logDice());
      value(x, "window", network.window());
      x.append("        </attvalues>\n      </edge>\n");
    }
    x.append("    </edges>\n  </graph>\n</gexf>\n");
    return x.toString();
  }

  private static void attribute(StringBuilder x, String id, String type) {
    x.append("      <attribute id=\"").append(id).append("\" title=\"").append(id).append("\" type=\"").append(type)
        .append("\"/>\n");
  }

  private static void value(StringBuilder x, String id, String value) {
    x.append("          <attvalue for=\"").append(id).append("\" value=\"").append(Xml.attr(value)).append("\"/>\n");
  }

  /** An undefined measure is left out, which GEXF reads as missing, rather than written as NaN. */
  private static void measure(StringBuilder x, String id, double value) {
    if (Double.isFinite(value)) {
      value(x, id, Xml.number(value));
    }
  }
}
