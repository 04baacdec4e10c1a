package org.corpusstats.report.network;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;

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
 *
 * <p>Written through the JDK's StAX writer ({@link IndentedXml}), which escapes, rather than JGraphT's exporters:
 * those would add two libraries and a copy of the network into their graph type, to write ids, keys and a meta
 * block of their own choosing where these files promise Gephi and networkx readers fixed ones.
 */
public final class NetworkWriter {

  private static final String GEXF = "http://www.gexf.net/1.2draft";
  private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /** The body of a writer: StAX reports its own failures as XMLStreamException, the file as IOException. */
  @FunctionalInterface
  private interface XmlBody {
    void writeTo(Writer out) throws XMLStreamException;
  }

  private NetworkWriter() {}

  public static Path writeGexf(EntityNetwork network, String corpusName, Path target) throws IOException {
    write(target, out -> gexf(network, corpusName, out));
    return target;
  }

  public static Path writeGraphml(EntityNetwork network, Path target) throws IOException {
    write(target, out -> graphml(network, out));
    return target;
  }

  static String gexf(EntityNetwork network, String corpusName) {
    return toText(out -> gexf(network, corpusName, out));
  }

  static String graphml(EntityNetwork network) {
    return toText(out -> graphml(network, out));
  }

  private static void gexf(EntityNetwork network, String corpusName, Writer out) throws XMLStreamException {
    IndentedXml x = new IndentedXml(out);
    x.root("gexf", GEXF, "version", "1.2");
    x.start("meta").text("creator", "corpus-stats")
        .text("description", "Entity co-occurrence (" + network.window() + " window) in " + corpusName).end();
    x.start("graph", "defaultedgetype", "undirected", "mode", "static");
    x.start("attributes", "class", "node");
    attribute(x, "type", "string");
    attribute(x, "mentions", "integer");
    attribute(x, "documents", "integer");
    attribute(x, "aliases", "string");
    x.end().start("attributes", "class", "edge");
    attribute(x, "count", "integer");
    attribute(x, "log_likelihood", "double");
    attribute(x, "pmi", "double");
    attribute(x, "npmi", "double");
    attribute(x, "log_dice", "double");
    attribute(x, "window", "string");
    x.end().start("nodes");
    for (EntityNetwork.Node node : network.nodes()) {
      x.start("node", "id", node.id(), "label", node.label()).start("attvalues");
      attvalue(x, "type", node.type());
      attvalue(x, "mentions", Integer.toString(node.mentions()));
      attvalue(x, "documents", Integer.toString(node.documents()));
      attvalue(x, "aliases", node.aliases());
      x.end().end();
    }
    x.end().start("edges");
    for (EntityNetwork.Edge edge : network.edges()) {
      x.start("edge", "id", edge.id(), "source", edge.source().id(), "target", edge.target().id(),
          "weight", Integer.toString(edge.count())).start("attvalues");
      attvalue(x, "count", Integer.toString(edge.count()));
      gexfMeasure(x, "log_likelihood", edge.logLikelihood());
      gexfMeasure(x, "pmi", edge.pmi());
      gexfMeasure(x, "npmi", edge.npmi());
      gexfMeasure(x, "log_dice", edge.logDice());
      attvalue(x, "window", network.window());
      x.end().end();
    }
    x.finish();
  }

  private static void attribute(IndentedXml x, String id, String type) throws XMLStreamException {
    x.empty("attribute", "id", id, "title", id, "type", type);
  }

  private static void attvalue(IndentedXml x, String id, String value) throws XMLStreamException {
    x.empty("attvalue", "for", id, "value", value);
  }

  /** An undefined measure is left out, which GEXF reads as missing, rather than written as NaN. */
  private static void gexfMeasure(IndentedXml x, String id, double value) throws XMLStreamException {
    if (Double.isFinite(value)) {
      attvalue(x, id, number(value));
    }
  }

  private static void graphml(EntityNetwork network, Writer out) throws XMLStreamException {
    IndentedXml x = new IndentedXml(out);
    x.root("graphml", GRAPHML).prefixed("xsi", XSI, "schemaLocation",
        GRAPHML + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
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
    x.start("graph", "id", "cooccurrence", "edgedefault", "undirected");
    for (EntityNetwork.Node node : network.nodes()) {
      x.start("node", "id", node.id());
      data(x, "label", node.label());
      data(x, "type", node.type());
      data(x, "mentions", Integer.toString(node.mentions()));
      data(x, "documents", Integer.toString(node.documents()));
      data(x, "aliases", node.aliases());
      x.end();
    }
    for (EntityNetwork.Edge edge : network.edges()) {
      x.start("edge", "id", edge.id(), "source", edge.source().id(), "target", edge.target().id());
      data(x, "weight", Integer.toString(edge.count()));
      data(x, "count", Integer.toString(edge.count()));
      graphmlMeasure(x, "log_likelihood", edge.logLikelihood());
      graphmlMeasure(x, "pmi", edge.pmi());
      graphmlMeasure(x, "npmi", edge.npmi());
      graphmlMeasure(x, "log_dice", edge.logDice());
      data(x, "window", network.window());
      x.end();
    }
    x.finish();
  }

  private static void key(IndentedXml x, String name, String domain, String type) throws XMLStreamException {
    x.empty("key", "id", name, "for", domain, "attr.name", name, "attr.type", type);
  }

  private static void data(IndentedXml x, String key, String value) throws XMLStreamException {
    x.text("data", value, "key", key);
  }

  private static void graphmlMeasure(IndentedXml x, String key, double value) throws XMLStreamException {
    if (Double.isFinite(value)) {
      data(x, key, number(value));
    }
  }

  /** Numbers as the CSVs write them, so the network and the tables agree to the last digit. */
  static String number(double value) {
    return CsvWriter.formatNumber(value);
  }

  private static void write(Path target, XmlBody body) throws IOException {
    AtomicFiles.write(target, out -> {
      try {
        body.writeTo(out);
      } catch (XMLStreamException e) {
        throw new IOException("Could not write " + target + ": " + e.getMessage(), e);
      }
    });
  }

  private static String toText(XmlBody body) {
    StringWriter out = new StringWriter();
    try {
      body.writeTo(out);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Writing XML to memory failed", e);
    }
    return out.toString();
  }
}
