package org.corpusstats.report.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.corpusstats.report.ReportData;
import org.corpusstats.io.AtomicFiles;
import org.corpusstats.report.chart.ChartSet;
import org.corpusstats.report.chart.ChartSpec;
import org.corpusstats.report.chart.ChartWriter;
import org.corpusstats.report.csv.CsvTable;
import org.corpusstats.report.network.EntityNetwork;
import org.corpusstats.report.network.NetworkWriter;

/**
 * The report stage: after the tables are computed, draws the charts, writes the co-occurrence network in two
 * formats, and the page that links it all, from the run's typed results (docs/CHARTS.md lists which chart draws
 * which table's rows); an empty result gives an empty chart, not a failure.
 */
public final class ReportStage {

  public static final String GEXF = "network.gexf";
  public static final String GRAPHML = "network.graphml";
  public static final String PAGE = "report.html";

  static {
    // Before anything touches AWT: a batch run on a server has no display, and the launcher may not say so.
    System.setProperty("java.awt.headless", "true");
  }

  private ReportStage() {}

  /**
   * Draws the charts on every core: each is its own JFreeChart and its own files, so they do not share state, and
   * the files come back in the charts' order. A warm re-run spends most of its time here.
   */
  private static List<Path> drawAll(List<ChartSpec> charts, Path outputFolder) throws IOException {
    try {
      return charts.parallelStream().map(chart -> {
        try {
          return ChartWriter.write(chart, outputFolder);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).flatMap(List::stream).toList();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes charts/ (PNG and SVG), network.gexf, network.graphml and report.html into {@code outputFolder}.
   *
   * @param data   what the charts, the network and the page draw
   * @param tables every table the run wrote, in the order written: the page previews and links them
   * @return the files written, report.html last
   */
  public static List<Path> write(ReportData data, List<CsvTable> tables, String corpusName,
                                 Path outputFolder) throws IOException {
    List<Path> written = new ArrayList<>();
    List<ChartSpec> charts = ChartSet.of(data, corpusName);
    written.addAll(drawAll(charts, outputFolder));
    EntityNetwork network = EntityNetwork.of(data);
    written.add(NetworkWriter.writeGexf(network, corpusName, outputFolder.resolve(GEXF)));
    written.add(NetworkWriter.writeGraphml(network, outputFolder.resolve(GRAPHML)));
    Path page = outputFolder.resolve(PAGE);
    AtomicFiles.writeString(page, HtmlReport.render(data, tables, charts, corpusName, List.of(GEXF, GRAPHML)));
    written.add(page);
    return written;
  }
}
