package org.corpusstats.report.chart;

import java.awt.Font;
import java.text.DecimalFormat;
import java.util.List;

import org.corpusstats.report.chart.ComparisonData.PartKeywords;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Each part's strongest keywords as small multiples: one panel of horizontal bars per document (or section), all on
 * one log-ratio scale, so that both the words and how distinctive they are compare across parts.
 */
final class KeywordChart {

  private KeywordChart() {}

  static JFreeChart of(List<PartKeywords> parts, String title, String note, String corpusName) {
    NumberAxis logRatio = new NumberAxis("log ratio (each point doubles the relative frequency)");
    logRatio.setUpperMargin(0.15);
    CombinedRangeCategoryPlot plot = new CombinedRangeCategoryPlot(logRatio);
    plot.setGap(14);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    int colour = 0;
    for (PartKeywords part : parts) {
      DefaultCategoryDataset dataset = new DefaultCategoryDataset();
      for (int i = 0; i < part.terms().size(); i++) {
        dataset.addValue(part.logRatios().get(i), part.part(), BarCharts.shorten(part.terms().get(i)));
      }
      CategoryAxis terms = new CategoryAxis(BarCharts.shorten(part.part()));
      terms.setLabelFont(ChartStyle.TICK.deriveFont(Font.BOLD));
      terms.setTickLabelFont(ChartStyle.TICK);
      terms.setMaximumCategoryLabelWidthRatio(0.4f);
      terms.setCategoryMargin(0.2);
      BarRenderer renderer = new BarRenderer();
      renderer.setDrawBarOutline(false);
      renderer.setShadowVisible(false);
      renderer.setMaximumBarWidth(0.5);
      renderer.setSeriesPaint(0, ChartStyle.PALETTE[colour++ % ChartStyle.PALETTE.length]);
      renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")));
      renderer.setDefaultItemLabelsVisible(true);
      renderer.setDefaultItemLabelFont(ChartStyle.SMALL);
      renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
      renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
          TextAnchor.CENTER_LEFT));
      CategoryPlot panel = new CategoryPlot(dataset, terms, null, renderer);
      panel.setDomainGridlinesVisible(false);
      plot.add(panel, Math.max(1, part.terms().size()));
    }
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, parts.isEmpty() ? emptyPlot() : plot, false);
    return ChartStyle.finish(chart, corpusName, note);
  }

  /** A combined plot without panels draws nothing at all; an empty plot says there is nothing to plot. */
  private static CategoryPlot emptyPlot() {
    return new CategoryPlot(new DefaultCategoryDataset(), new CategoryAxis(), new NumberAxis(), new BarRenderer());
  }

  static int height(List<PartKeywords> parts) {
    int bars = parts.stream().mapToInt(p -> p.terms().size()).sum();
    return 170 + Math.max(3, bars) * 22 + parts.size() * 30;
  }
}
