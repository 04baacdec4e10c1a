package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.report.csv.CsvTable;

/** Reads the stage's tables by column name, so tests say what they check. */
final class Csv {

  private Csv() {}

  static CsvTable table(CorpusAnalysis corpus, StatsOptions options, String fileName) {
    return new StatisticsStage(options).tables(corpus).stream()
        .filter(table -> table.fileName().equals(fileName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + fileName));
  }

  static List<Map<String, Object>> rows(CsvTable table) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<Object> cells : table.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        row.put(table.header().get(i), cells.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  static List<Object> column(CsvTable table, String name) {
    int index = table.header().indexOf(name);
    if (index < 0) {
      throw new AssertionError(table.fileName() + " has no column " + name + ": " + table.header());
    }
    return table.rows().stream().map(row -> row.get(index)).toList();
  }

  /** The first row whose {@code column} equals {@code value}, or null. */
  static Map<String, Object> row(CsvTable table, String column, Object value) {
    return rows(table).stream().filter(row -> value.equals(row.get(column))).findFirst().orElse(null);
  }

  static long sum(CsvTable table, String column) {
    return column(table, column).stream().mapToLong(cell -> ((Number) cell).longValue()).sum();
  }

  static double number(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).doubleValue();
  }
}
