package org.corpusstats.report.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.corpusstats.report.chart.OutputTables;
import org.corpusstats.report.chart.SmallCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

final class NetworkWriterTest {

  private static final EntityNetwork NETWORK =
      EntityNetwork.of(new OutputTables(SmallCorpus.tables(SmallCorpus.corpus())));

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
    Path b = NetworkWriter.writeGexf(EntityNetwork.of(new OutputTables(SmallCorpus.tables(SmallCorpus.corpus()))), "small",
        folder.resolve("b.gexf"));

    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    assertThat(Files.readString(a)).doesNotContain("lastmodifieddate");
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
