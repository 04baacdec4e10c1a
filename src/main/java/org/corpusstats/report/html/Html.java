package org.corpusstats.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.LookupTranslator;

/** Escaping, links and number display: the only ways text reaches the page. */
final class Html {

  /** Decimal places shown on the page; the CSV keeps all of them. */
  static final int SHOWN_DECIMALS = 3;

  /**
   * Commons Text's HTML 4 escape without its entity tables for Latin-1 and beyond (the page is UTF-8, so "é" stays
   * "é"), plus the apostrophe, which escapeHtml4 leaves alone: every attribute on the page is double-quoted today,
   * and a single-quoted one added later stays safe.
   */
  private static final CharSequenceTranslator ESCAPE = new AggregateTranslator(
      new LookupTranslator(EntityArrays.BASIC_ESCAPE), new LookupTranslator(Map.of("'", "&#39;")));

  private Html() {}

  /** For element text and attribute values alike: the one escape for everything that reaches the page. */
  static String escape(String text) {
    return text == null ? "" : ESCAPE.translate(text);
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

  /**
   * A link to an English Wikipedia page by its title, opened in a new tab: the only link that leaves the output
   * folder, and only when a reader follows it (the page itself loads nothing from the network).
   */
  static String wikipedia(String title) {
    String path = java.net.URLEncoder.encode(title.replace(' ', '_'), StandardCharsets.UTF_8).replace("+", "%20");
    return "<a href=\"https://en.wikipedia.org/wiki/" + path + "\" rel=\"noopener noreferrer\" target=\"_blank\">"
        + escape(title) + "</a>";
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
