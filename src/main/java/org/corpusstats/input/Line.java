package org.corpusstats.input;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a document: [begin, end) excludes the line break, {@code next} is where the following line starts.
 */
record Line(int number, int begin, int end, int next, String text) {

  static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int begin = 0;
    int number = 1;
    int length = text.length();
    while (begin < length) {
      int end = begin;
      while (end < length && !isBreak(text.charAt(end))) {
        end++;
      }
      int next = end;
      if (next < length) {
        next += (text.charAt(next) == '\r' && next + 1 < length && text.charAt(next + 1) == '\n') ? 2 : 1;
      }
      lines.add(new Line(number++, begin, end, next, text.substring(begin, end)));
      begin = next;
    }
    return lines;
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  boolean isBlank() {
    return trimmed().isEmpty();
  }

  /** Trimmed of every kind of Unicode space, including no-break spaces that String.trim keeps. */
  String trimmed() {
    return text.strip().replaceAll("^[\\s\\u00A0\\u2007\\u202F\\uFEFF]+|[\\s\\u00A0\\u2007\\u202F\\uFEFF]+$", "");
  }

  int words() {
    String t = trimmed();
    return t.isEmpty() ? 0 : t.split("[\\s\\u00A0]+").length;
  }
}
