package org.corpusstats.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corpusstats.report.csv.CsvTable;

/**
 * The tables a run wrote, looked up by file name and read by column name, so that the charts, the networks and the
 * report follow the documented CSV contract rather than column positions. A missing table reads as no rows: a run
 * without, say, quotations still gets every other chart.
 */
public final class OutputTables {

  private final Map<String, CsvTable> byName = new LinkedHashMap<>();

  public OutputTables(List<CsvTable> tables) {
    for (CsvTable table : tables) {
      byName.putIfAbsent(table.fileName(), table);
    }
  }

  public Optional<CsvTable> table(String fileName) {
    return Optional.ofNullable(byName.get(fileName));
  }

  /** Every table, in the order the run wrote them. */
  public List<CsvTable> all() {
    return List.copyOf(byName.values());
  }

  public List<Row> rows(String fileName) {
    CsvTable table = byName.get(fileName);
    if (table == null) {
      return List.of();
    }
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < table.header().size(); i++) {
      columns.putIfAbsent(table.header().get(i), i);
    }
    List<Row> rows = new ArrayList<>(table.rows().size());
    for (List<Object> cells : table.rows()) {
      rows.add(new Row(fileName, columns, cells));
    }
    return rows;
  }

  /** One row; a column the table lacks is a programming error and names the table and its columns. */
  public record Row(String fileName, Map<String, Integer> columns, List<Object> cells) {

    public Object cell(String column) {
      Integer index = columns.get(column);
      if (index == null) {
        throw new IllegalArgumentException(fileName + " has no column '" + column + "'; columns: "
            + String.join(", ", columns.keySet()));
      }
      return cells.get(index);
    }

    /** The cell as text; an empty cell is "". */
    public String text(String column) {
      Object value = cell(column);
      return value == null ? "" : value.toString();
    }

    /** The cell as a number; an empty or non-numeric cell is NaN. */
    public double number(String column) {
      Object value = cell(column);
      if (value instanceof Number n) {
        return n.doubleValue();
      }
      if (value == null || value.toString().isBlank()) {
        return Double.NaN;
      }
      try {
        return Double.parseDouble(value.toString().strip());
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }

    /** The cell as a whole number, or null when empty. */
    public Integer integer(String column) {
      double value = number(column);
      return Double.isNaN(value) ? null : (int) Math.round(value);
    }
  }
}
