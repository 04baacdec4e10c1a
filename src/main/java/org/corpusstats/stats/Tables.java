package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.corpusstats.report.csv.CsvTable;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The few Tablesaw idioms every table uses, and the hand-over to {@link CsvTable}. */
final class Tables {

  private Tables() {}

  /** A measure as a cell: an undefined value (NaN, infinity) is an empty cell, not text a spreadsheet misreads. */
  static Double cell(double value) {
    return Double.isFinite(value) ? value : null;
  }

  /** Column names become the CSV header: name columns for the user (snake_case) before calling this. */
  static CsvTable toCsv(String fileName, Table table) {
    List<Column<?>> columns = table.columns();
    List<List<Object>> rows = new ArrayList<>(table.rowCount());
    for (int r = 0; r < table.rowCount(); r++) {
      List<Object> row = new ArrayList<>(columns.size());
      for (Column<?> column : columns) {
        // Tablesaw's missing values (NaN, the int sentinel) and infinities become empty cells.
        Object value = column.isMissing(r) ? null : column.get(r);
        row.add(value instanceof Double d ? cell(d) : value);
      }
      rows.add(Collections.unmodifiableList(row));
    }
    return new CsvTable(fileName, table.columnNames(), rows);
  }
}
