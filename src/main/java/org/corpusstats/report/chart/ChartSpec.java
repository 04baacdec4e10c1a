package org.corpusstats.report.chart;

import java.util.Objects;

import org.jfree.chart.JFreeChart;

/**
 * A chart ready to draw, and what the report says about it.
 *
 * @param name        file name without extension: charts/{name}.png and charts/{name}.svg
 * @param description one sentence for the report: what is plotted, from which table
 * @param source      the CSV the chart reads, for a link next to it
 * @param width       in CSS pixels: the SVG's size; the PNG has twice as many pixels each way
 * @param placement   the section of the report that shows it
 */
public record ChartSpec(String name, String title, String description, String source, JFreeChart chart, int width,
                        int height, Placement placement) {

  /** The section of the report a chart belongs to. */
  public enum Placement { CHARTS, KEYWORDS, COMPARISON }

  /** A chart of the report's Charts section. */
  public ChartSpec(String name, String title, String description, String source, JFreeChart chart, int width,
                   int height) {
    this(name, title, description, source, chart, width, height, Placement.CHARTS);
  }

  public ChartSpec {
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(chart, "chart");
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("Chart name '" + name + "' must be lower-case letters, digits and '-'");
    }
    if (width < 100 || height < 100) {
      throw new IllegalArgumentException("Chart " + name + " is " + width + "x" + height + "; both need 100 or more");
    }
  }

  public String png() {
    return "charts/" + name + ".png";
  }

  public String svg() {
    return "charts/" + name + ".svg";
  }
}
