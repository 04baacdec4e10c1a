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
 */
public record ChartSpec(String name, String title, String description, String source, JFreeChart chart, int width,
                        int height) {

  public ChartSpec {
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
