package org.corpusstats.report.chart;

import java.util.List;

/**
 * A symmetric matrix of co-occurrence counts between named entities; null where the pair is not in the table (seen
 * fewer than the run's minimum count) and on the diagonal.
 */
public record MatrixData(List<String> names, List<List<Integer>> counts) {

  public MatrixData {
    names = List.copyOf(names);
    // List.copyOf rejects nulls, and a null is a meaningful cell here.
    counts = counts.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
        .toList();
  }

  public Integer count(String a, String b) {
    int i = names.indexOf(a);
    int j = names.indexOf(b);
    return i < 0 || j < 0 ? null : counts.get(i).get(j);
  }

  public boolean isEmpty() {
    return names.isEmpty();
  }
}
