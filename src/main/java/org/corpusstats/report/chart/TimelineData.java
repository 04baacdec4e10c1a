package org.corpusstats.report.chart;

import java.util.List;

/**
 * Mentions per calendar year, every year from the first named to the last, so a year the text never names is a
 * zero (a gap in the chart) rather than missing. The counts are read from timeline.csv, never recounted from the
 * dates ({@code ExtractionTables.timeline} is the one place that counts them), so chart and table cannot disagree.
 */
public record TimelineData(List<Year> years) {

  public TimelineData {
    years = List.copyOf(years);
  }

  public boolean isEmpty() {
    return years.isEmpty();
  }

  /** @param explicit mentions the text dates itself; {@code inferred} those resolved against an earlier date */
  public record Year(int year, int explicit, int inferred) {}
}
