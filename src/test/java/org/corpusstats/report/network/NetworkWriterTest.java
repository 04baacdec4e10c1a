package org.corpusstats.report.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.corpusstats.report.chart.SmallCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

final class NetworkWriterTest {

  private static final EntityNetwork NETWORK =
      EntityNetwork.of(SmallCorpus.data(SmallCorpus.corpus()));

  private static final EntityNetwork AWKWARD = new EntityNetwork("sentence", List.of(
      new EntityNetwork.Node("n1", "AT&T <\"Bell\">", "ORGANIZATION", 2, 1, "Bell\u0007System"),
      new EntityNetwork.Node("n2", "Łódź", "CITY", 2, 1, "")), List.of());

  @Test
  void gexfDeclaresTheAttributesAndWeighsEdgesByCount() throws Exception {
    Document gexf = parse(NetworkWriter.gexf(NETWORK, "small"));

    assertThat(gexf.getDocumentElement().getAttribute("version")).isEqualTo("1.2");
    assertThat(gexf.getElementsByTagName("node").getLength()).isEqualTo(7);
    assertThat(ids(gexf.getElementsByTagName("attribute")))
        .containsExactly("type", "mentions", "documents", "aliases", "count", "log_likelihood", "pmi", "npmi",
            "log_dice", "window");
    NodeList edges = gexf.getElementsByTagName("edge");
    assertThat(edges.getLength()).isEqualTo(NETWORK.edges().size()).isPositive();
    Element first = (Element) edges.item(0);
    assertThat(first.getAttribute("weight")).isEqualTo(Integer.toString(NETWORK.edges().get(0).count()));
    assertThat(first.getAttribute("source")).isEqualTo(NETWORK.edges().get(0).source().id());
  }

  @Test
  void graphmlCarriesTheSameNodesEdgesAndAWeightKey() throws Exception {
    Document graphml = parse(NetworkWriter.graphml(NETWORK));

    assertThat(graphml.getElementsByTagName("node").getLength()).isEqualTo(7);
    assertThat(graphml.getElementsByTagName("edge").getLength()).isEqualTo(NETWORK.edges().size());
    assertThat(ids(graphml.getElementsByTagName("key"))).contains("label", "type", "weight", "count",
        "log_likelihood");
    assertThat(NetworkWriter.graphml(NETWORK)).contains("<data key=\"label\">Leon Trotsky</data>",
        "<data key=\"type\">PERSON</data>");
  }

  @Test
  void namesWithMarkupAndControlCharactersStayWellFormed() throws Exception {
    Document gexf = parse(NetworkWriter.gexf(AWKWARD, "a & b"));
    Document graphml = parse(NetworkWriter.graphml(AWKWARD));

    assertThat(((Element) gexf.getElementsByTagName("node").item(0)).getAttribute("label"))
        .isEqualTo("AT&T <\"Bell\">");
    assertThat(((Element) gexf.getElementsByTagName("node").item(1)).getAttribute("label")).isEqualTo("Łódź");
    assertThat(graphml.getElementsByTagName("data").item(0).getTextContent()).isEqualTo("AT&T <\"Bell\">");
    assertThat(NetworkWriter.gexf(AWKWARD, "x")).contains("BellSystem");
  }

  @Test
  void sameTablesGiveByteIdenticalFiles(@TempDir Path folder) throws IOException {
    Path a = NetworkWriter.writeGexf(NETWORK, "small", folder.resolve("a.gexf"));
    Path b = NetworkWriter.writeGexf(EntityNetwork.of(SmallCorpus.data(SmallCorpus.corpus())), "small",
        folder.resolve("b.gexf"));

    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    assertThat(Files.readString(a)).doesNotContain("lastmodifieddate");
  }

  @Test
  void bothFilesParseBackToTheNamesAsWrittenWithoutControlCharacters(@TempDir Path folder) throws Exception {
    EntityNetwork.Node awkward = new EntityNetwork.Node("n1", "AT&T <\"Bell\"> & 'Sons'\u0001", "ORGANIZATION", 3, 2,
        "Ma Bell\u001B; <the \"phone\" company>");
    EntityNetwork.Node other = new EntityNetwork.Node("n2", "Łódź 🏙", "CITY", 1, 1, "");
    EntityNetwork network = new EntityNetwork("sentence", List.of(awkward, other),
        List.of(new EntityNetwork.Edge("e1", awkward, other, 4, 1.5, Double.NaN, 0.25, 12.0)));

    Element gexfNode = (Element) parse(NetworkWriter.writeGexf(network, "<b>&", folder.resolve("n.gexf")))
        .getElementsByTagName("node").item(0);
    Document graphml = parse(NetworkWriter.writeGraphml(network, folder.resolve("n.graphml")));

    assertThat(gexfNode.getAttribute("label")).isEqualTo("AT&T <\"Bell\"> & 'Sons'");
    assertThat(attvalues(gexfNode)).containsExactly("type=ORGANIZATION", "mentions=3", "documents=2",
        "aliases=Ma Bell; <the \"phone\" company>");
    Element graphmlNode = (Element) graphml.getElementsByTagName("node").item(0);
    assertThat(graphmlNode.getAttribute("id")).isEqualTo("n1");
    assertThat(data(graphmlNode)).containsExactly("label=AT&T <\"Bell\"> & 'Sons'", "type=ORGANIZATION",
        "mentions=3", "documents=2", "aliases=Ma Bell; <the \"phone\" company>");
    assertThat(data((Element) graphml.getElementsByTagName("node").item(1))).first().isEqualTo("label=Łódź 🏙");
    assertThat(data((Element) graphml.getElementsByTagName("edge").item(0)))
        .containsExactly("weight=4", "count=4", "log_likelihood=1.5", "npmi=0.25", "log_dice=12", "window=sentence");
  }

  @Test
  void twoWritesOfEitherFormatGiveTheSameBytes(@TempDir Path folder) throws IOException {
    NetworkWriter.writeGexf(NETWORK, "small", folder.resolve("a.gexf"));
    NetworkWriter.writeGexf(NETWORK, "small", folder.resolve("b.gexf"));
    NetworkWriter.writeGraphml(NETWORK, folder.resolve("a.graphml"));
    NetworkWriter.writeGraphml(NETWORK, folder.resolve("b.graphml"));

    assertThat(Files.readAllBytes(folder.resolve("b.gexf"))).isEqualTo(Files.readAllBytes(folder.resolve("a.gexf")));
    assertThat(Files.readAllBytes(folder.resolve("b.graphml")))
        .isEqualTo(Files.readAllBytes(folder.resolve("a.graphml")));
    assertThat(Files.readString(folder.resolve("a.graphml"))).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .contains("\n  <graph id=\"cooccurrence\" edgedefault=\"undirected\">\n    <node id=\"n1\">\n")
        .endsWith("</graphml>\n");
  }

  @Test
  void onlyCharactersXmlForbidsAreDropped() {
    assertThat(IndentedXml.legal("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g")).isEqualTo("abcdefg");
    assertThat(IndentedXml.legal("tab\tline\nreturn\r é 🏙 \uE000")).isEqualTo("tab\tline\nreturn\r é 🏙 \uE000");
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  /** {@code for=value} of each attvalue of a GEXF node, in file order. */
  private static List<String> attvalues(Element node) {
    List<String> values = new java.util.ArrayList<>();
    NodeList attvalues = node.getElementsByTagName("attvalue");
    for (int i = 0; i < attvalues.getLength(); i++) {
      Element attvalue = (Element) attvalues.item(i);
      values.add(attvalue.getAttribute("for") + "=" + attvalue.getAttribute("value"));
    }
    return values;
  }

  /** {@code key=text} of each data element of a GraphML node or edge, in file order. */
  private static List<String> data(Element element) {
    List<String> values = new java.util.ArrayList<>();
    NodeList data = element.getElementsByTagName("data");
    for (int i = 0; i < data.getLength(); i++) {
      values.add(((Element) data.item(i)).getAttribute("key") + "=" + data.item(i).getTextContent());
    }
    return values;
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> ids(NodeList elements) {
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < elements.getLength(); i++) {
      ids.add(((Element) elements.item(i)).getAttribute("id"));
    }
    return ids;
  }
}
