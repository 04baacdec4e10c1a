package org.corpusstats.report.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.corpusstats.io.AtomicFiles;
import org.corpusstats.report.csv.CsvTable;
import org.corpusstats.report.csv.CsvWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * corpus-stats.xlsx: every table of the run as one sheet, in the order of the CSV files, for readers who open a
 * spreadsheet whatever their locale. Numbers are numeric cells holding the value the CSV shows (rounded the same
 * way); undefined numbers are empty cells; text is a text cell, which a spreadsheet never runs as a formula, so it
 * is written as it is, without the CSV's protective apostrophe. The header row is bold, frozen and filtered.
 *
 * <p>fastexcel writes each sheet's rows to the file as it goes ({@link Worksheet#flush()}), so a table of a million
 * rows costs no more memory than the table itself. The cells are the same every run; the file's bytes are not,
 * because fastexcel 0.20 stamps {@code docProps/core.xml} with the time of writing ({@code dcterms:created}) and
 * gives each zip entry the current time, and offers no setting for either.
 */
public final class WorkbookWriter {

  public static final String FILE = "corpus-stats.xlsx";
  /** Column widths in characters: the longest cell of the column plus room for the filter button, within these. */
  static final int MIN_WIDTH = 6;
  static final int MAX_WIDTH = 60;
  /** Excel's limits: it "repairs" a workbook with a longer text cell away, and shows no row past the last. */
  static final int MAX_TEXT = 32_767;
  static final int MAX_ROWS = Worksheet.MAX_ROWS;
  private static final int FLUSH_EVERY = 1_000;

  private WorkbookWriter() {}

  /**
   * Writes the workbook into {@code folder} through {@link AtomicFiles}. A table past Excel's row limit, or with
   * text past its cell limit, is cut on its sheet (its CSV file has everything) and {@code warn} is told.
   */
  public static Path write(Path folder, List<CsvTable> tables, Consumer<String> warn) throws IOException {
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("a workbook needs at least one table");
    }
    List<String> names = SheetNames.of(tables.stream().map(CsvTable::fileName).toList());
    Path target = folder.resolve(FILE);
    AtomicFiles.writeStream(target, out -> {
      Workbook workbook = new Workbook(out, "corpus-stats", null);
      for (int i = 0; i < tables.size(); i++) {
        writeSheet(workbook.newWorksheet(names.get(i)), tables.get(i), warn);
      }
      workbook.finish();
    });
    return target;
  }

  private static void writeSheet(Worksheet sheet, CsvTable table, Consumer<String> warn) throws IOException {
    List<String> header = table.header();
    int rows = Math.min(table.rows().size(), MAX_ROWS - 1);
    // Widths, the frozen row and the filter must be set before the first flush.
    for (int c = 0; c < header.size(); c++) {
      sheet.width(c, width(table, c, rows));
    }
    sheet.freezePane(0, 1);
    if (!header.isEmpty()) {
      sheet.setAutoFilter(0, 0, rows, header.size() - 1);
    }
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
    }
    sheet.range(0, 0, 0, Math.max(0, header.size() - 1)).style().bold().set();
    int cutTexts = 0;
    for (int r = 0; r < rows; r++) {
      List<Object> row = table.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        cutTexts += write(sheet, r + 1, c, row.get(c)) ? 1 : 0;
      }
      if ((r + 1) % FLUSH_EVERY == 0) {
        sheet.flush();
      }
    }
    sheet.finish();
    if (rows < table.rows().size()) {
      warn.accept(FILE + ": sheet '" + sheet.getName() + "' holds the first " + rows + " of "
          + table.rows().size() + " rows, Excel's limit; " + table.fileName() + " has them all");
    }
    if (cutTexts > 0) {
      warn.accept(FILE + ": sheet '" + sheet.getName() + "' has " + cutTexts + " text cell(s) cut to " + MAX_TEXT
          + " characters, Excel's limit; " + table.fileName() + " has them whole");
    }
  }

  /** Writes one cell; true when its text had to be cut. */
  private static boolean write(Worksheet sheet, int r, int c, Object cell) {
    Object value = value(cell);
    if (value instanceof Number number) {
      sheet.value(r, c, number);
    } else if (value instanceof Boolean bool) {
      sheet.value(r, c, bool);
    } else if (value instanceof String text) {
      sheet.value(r, c, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
      return text.length() > MAX_TEXT;
    }
    return false;
  }

  /**
   * What a cell holds in the workbook: null for an empty cell, a Long or Double for a number (a non-integer one
   * rounded as {@link CsvWriter#formatNumber} rounds it), a Boolean, or the text.
   */
  static Object value(Object cell) {
    if (cell == null) {
      return null;
    }
    if (cell instanceof Integer || cell instanceof Long || cell instanceof Short || cell instanceof Byte) {
      return ((Number) cell).longValue();
    }
    if (cell instanceof Number number) {
      double value = number.doubleValue();
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        return null;
      }
      return Double.parseDouble(CsvWriter.formatNumber(value));
    }
    if (cell instanceof Boolean) {
      return cell;
    }
    return cell.toString();
  }

  /** Characters the column needs: its header (and filter button) and its widest cell, within the bounds. */
  private static double width(CsvTable table, int column, int rows) {
    int widest = table.header().get(column).length() + 3;
    for (int r = 0; r < rows && widest < MAX_WIDTH; r++) {
      Object value = value(table.rows().get(r).get(column));
      int length = value == null ? 0
          : value instanceof Double number ? CsvWriter.formatNumber(number).length() : longestLine(value.toString());
      widest = Math.max(widest, length + 1);
    }
    return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest));
  }

  private static int longestLine(String text) {
    int longest = 0;
    int start = 0;
    for (int end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
      longest = Math.max(longest, end - start);
    }
    return Math.max(longest, text.length() - start);
  }
}
