package org.corpusstats.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.corpusstats.extract.CorpusAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ChartWriterTest {

  private static final CorpusAnalysis CORPUS = SmallCorpus.corpus();
  private static final org.corpusstats.report.ReportData DATA = SmallCorpus.data(CORPUS);

  private static List<ChartSpec> charts() {
    return ChartSet.of(DATA, "small-corpus");
  }

  @Test
  void theSetHasEveryChartTheIssueAsksFor() {
    assertThat(charts()).extracting(ChartSpec::name).containsExactly("entities-persons", "entities-organisations",
        "entities-places", "entities-ideologies", "terms", "bigrams", "timeline", "dispersion",
        "cooccurrence-persons", "quotes-by-speaker", "figures-by-year", "keywords", "entities-by-part",
        "persons-by-year");
  }

  @Test
  void theSameInputGivesByteIdenticalSvgAndPng() throws IOException {
    List<ChartSpec> first = charts();
    List<ChartSpec> second = charts();

    for (int i = 0; i < first.size(); i++) {
      assertThat(ChartWriter.svg(second.get(i))).as(first.get(i).name()).isEqualTo(ChartWriter.svg(first.get(i)));
      assertThat(ChartWriter.png(second.get(i))).as(first.get(i).name()).isEqualTo(ChartWriter.png(first.get(i)));
    }
  }

  @Test
  void svgCarriesTheTitleTheAxisLabelAndTheCorpusName() {
    String svg = ChartWriter.svg(charts().get(0));

    assertThat(svg).startsWith("<?xml").contains("<svg", "Most mentioned persons", "mentions", "small-corpus",
        "Leon Trotsky");
    assertThat(svg).doesNotContainPattern("id=\"_\\d");
  }

  @Test
  void everySvgIsWellFormedXml() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // The DOCTYPE names the SVG 1.0 DTD on w3.org: never fetch it.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    for (ChartSpec spec : charts()) {
      byte[] svg = ChartWriter.svg(spec).getBytes(StandardCharsets.UTF_8);

      assertThat(factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getDocumentElement().getTagName())
          .as(spec.name()).isEqualTo("svg");
    }
  }

  @Test
  void svgEscapesMarkupInLabels() {
    BarData data = BarData.single("mentions", List.of(BarData.Bar.of("Marx & <Engels>", 3)));
    ChartSpec spec = new ChartSpec("escaped", "t", "d", "entities.csv",
        BarCharts.ranking(data, "Pairs & <tags>", null, "mentions", "corpus 'quoted'", "note"), 400, 300);

    String svg = ChartWriter.svg(spec);

    assertThat(svg).contains("Marx &amp; &lt;Engels&gt;", "Pairs &amp; &lt;tags&gt;").doesNotContain("<Engels>");
  }

  @Test
  void pngHasTwiceTheChartsCssPixelsEachWay() throws IOException {
    ChartSpec timeline = charts().get(6);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartWriter.png(timeline)));

    assertThat(image.getWidth()).isEqualTo(timeline.width() * ChartWriter.PNG_SCALE);
    assertThat(image.getHeight()).isEqualTo(timeline.height() * ChartWriter.PNG_SCALE);
  }

  @Test
  void writesPngAndSvgUnderCharts(@TempDir Path folder) throws IOException {
    List<Path> written = ChartWriter.write(charts().get(4), folder);

    assertThat(written).containsExactly(folder.resolve("charts/terms.png"), folder.resolve("charts/terms.svg"));
    assertThat(written).allMatch(Files::isRegularFile);
  }

  @Test
  void chartsOfEmptyTablesStillDraw() throws IOException {
    List<ChartSpec> empty = ChartSet.of(org.corpusstats.report.ReportData.of(new CorpusAnalysis(List.of(), List.of()),
        org.corpusstats.stats.Statistics.none()), "x");

    for (ChartSpec spec : empty) {
      assertThat(ChartWriter.svg(spec)).as(spec.name()).contains("Nothing to plot");
      assertThat(ChartWriter.png(spec)).isNotEmpty();
    }
  }

  @Test
  void longLabelsAreCutWithAnEllipsis() {
    String label = "The Central Committee of the Russian Communist Party (Bolsheviks)";

    assertThat(BarCharts.shorten(label)).hasSize(BarCharts.MAX_LABEL).endsWith("…");
    assertThat(BarCharts.shorten("Lenin")).isEqualTo("Lenin");
  }
}
