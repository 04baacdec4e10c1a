package org.corpusstats.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/** Escaping, links and number display: the only ways text reaches the page. */
final class Html {

  /** Decimal places shown on the page; the CSV keeps all of them. */
  static final int SHOWN_DECIMALS = 3;

  private Html() {}

  /** For element text and double-quoted attribute values alike. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A relative link to a file in the output folder, each path segment percent-encoded (UTF-8), so that a name
   * with spaces, '#', '?' or non-ASCII letters still opens from file://.
   */
  static String href(String relativePath) {
    StringBuilder out = new StringBuilder();
    for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return escape(out.toString());
  }

  static String link(String relativePath, String text) {
    return "<a href=\"" + href(relativePath) + "\">" + escape(text) + "</a>";
  }

  /** A cell as the page shows it: integers whole, other numbers to {@link #SHOWN_DECIMALS} places. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        return "";
      }
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      BigDecimal shown = BigDecimal.valueOf(d).setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
      return shown.signum() == 0 ? "0" : shown.toPlainString();
    }
    return value.toString();
  }

  static boolean isNumber(Object value) {
    return value instanceof Number;
  }

  /** A stylesheet or script shipped in the jar, to be inlined: the page must not load anything. */
  static String asset(String name) {
    try (InputStream in = Html.class.getResourceAsStream("/org/corpusstats/report/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource org/corpusstats/report/" + name + " in the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
