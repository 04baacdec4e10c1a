package org.corpusstats.report.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corpusstats.io.AtomicFiles;

/**
 * Writes tables as RFC 4180 CSV, UTF-8, optionally with a byte-order mark so that Excel reads the encoding.
 *
 * <p>Text cells that a spreadsheet would run as a formula (first character {@code = + - @}, tab or carriage
 * return) are prefixed with an apostrophe, as OWASP recommends against CSV injection; numbers are left alone.
 *
 * <p>The {@link CsvDialect} sets the field separator and the decimal mark; the default writes comma-separated
 * files with a decimal point, byte for byte as before the dialect existed.
 */
public final class CsvWriter {

  /** Decimal places kept for non-integer numbers: enough for every measure, fixed so output is byte-stable. */
  public static final int DECIMALS = 6;

  private final boolean byteOrderMark;
  private final CsvDialect dialect;
  private final CSVFormat format;

  public CsvWriter(boolean byteOrderMark) {
    this(byteOrderMark, CsvDialect.DEFAULT);
  }

  public CsvWriter(boolean byteOrderMark, CsvDialect dialect) {
    this.byteOrderMark = byteOrderMark;
    this.dialect = dialect;
    this.format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter()).setRecordSeparator("\r\n").get();
  }

  public Path write(Path folder, CsvTable table) throws IOException {
    Path target = folder.resolve(table.fileName());
    AtomicFiles.write(target, writer -> {
      if (byteOrderMark) {
        writer.write('\uFEFF');
      }
      try (CSVPrinter printer = new CSVPrinter(writer, format)) {
        printer.printRecord(table.header());
        for (List<Object> row : table.rows()) {
          List<String> cells = new ArrayList<>(row.size());
          for (Object cell : row) {
            cells.add(format(cell, dialect.decimal()));
          }
          printer.printRecord(cells);
        }
      }
    });
    return target;
  }

  static String format(Object cell) {
    return format(cell, '.');
  }

  static String format(Object cell, char decimal) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double || cell instanceof Float) {
      double value = ((Number) cell).doubleValue();
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        return "";
      }
      // formatNumber writes no grouping and no exponent: its only '.' is the decimal point.
      String number = formatNumber(value);
      return decimal == '.' ? number : number.replace('.', decimal);
    }
    if (cell instanceof Number || cell instanceof Boolean) {
      return cell.toString();
    }
    return neutraliseFormula(cell.toString());
  }

  /** Integers without a decimal point; other values rounded half-up to {@link #DECIMALS} places, zeros stripped. */
  public static String formatNumber(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  static String neutraliseFormula(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
      return "'" + text;
    }
    return text;
  }
}
