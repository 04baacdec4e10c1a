package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures written in ways CoreNLP's number normaliser misreads, read before its numbers are taken: a percentage
 * written "per cent" (it reads "cent" as a hundredth: "75 per cent" = 0.75), a mixed number ("4 1/2 million",
 * "8 and a half million", where it keeps only one part) and a fraction hyphenated into one word ("two-thirds",
 * where it keeps only the numerator), a sum of pence in one word ("twopence") and a multiple ("tenfold").
 */
final class WrittenNumbers {

  /** "4 1/2" as the tokenizer keeps it, one token with a space or a no-break space inside. */
  private static final Pattern MIXED_TOKEN = Pattern.compile("(\\d+)[ \\u00A0](\\d+)/(\\d+)");
  private static final Pattern FRACTION_TOKEN = Pattern.compile("(\\d+)/(\\d+)");
  private static final Pattern HYPHENATED = Pattern.compile("([a-z]+)-([a-z]+)");
  private static final Pattern FOLD = Pattern.compile("([a-z]+)fold");
  private static final Pattern PENCE = Pattern.compile("([a-z]+)pence");
  private static final Set<String> CURRENCY_SIGNS = Set.of("$", "£", "€", "¥");

  private final List<Token> tokens;
  private final SentenceFigures figures;

  WrittenNumbers(List<Token> tokens, SentenceFigures figures) {
    this.tokens = tokens;
    this.figures = figures;
  }

  void find() {
    for (int i = 0; i < tokens.size(); i++) {
      int end = perCent(i);
      if (end < 0) {
        end = mixedNumber(i);
      }
      if (end < 0) {
        end = hyphenatedFraction(i);
      }
      if (end < 0) {
        end = numberWithUnit(i, PENCE, FigureKind.MONEY, "pence");
      }
      if (end < 0) {
        end = numberWithUnit(i, FOLD, FigureKind.COUNT, "fold");
      }
      if (end > i) {
        i = end - 1;
      }
    }
  }

  /**
   * A number word glued to the unit it counts: "twopence", "sixpence" (a sum of pence, which NER does not see as
   * money; "tuppence" is two), "tenfold", "a hundredfold" (a multiple).
   */
  private int numberWithUnit(int i, Pattern pattern, FigureKind kind, String unit) {
    Matcher m = pattern.matcher(lower(i));
    Double value = m.matches() ? FigureWords.number(m.group(1).equals("tup") ? "two" : m.group(1)) : null;
    if (value == null || figures.claimed(i, i + 1)) {
      return -1;
    }
    FigureCandidate figure = new FigureCandidate(i, i + 1, kind, value, i);
    figure.unit = unit;
    figures.add(figure);
    return i + 1;
  }

  /** "38 per cent", "87.5 per cent", "forty per cent". */
  private int perCent(int i) {
    Double value = FigureWords.number(tokens.get(i).text());
    if (value == null || i + 2 >= tokens.size() || !lower(i + 1).equals("per") || !lower(i + 2).equals("cent")) {
      return -1;
    }
    figures.add(new FigureCandidate(i, i + 3, FigureKind.PERCENT, value, i + 2));
    return i + 3;
  }

  /** "4 1/2", "4 1/2 million", "8 and a half million", "two and a quarter"; a sum when a currency sign leads. */
  private int mixedNumber(int i) {
    double whole;
    double part;
    int end;
    Matcher mixed = MIXED_TOKEN.matcher(tokens.get(i).text());
    if (mixed.matches()) {
      whole = Double.parseDouble(mixed.group(1));
      part = Double.parseDouble(mixed.group(2)) / Double.parseDouble(mixed.group(3));
      end = i + 1;
    } else {
      Double number = FigureWords.number(tokens.get(i).text());
      if (number == null || number != Math.floor(number) || i + 1 >= tokens.size()) {
        return -1;
      }
      Matcher fraction = FRACTION_TOKEN.matcher(tokens.get(i + 1).text());
      String denominator = i + 3 < tokens.size() ? FigureWords.DENOMINATORS.get(lower(i + 3)) : null;
      if (fraction.matches() && Double.parseDouble(fraction.group(1)) < Double.parseDouble(fraction.group(2))) {
        part = Double.parseDouble(fraction.group(1)) / Double.parseDouble(fraction.group(2));
        end = i + 2;
      } else if (lower(i + 1).equals("and") && i + 3 < tokens.size()
          && (lower(i + 2).equals("a") || lower(i + 2).equals("an")) && denominator != null) {
        part = 1 / Double.parseDouble(denominator);
        end = i + 4;
      } else {
        return -1;
      }
      whole = number;
    }
    double value = whole + part;
    Double magnitude = end < tokens.size() ? magnitude(lower(end)) : null;
    if (magnitude != null) {
      value *= magnitude;
      end++;
    }
    boolean money = i > 0 && CURRENCY_SIGNS.contains(tokens.get(i - 1).text());
    int begin = money ? i - 1 : i;
    if (figures.claimed(begin, end)) {
      return -1;
    }
    FigureCandidate candidate = new FigureCandidate(begin, end, money ? FigureKind.MONEY : FigureKind.COUNT, value,
        end - 1);
    candidate.currency = money ? tokens.get(i - 1).text() : "";
    figures.add(candidate);
    return end;
  }

  /**
   * "two-thirds", "one-quarter": a number word and a fraction word joined by a hyphen, as one token or as three
   * (CoreNLP splits hyphenated words), with no space around the hyphen.
   */
  private int hyphenatedFraction(int i) {
    String numeratorWord;
    String denominatorWord;
    int end;
    Matcher m = HYPHENATED.matcher(lower(i));
    if (m.matches()) {
      numeratorWord = m.group(1);
      denominatorWord = m.group(2);
      end = i + 1;
    } else if (i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-")
        && tokens.get(i + 1).charBegin() == tokens.get(i).charEnd()
        && tokens.get(i + 2).charBegin() == tokens.get(i + 1).charEnd()) {
      numeratorWord = lower(i);
      denominatorWord = lower(i + 2);
      end = i + 3;
    } else {
      return -1;
    }
    // "first-quarter" is an ordinal, not a fraction
    Double numerator = numeratorWord.matches("[a-z]+") && !numeratorWord.matches(".*(st|nd|rd|th)")
        ? FigureWords.number(numeratorWord) : null;
    String denominator = FigureWords.DENOMINATORS.get(denominatorWord);
    if (numerator == null || denominator == null || figures.claimed(i, end)) {
      return -1;
    }
    figures.add(new FigureCandidate(i, end, FigureKind.FRACTION, numerator / Double.parseDouble(denominator),
        end - 1));
    return end;
  }

  /** "thousand", "million", "billion": a number word of a thousand or more that multiplies the number before. */
  private static Double magnitude(String word) {
    if (!word.matches("[a-z]+")) {
      return null;
    }
    Double value = FigureWords.number(word);
    return value != null && value >= 1000 ? value : null;
  }

  private String lower(int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }
}
