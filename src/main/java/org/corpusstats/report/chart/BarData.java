package org.corpusstats.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a bar chart plots: bars in drawing order (largest first for rankings, oldest first for years), each with one
 * count per series. Labels are unique, because a chart's categories are keyed by label.
 */
public record BarData(List<String> series, List<Bar> bars) {

  public BarData {
    series = List.copyOf(series);
    bars = List.copyOf(bars);
    Set<String> seen = new HashSet<>();
    for (Bar bar : bars) {
      if (bar.counts().size() != series.size()) {
        throw new IllegalArgumentException("Bar '" + bar.label() + "' has " + bar.counts().size()
            + " counts for " + series.size() + " series " + series);
      }
      if (!seen.add(bar.label())) {
        throw new IllegalArgumentException("Two bars are labelled '" + bar.label() + "'");
      }
    }
  }

  public static BarData single(String series, List<Bar> bars) {
    return new BarData(List.of(series), bars);
  }

  public List<String> labels() {
    return bars.stream().map(Bar::label).toList();
  }

  public boolean isEmpty() {
    return bars.isEmpty();
  }

  public record Bar(String label, List<Integer> counts) {
    public Bar {
      counts = List.copyOf(counts);
    }

    public static Bar of(String label, int count) {
      return new Bar(label, List.of(count));
    }

    public int total() {
      return counts.stream().mapToInt(Integer::intValue).sum();
    }
  }
}
