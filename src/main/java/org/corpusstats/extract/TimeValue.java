package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a SUTime value says about the calendar: the years it names, a decade, or that it needs an anchor
 * ({@code XXXX-10} for "October", {@code OFFSET P1Y} for "a year later", {@code THIS P1Y} for "that year"), or a
 * year written without its century ({@code XX85-01} for "January, '85"; {@link #yearOfCentury}).
 */
/** @param offsetMonths for {@link Kind#OFFSET}; for {@link Kind#CENTURY_LEFT_OUT}, the two digits of the year */
record TimeValue(Kind kind, List<Integer> years, Integer month, Integer decade, String rest, int offsetMonths) {

  enum Kind { EXPLICIT, DECADE, UNDERSPECIFIED, CENTURY_LEFT_OUT, OFFSET, THIS_PERIOD, NONE }

  /** A four-digit year; not the length of a period ("THIS P1000Y", "the millennium"), which SUTime writes P…Y. */
  private static final Pattern YEAR = Pattern.compile("(?<![\\dX*P])([12]\\d{3})(?![\\dYMWD])");
  private static final Pattern YEAR_MONTH = Pattern.compile("^([12]\\d{3})-(\\d{2})");
  /** "1927-28", "1992/93", "1918–1920" in the text itself: SUTime garbles some of these. */
  private static final Pattern TEXT_RANGE = Pattern.compile("(?<!\\d)([12]\\d{3})\\s*[-–/]\\s*(\\d{2}|[12]\\d{3})(?!\\d)");
  private static final Pattern DECADE = Pattern.compile("^([12]\\d{2})X$");
  private static final Pattern UNDERSPECIFIED = Pattern.compile("^XXXX(.*)$");
  private static final Pattern CENTURY_LEFT_OUT = Pattern.compile("^XX(\\d{2})(.*)$");
  private static final Pattern OFFSET = Pattern.compile("^OFFSET P(-?\\d+)([YMWD])");
  private static final Pattern THIS_PERIOD = Pattern.compile("^THIS (P1Y|WI|SU|SP|FA|P1M)\\b");

  static TimeValue parse(String normalized, String text) {
    String value = normalized == null ? "" : normalized.strip();
    List<Integer> years = new ArrayList<>();
    Matcher range = TEXT_RANGE.matcher(text);
    while (range.find()) {
      int first = Integer.parseInt(range.group(1));
      String second = range.group(2);
      int last = second.length() == 2 ? first / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
      if (last > first) {
        addOnce(years, first);
        addOnce(years, last);
      }
    }
    Matcher year = YEAR.matcher(value);
    while (year.find()) {
      addOnce(years, Integer.parseInt(year.group(1)));
    }
    if (!years.isEmpty()) {
      years.sort(null);
      Matcher ym = YEAR_MONTH.matcher(value);
      Integer month = ym.find() ? Integer.valueOf(ym.group(2)) : null;
      return new TimeValue(Kind.EXPLICIT, years, month, null, "", 0);
    }
    Matcher decade = DECADE.matcher(value);
    if (decade.find()) {
      return new TimeValue(Kind.DECADE, List.of(), null, Integer.parseInt(decade.group(1)) * 10, "", 0);
    }
    Matcher shortYear = CENTURY_LEFT_OUT.matcher(value);
    if (shortYear.find()) {
      Matcher month = Pattern.compile("^-(\\d{2})").matcher(shortYear.group(2));
      return new TimeValue(Kind.CENTURY_LEFT_OUT, List.of(), month.find() ? Integer.valueOf(month.group(1)) : null,
          null, shortYear.group(2), Integer.parseInt(shortYear.group(1)));
    }
    Matcher under = UNDERSPECIFIED.matcher(value);
    if (under.find()) {
      String rest = under.group(1);
      Matcher month = Pattern.compile("^-(\\d{2})").matcher(rest);
      return new TimeValue(Kind.UNDERSPECIFIED, List.of(), month.find() ? Integer.valueOf(month.group(1)) : null,
          null, rest, 0);
    }
    Matcher offset = OFFSET.matcher(value);
    if (offset.find()) {
      int amount = Integer.parseInt(offset.group(1));
      int months = switch (offset.group(2)) {
        case "Y" -> amount * 12;
        case "M" -> amount;
        default -> 0;
      };
      return new TimeValue(Kind.OFFSET, List.of(), null, null, "", months);
    }
    if (THIS_PERIOD.matcher(value).find()) {
      return new TimeValue(Kind.THIS_PERIOD, List.of(), null, null, "", 0);
    }
    return new TimeValue(Kind.NONE, List.of(), null, null, "", 0);
  }

  private static void addOnce(List<Integer> years, int year) {
    if (!years.contains(year)) {
      years.add(year);
    }
  }

  /**
   * For {@link Kind#CENTURY_LEFT_OUT}: "'85" in a text about 1869 is 1885, the year of those two digits nearest the
   * year the text was last talking about.
   */
  int yearOfCentury(int anchorYear) {
    int year = anchorYear / 100 * 100 + offsetMonths;
    if (year - anchorYear > 50) {
      year -= 100;
    } else if (anchorYear - year > 50) {
      year += 100;
    }
    return year;
  }
}
