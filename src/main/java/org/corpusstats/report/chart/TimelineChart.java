package org.corpusstats.report.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.CategoryTableXYDataset;

/**
 * Mentions per year on a true year axis, so a year the text never names is an empty slot rather than a squeezed-out
 * category; every other decade is shaded and labelled, so decades read at a glance.
 */
final class TimelineChart {

  private TimelineChart() {}

  static JFreeChart of(TimelineData data, String corpusName) {
    CategoryTableXYDataset dataset = new CategoryTableXYDataset();
    for (TimelineData.Year year : data.years()) {
      dataset.add(year.year(), year.explicit(), "dated in the text");
      dataset.add(year.year(), year.inferred(), "inferred from an earlier date");
    }
    dataset.setIntervalWidth(0.8);

    NumberAxis years = new NumberAxis("year");
    NumberAxis mentions = new NumberAxis("mentions");
    StackedXYBarRenderer renderer = new StackedXYBarRenderer();
    XYPlot plot = new XYPlot(dataset, years, mentions, renderer);
    JFreeChart chart = new JFreeChart("Years the text names", ChartStyle.TITLE, plot, true);
    ChartStyle.finish(chart, corpusName, "timeline.csv  ·  mentions of each calendar year, empty years left blank");

    ChartStyle.countAxis(mentions);
    renderer.setDrawBarOutline(false);
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, ChartStyle.PALETTE[0]);
    renderer.setSeriesPaint(1, ChartStyle.PALETTE[5]);
    plot.setDomainGridlinesVisible(false);
    if (data.isEmpty()) {
      return chart;
    }
    int first = data.years().get(0).year();
    int last = data.years().get(data.years().size() - 1).year();
    int firstDecade = Math.floorDiv(first, 10) * 10;
    int lastDecade = Math.floorDiv(last, 10) * 10 + 10;
    years.setRange(firstDecade - 0.5, Math.max(lastDecade, last + 1) - 0.5);
    years.setTickUnit(new NumberTickUnit(tickStep(lastDecade - firstDecade),
        new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
    years.setMinorTickCount(tickStep(lastDecade - firstDecade) == 10 ? 10 : 0);
    years.setMinorTickMarksVisible(true);
    for (int decade = firstDecade; decade < lastDecade; decade += 20) {
      IntervalMarker band = new IntervalMarker(decade - 0.5, decade + 9.5, ChartStyle.BAND);
      plot.addDomainMarker(band, Layer.BACKGROUND);
    }
    return chart;
  }

  /** One tick a decade up to 120 years, then coarser, so that the labels never run into each other. */
  static int tickStep(int span) {
    if (span <= 120) {
      return 10;
    }
    if (span <= 250) {
      return 20;
    }
    return span <= 600 ? 50 : 100;
  }
}
