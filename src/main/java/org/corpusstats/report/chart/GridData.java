package org.corpusstats.report.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Counts in a grid of named rows and columns, for a heatmap: persons by persons, persons by years, entities by
 * documents. A null cell is drawn blank (no count, or below the table's cutoff).
 */
public record GridData(List<String> rows, List<String> columns, List<List<Integer>> counts) {

  public GridData {
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    if (counts.size() != rows.size()) {
      throw new IllegalArgumentException(rows.size() + " rows but " + counts.size() + " rows of counts");
    }
    // List.copyOf rejects nulls, and a null is a meaningful cell here.
    List<List<Integer>> copy = new ArrayList<>();
    for (List<Integer> row : counts) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(columns.size() + " columns but a row of " + row.size() + " counts");
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    counts = List.copyOf(copy);
  }

  /** A grid of blank cells to fill. */
  static List<List<Integer>> blank(int rows, int columns) {
    List<List<Integer>> cells = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      cells.add(new ArrayList<>(Collections.nCopies(columns, (Integer) null)));
    }
    return cells;
  }

  public Integer count(String row, String column) {
    int i = rows.indexOf(row);
    int j = columns.indexOf(column);
    return i < 0 || j < 0 ? null : counts.get(i).get(j);
  }

  public boolean isEmpty() {
    return rows.isEmpty() || columns.isEmpty();
  }
}
