package org.corpusstats.report.network;

import org.corpusstats.report.csv.CsvWriter;

/** Escaping and number formatting shared by the two network writers. */
final class Xml {

  private Xml() {}

  /**
   * Text for an attribute value in double quotes. Characters XML 1.0 forbids (most C0 controls) are dropped:
   * Gephi and yEd refuse the whole file over one of them.
   */
  static String attr(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\t' -> out.append("&#9;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        default -> {
          if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /** Numbers as the CSVs write them, so the network and the tables agree to the last digit. */
  static String number(double value) {
    return CsvWriter.formatNumber(value);
  }
}
