package org.corpusstats.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

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

  /** Prepares the chart drawing before it is needed ({@link ChartWriter#warmUp}); for a background thread. */
  public static void warmUp() throws IOException {
    ChartWriter.warmUp();
  }

  /**
   * Draws the charts on every core, the PNG and the SVG of each as tasks of their own (the charts differ in size,
   * and halves balance the cores better): each drawing is of its own chart into its own file, so they share no
   * state, and the files come back in the charts' order, PNG before SVG.
   */
  private static List<Path> drawAll(List<ChartSpec> charts, Path outputFolder) throws IOException {
    try {
      return IntStream.range(0, 2 * charts.size()).parallel().mapToObj(i -> {
        ChartSpec chart = charts.get(i / 2);
        try {
          return i % 2 == 0 ? ChartWriter.writePng(chart, outputFolder) : ChartWriter.writeSvg(chart, outputFolder);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (UncheckedIOException e) {
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
