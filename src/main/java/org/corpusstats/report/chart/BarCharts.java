package org.corpusstats.report.chart;

import java.awt.Font;

import org.corpusstats.report.chart.BarData.Bar;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bar charts: horizontal for rankings (labels stay horizontal and readable, largest bar on top), vertical for years.
 * A single series gets its count printed at the end of each bar; several series stack, with a legend.
 */
final class BarCharts {

  /** Longer labels are cut with an ellipsis; the CSV keeps them whole. */
  static final int MAX_LABEL = 40;

  private BarCharts() {}

  static JFreeChart ranking(BarData data, String title, String categoryLabel, String valueLabel, String corpusName,
                            String note) {
    return chart(data, title, categoryLabel, valueLabel, corpusName, note, PlotOrientation.HORIZONTAL);
  }

  static JFreeChart byYear(BarData data, String title, String valueLabel, String corpusName, String note) {
    return chart(data, title, "year", valueLabel, corpusName, note, PlotOrientation.VERTICAL);
  }

  /** Height that gives every bar of a ranking room for a 12-point label. */
  static int rankingHeight(BarData data) {
    return 150 + Math.max(3, data.bars().size()) * 26 + (data.series().size() > 1 ? 30 : 0);
  }

  static String shorten(String label) {
    String flat = label.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_LABEL ? flat : flat.substring(0, MAX_LABEL - 1).stripTrailing() + "…";
  }

  private static JFreeChart chart(BarData data, String title, String categoryLabel, String valueLabel,
                                  String corpusName, String note, PlotOrientation orientation) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Bar bar : data.bars()) {
      for (int s = 0; s < data.series().size(); s++) {
        dataset.addValue(bar.counts().get(s), data.series().get(s), shorten(bar.label()));
      }
    }
    boolean stacked = data.series().size() > 1;
    CategoryAxis categories = new CategoryAxis(categoryLabel);
    NumberAxis values = new NumberAxis(valueLabel);
    BarRenderer renderer = stacked ? new StackedBarRenderer() : new BarRenderer();
    CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
    plot.setOrientation(orientation);
    JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, stacked);
    ChartStyle.finish(chart, corpusName, note);

    ChartStyle.countAxis(values);
    categories.setCategoryMargin(0.25);
    categories.setLowerMargin(0.02);
    categories.setUpperMargin(0.02);
    if (orientation == PlotOrientation.HORIZONTAL) {
      categories.setMaximumCategoryLabelWidthRatio(0.45f);
      plot.setDomainGridlinesVisible(false);
      // Counts read along the bottom, where the eye ends after scanning the bars.
      plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    } else {
      categories.setCategoryLabelPositions(data.bars().size() > 14 ? CategoryLabelPositions.UP_90
          : CategoryLabelPositions.STANDARD);
      categories.setMaximumCategoryLabelLines(2);
    }
    renderer.setMaximumBarWidth(0.09);
    renderer.setDrawBarOutline(false);
    for (int s = 0; s < data.series().size(); s++) {
      renderer.setSeriesPaint(s, ChartStyle.PALETTE[s % ChartStyle.PALETTE.length]);
    }
    if (!stacked) {
      renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
      renderer.setDefaultItemLabelsVisible(true);
      renderer.setDefaultItemLabelFont(ChartStyle.SMALL.deriveFont(Font.PLAIN));
      renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
      renderer.setDefaultPositiveItemLabelPosition(orientation == PlotOrientation.HORIZONTAL
          ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
          : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
      renderer.setItemLabelAnchorOffset(4);
    }
    return chart;
  }
}
