package org.corpusstats.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Counts as a grid of shaded cells, each with its count written in it: the shade finds the large cells, the number
 * gives the value without a legend lookup. Blank cells have no count (or one the table leaves out). Used for
 * persons by persons (co-occurrence), persons by years and entities by documents.
 */
final class HeatmapChart {

  /** Light to dark blue in five steps, so that counts also read in grey print. */
  private static final Color[] SHADES = {new Color(0xDE, 0xEB, 0xF7), new Color(0x9E, 0xCA, 0xE1),
      new Color(0x42, 0x92, 0xC6), new Color(0x21, 0x71, 0xB5), new Color(0x08, 0x45, 0x94)};

  private HeatmapChart() {}

  /** Co-occurrence between persons: the same names down and across. */
  static JFreeChart of(MatrixData data, String window, String corpusName) {
    return of(new GridData(data.names(), data.names(), data.counts()), "Persons mentioned in the same " + window,
        window + "s", "cooccurrence.csv, window = " + window + "  ·  " + window
            + "s that mention both; blank: below the run's min_count", corpusName);
  }

  /**
   * @param legend what a cell counts, under the colour scale
   * @param note   the source line under the chart
   */
  static JFreeChart of(GridData data, String title, String legend, String note, String corpusName) {
    int rowCount = data.rows().size();
    int columnCount = data.columns().size();
    String[] rowNames = data.rows().stream().map(BarCharts::shorten).toArray(String[]::new);
    String[] columnNames = data.columns().stream().map(BarCharts::shorten).toArray(String[]::new);
    List<double[]> cells = new ArrayList<>();
    int max = 1;
    for (int i = 0; i < rowCount; i++) {
      for (int j = 0; j < columnCount; j++) {
        Integer count = data.counts().get(i).get(j);
        if (count != null) {
          cells.add(new double[] {j, i, count});
          max = Math.max(max, count);
        }
      }
    }
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    double[][] series = new double[3][cells.size()];
    for (int c = 0; c < cells.size(); c++) {
      for (int k = 0; k < 3; k++) {
        series[k][c] = cells.get(c)[k];
      }
    }
    dataset.addSeries("count", series);

    SymbolAxis columns = new SymbolAxis(null, columnNames);
    columns.setVerticalTickLabels(true);
    columns.setGridBandsVisible(false);
    SymbolAxis rows = new SymbolAxis(null, rowNames);
    rows.setInverted(true);
    rows.setGridBandsVisible(false);
    XYBlockRenderer renderer = new XYBlockRenderer();
    LookupPaintScale scale = scale(max);
    renderer.setPaintScale(scale);
    XYPlot plot = new XYPlot(dataset, columns, rows, renderer);
    JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
    ChartStyle.finish(chart, corpusName, note);

    columns.setRange(-0.5, Math.max(columnCount, 1) - 0.5);
    rows.setRange(-0.5, Math.max(rowCount, 1) - 0.5);
    columns.setTickLabelFont(ChartStyle.TICK);
    rows.setTickLabelFont(ChartStyle.TICK);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(true);
    plot.setOutlinePaint(ChartStyle.GRID);
    for (double[] cell : cells) {
      XYTextAnnotation label = new XYTextAnnotation(Integer.toString((int) cell[2]), cell[0], cell[1]);
      label.setFont(ChartStyle.TICK);
      label.setPaint(shadeIndex(cell[2], max) >= 2 ? Color.WHITE : ChartStyle.TEXT);
      plot.addAnnotation(label);
    }
    NumberAxis legendAxis = new NumberAxis(legend);
    legendAxis.setRange(0.5, max + 0.5);
    ChartStyle.countAxis(legendAxis);
    legendAxis.setUpperMargin(0);
    legendAxis.setTickLabelFont(ChartStyle.SMALL);
    legendAxis.setLabelFont(ChartStyle.SMALL);
    PaintScaleLegend scaleLegend = new PaintScaleLegend(scale, legendAxis);
    scaleLegend.setPosition(RectangleEdge.RIGHT);
    scaleLegend.setStripWidth(12);
    scaleLegend.setMargin(new RectangleInsets(40, 12, 40, 0));
    scaleLegend.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(scaleLegend);
    return chart;
  }

  static int size(MatrixData data) {
    return 250 + Math.max(3, data.names().size()) * 36;
  }

  /** Room for the longest row label, a colour scale, and a cell of a number per column. */
  static int width(GridData data) {
    return Math.max(760, 330 + Math.max(3, data.columns().size()) * cell(data.columns().size()));
  }

  /** Room for the column labels, written upwards, and a cell per row. */
  static int height(GridData data) {
    return 300 + Math.max(3, data.rows().size()) * 30;
  }

  private static int cell(int columns) {
    return columns > 30 ? 24 : 36;
  }

  private static LookupPaintScale scale(int max) {
    LookupPaintScale scale = new LookupPaintScale(0.5, max + 0.5, Color.WHITE);
    for (int step = 0; step < SHADES.length; step++) {
      scale.add(0.5 + max * (double) step / SHADES.length, SHADES[step]);
    }
    return scale;
  }

  private static int shadeIndex(double count, int max) {
    return Math.min(SHADES.length - 1, (int) ((count - 0.5) / max * SHADES.length));
  }
}
