package org.corpusstats.report.csv;

import java.io.Serializable;

/**
 * The field separator and decimal mark of the CSV files. A spreadsheet opening a CSV file splits and reads numbers
 * by the system's locale: in Germany, France and most of continental Europe it splits on {@code ;} and reads
 * {@code 0,5} as a number, while {@code 0.5} there is text (or a date).
 *
 * @param delimiter {@code ,} (RFC 4180, the default), {@code ;} or a tab
 * @param decimal   {@code .} (the default) or {@code ,}; a comma only with another delimiter than the comma
 */
public record CsvDialect(char delimiter, char decimal) implements Serializable {

  /** Comma-separated, decimal point: RFC 4180 as every earlier run wrote it. */
  public static final CsvDialect DEFAULT = new CsvDialect(',', '.');

  public CsvDialect {
    if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
      throw new IllegalArgumentException("delimiter '" + delimiter + "' is not one of: ',', ';', tab");
    }
    if (decimal != '.' && decimal != ',') {
      throw new IllegalArgumentException("decimal mark '" + decimal + "' is not one of: '.', ','");
    }
    if (delimiter == decimal) {
      throw new IllegalArgumentException("a decimal comma needs another delimiter than the comma: ';' or tab");
    }
  }

  /** The decimal mark that goes with a delimiter: the locales that split on {@code ;} write {@code 0,5}. */
  public static CsvDialect withUsualDecimal(char delimiter) {
    return new CsvDialect(delimiter, delimiter == ';' ? ',' : '.');
  }
}
