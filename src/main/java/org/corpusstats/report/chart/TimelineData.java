package org.corpusstats.report.chart;

import java.util.List;

/**
 * Mentions per calendar year, every year from the first named to the last, so a year the text never names is a
 * zero (a gap in the chart) rather than missing.
 */
public record TimelineData(List<Year> years) {

  public TimelineData {
    years = List.copyOf(years);
  }

  public boolean isEmpty() {
    return years.isEmpty();
  }

  /** @param explicit mentions the text dates itself; {@code inferred} those resolved against an earlier date */
  public record Year(int year, int explicit, int inferred) {
    public int mentions() {
      return explicit + inferred;
    }
  }
}
