package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;

import org.corpusstats.input.DocumentLayout;

/**
 * The words around a number in a sentence that say what it is: a label ("chapter 6", a list's "1."), part of a date
 * ("November 3d"), of a quoted title or of a name ("the Black Hundred"), or qualified ("about", "more than").
 */
final class NumberContext {

  private final AnnotatedText doc;
  private final int sentenceIndex;
  private final List<Token> tokens;

  NumberContext(AnnotatedText doc, int sentenceIndex) {
    this.doc = doc;
    this.sentenceIndex = sentenceIndex;
    this.tokens = doc.sentence(sentenceIndex).tokens();
  }

  /**
   * A number that names rather than counts: right after a singular noun ("Chapter 5", "room 10") with no noun
   * after it, or the first word of a heading or of a paragraph that lists ("1. Every unit…", "8.1 The summer").
   */
  boolean isLabel(int first, int last) {
    Sentence sentence = doc.sentence(sentenceIndex);
    if (first == 0) {
      DocumentLayout.Paragraph paragraph = doc.layout.paragraphAt(sentence.charBegin());
      boolean opensParagraph = doc.slice(paragraph.charBegin(), tokens.get(0).charBegin()).isBlank();
      boolean listMark = last < tokens.size()
          && (tokens.get(last).text().equals(".") || tokens.get(last).text().equals(")"));
      return opensParagraph && (sentence.heading() || listMark || tokens.get(0).text().matches("\\d+(\\.\\d+)+"));
    }
    Token before = tokens.get(first - 1);
    boolean singularNoun = before.pos().equals("NN") || before.pos().equals("NNP");
    boolean nounAfter = last < tokens.size() && tokens.get(last).pos().startsWith("NN");
    // "with his stick two or three times": a number with another after it counts, it names nothing
    return singularNoun && !nounAfter && !beforeAnotherNumber(last);
  }

  /** "one or two", "one to three": a number coordinated with the next. */
  boolean beforeAnotherNumber(int last) {
    return last + 1 < tokens.size() && (word(last).equals("or") || word(last).equals("to"))
        && (FigureWords.number(tokens.get(last + 1).text()) != null || tokens.get(last + 1).ner().equals("NUMBER"));
  }

  /**
   * A time of day, no figure: "eight o'clock", "a quarter past six", "ten minutes to the hour", and a bare number
   * from one to twelve after "at", "upon", "till" or "until" with no noun after it ("drives out at five every day",
   * "It was close upon four before the door opened").
   */
  boolean timeOfDay(int first, int last, double value) {
    String next = word(last);
    if (next.equals("o'clock") || next.equals("sharp")) {
      return true;
    }
    int to = word(last).matches("minutes?") ? last + 1 : last;
    if ((word(to).equals("past") || word(to).equals("to")) && word(to - 1).matches("quarter|half|minutes?")
        && (isClockNumber(to + 1) || word(to + 1).equals("the") && word(to + 2).equals("hour"))) {
      return true;
    }
    int before = first - 1;
    while (before >= 0 && word(before).matches("nearly|almost|about|exactly|just|close")) {
      before--;
    }
    boolean clockPreposition = before >= 0 && word(before).matches("at|upon|till|until");
    boolean noNounAfter = last >= tokens.size() || !tokens.get(last).pos().startsWith("NN")
        && !(tokens.get(last).pos().startsWith("JJ") && last + 1 < tokens.size() && !tokens.get(last + 1).isPunctuation())
        && !word(last).equals("of");
    return clockPreposition && noNounAfter && value >= 1 && value <= 12 && value % 1 == 0;
  }

  private boolean isClockNumber(int i) {
    Double value = i < tokens.size() ? FigureWords.number(tokens.get(i).text()) : null;
    return value != null && value >= 1 && value <= 12;
  }

  private String word(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
  }

  /** "November 3d", "June 28": a day of a month is part of a date. */
  boolean partOfADate(int first) {
    return first > 0 && tokens.get(first - 1).ner().equals("DATE");
  }

  /** "the “Platform of the 46”": a number inside a quoted title is part of the name. */
  boolean insideAQuotedTitle(int first) {
    int offset = tokens.get(first).charBegin();
    return doc.quotesOverlapping(offset, offset + 1).stream().anyMatch(q -> true
        && doc.slice(q[0], q[1]).split("\\s+").length <= QuoteExtractor.TERM_MAX_WORDS);
  }

  /** "the Black Hundred", "the Five Year Plan": a capitalised number word inside a sentence is part of a name. */
  boolean partOfAName(int first, int last) {
    // the first word of the sentence, or of a quotation, a parenthesis or a clause after a dash, is capitalised anyway
    if (first == 0 || tokens.get(first - 1).isPunctuation() && !tokens.get(first - 1).text().equals(",")) {
      return false;
    }
    String text = tokens.get(first).text();
    return Character.isUpperCase(text.codePointAt(0)) && text.chars().noneMatch(Character::isDigit);
  }

  /** "about", "more than", "up to" just before the figure. */
  String qualifierBefore(int i) {
    if (i >= 2) {
      String two = FigureWords.QUALIFIERS.get(lower(i - 2) + " " + lower(i - 1));
      if (two != null) {
        return two;
      }
    }
    return FigureWords.QUALIFIERS.getOrDefault(lower(i - 1), "");
  }

  static String qualifier(String symbols) {
    if (symbols.startsWith(">")) {
      return ">";
    }
    if (symbols.startsWith("<")) {
      return "<";
    }
    return symbols.startsWith("~") ? "~" : "";
  }
  private String lower(int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }
}
