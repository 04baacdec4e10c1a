package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;

/**
 * Date and time expressions with SUTime's value, their years, and narrative resolution: a history text is not
 * written today, so "By October" or "A year later" is resolved against the last explicit date before it in the
 * document, not against the run's date, and flagged inferred.
 */
final class DateExtractor {

  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final java.util.regex.Pattern PREFIXED_YEAR =
      java.util.regex.Pattern.compile("(?i)(?:pre|post|mid|early|late)-((?:1[0-9]|20)[0-9]{2})");
  private static final java.util.regex.Pattern YEAR_RANGE =
      java.util.regex.Pattern.compile("[12]\\d{3}\\s*[-–/]\\s*(\\d{2}|[12]\\d{3})");

  /** @param claimed character ranges other extractors own (a fraction such as "a quarter" is not a duration) */
  List<DateRef> extract(AnnotatedText doc, List<int[]> claimed) {
    List<Expression> expressions = new ArrayList<>();
    List<CoreSentence> sentences = doc.coreSentences();
    for (int s = 0; s < sentences.size(); s++) {
      Expression previous = null;
      int sentenceStart = expressions.size();
      for (CoreEntityMention mention : sentences.get(s).entityMentions()) {
        boolean yearRange = isYearRange(mention);
        if (!(TEMPORAL.contains(mention.entityType()) || yearRange) || overlaps(mention, claimed)
            || insideASymbol(doc, mention) || countsSomething(sentences.get(s).tokens(), mention)
            || labelsAName(sentences.get(s).tokens(), mention)) {
          continue;
        }
        Expression current = new Expression(s, withRangeEnd(sentences.get(s).tokens(), mention.tokens()), "DATE",
            yearRange && !TEMPORAL.contains(mention.entityType()) ? "" : normalized(mention));
        current.type = TEMPORAL.contains(mention.entityType()) ? mention.entityType() : "DATE";
        if (previous != null && previous.joins(current)) {
          previous.extend(current);
        } else {
          expressions.add(current);
          previous = current;
        }
      }
      for (CoreLabel token : sentences.get(s).tokens()) {
        java.util.regex.Matcher prefixed = PREFIXED_YEAR.matcher(token.word());
        if (prefixed.matches() && "O".equals(token.ner())) {
          // "the pre-1914 empire", "mid-1938": a year with a prefix SUTime does not read
          expressions.add(new Expression(s, List.of(token), "DATE", prefixed.group(1)));
        }
      }
      expressions.subList(sentenceStart, expressions.size())
          .sort(java.util.Comparator.comparingInt(e -> e.tokens.get(0).beginPosition()));
    }
    return resolve(doc, expressions);
  }

  private static List<DateRef> resolve(AnnotatedText doc, List<Expression> expressions) {
    List<DateRef> dates = new ArrayList<>();
    Integer anchorYear = null;
    int anchorMonth = 1;
    for (Expression e : expressions) {
      int begin = e.tokens.get(0).beginPosition();
      int end = e.tokens.get(e.tokens.size() - 1).endPosition();
      String text = doc.slice(begin, end);
      TimeValue value = TimeValue.parse(e.normalized, text);
      List<Integer> years = value.years();
      String resolved = e.normalized;
      boolean inferred = false;
      switch (value.kind()) {
        case EXPLICIT -> {
          anchorYear = years.get(years.size() - 1);
          anchorMonth = value.month() == null ? 1 : value.month();
        }
        case CENTURY_LEFT_OUT -> {
          // "in January, '85": the text names the year, its century understood from the years around it (before
          // the first full year, from that one: "the years '82 and '90" open a story set in 1869-1890)
          Integer around = anchorYear != null ? anchorYear : firstExplicitYear(expressions);
          if (around != null) {
            anchorYear = value.yearOfCentury(around);
            anchorMonth = value.month() == null ? 1 : value.month();
            years = List.of(anchorYear);
            resolved = anchorYear + (value.rest().startsWith("-") ? value.rest() : "");
          }
        }
        case UNDERSPECIFIED, THIS_PERIOD -> {
          if (anchorYear != null) {
            years = List.of(anchorYear);
            resolved = value.kind() == TimeValue.Kind.UNDERSPECIFIED ? anchorYear + value.rest() : anchorYear.toString();
            inferred = true;
            if (value.month() != null) {
              anchorMonth = value.month();
            }
          }
        }
        case OFFSET -> {
          if (anchorYear != null) {
            int months = anchorYear * 12 + (anchorMonth - 1) + value.offsetMonths();
            anchorYear = Math.floorDiv(months, 12);
            anchorMonth = Math.floorMod(months, 12) + 1;
            years = List.of(anchorYear);
            resolved = anchorYear.toString();
            inferred = true;
          }
        }
        default -> { }
      }
      dates.add(new DateRef(doc.name(), e.sentence + 1, begin, end, text, e.type, e.normalized, resolved,
          years, value.decade(), inferred));
    }
    return dates;
  }

  private static Integer firstExplicitYear(List<Expression> expressions) {
    for (Expression e : expressions) {
      TimeValue value = TimeValue.parse(e.normalized, "");
      if (value.kind() == TimeValue.Kind.EXPLICIT) {
        return value.years().get(0);
      }
    }
    return null;
  }

  /**
   * "the 1936–39 Arab revolt": NER tags the first year a date and the end of the range a number; a dash and a number
   * of two or four digits right after a year belong to it (TimeValue reads the range from the text).
   */
  private static List<CoreLabel> withRangeEnd(List<CoreLabel> sentence, List<CoreLabel> tokens) {
    int last = tokens.get(tokens.size() - 1).index();
    if (!tokens.get(tokens.size() - 1).word().matches("[12]\\d{3}") || last + 1 >= sentence.size()) {
      return tokens;
    }
    CoreLabel dash = sentence.get(last);
    CoreLabel end = sentence.get(last + 1);
    // "(1907–12 March 1988)": a number NER puts in a date of its own is that date's day, not the range's end
    if (!dash.word().matches("[-–]|--") || !end.word().matches("\\d{2}|[12]\\d{3}") || "DATE".equals(end.ner())) {
      return tokens;
    }
    List<CoreLabel> extended = new ArrayList<>(tokens);
    extended.add(dash);
    extended.add(end);
    return extended;
  }

  /** "(A/1367/Rev.1)": a number between slashes is part of a document's symbol, not a year. */
  private static boolean insideASymbol(AnnotatedText doc, CoreEntityMention mention) {
    int begin = mention.charOffsets().first();
    int end = mention.charOffsets().second();
    String text = doc.text();
    return begin > 0 && end < text.length() && text.charAt(begin - 1) == '/' && text.charAt(end) == '/';
  }

  /**
   * "They got 4700 pounds for it": a number NER took for a year that counts the plural noun or the money right after
   * it, with no preposition before it ("in 1917 men enlisted" is a year), is a figure, no date.
   */
  static boolean countsSomething(List<CoreLabel> sentence, CoreEntityMention mention) {
    List<CoreLabel> words = mention.tokens();
    int first = words.get(0).index() - 1;
    int next = words.get(words.size() - 1).index();
    return isFourDigitsAlone(mention) && next < sentence.size() && (sentence.get(next).tag().equals("NNS") || "MONEY".equals(sentence.get(next).ner()))
        && !(first > 0 && (sentence.get(first - 1).tag().equals("IN") || sentence.get(first - 1).tag().equals("TO")));
  }

  /**
   * "Directive 1067", "JCS 1779", "Resolution 1441": a number NER took for a year right after a capitalised word that
   * is no date, place or person is the number of the thing that word names, no year. A law's name keeps its year
   * ("the Education Act 1944": law-nouns.txt).
   */
  static boolean labelsAName(List<CoreLabel> sentence, CoreEntityMention mention) {
    List<CoreLabel> words = mention.tokens();
    int first = words.get(0).index() - 1;
    if (!isFourDigitsAlone(mention) || first == 0) {
      return false;
    }
    CoreLabel before = sentence.get(first - 1);
    String ner = before.ner() == null ? "O" : before.ner();
    return before.tag().startsWith("NNP") && Character.isUpperCase(before.word().codePointAt(0))
        && !LawWording.LAW_NOUNS.contains(before.word().toLowerCase(java.util.Locale.ROOT))
        && (ner.equals("O") || ner.equals("ORGANIZATION") || ner.equals("MISC"))
        && before.endPosition() + 1 == words.get(0).beginPosition();
  }

  /** A DATE mention that is one four-digit number and nothing else: a year, or a number NER took for one. */
  private static boolean isFourDigitsAlone(CoreEntityMention mention) {
    List<CoreLabel> words = mention.tokens();
    return mention.entityType().equals("DATE") && words.size() == 1 && words.get(0).word().matches("\\d{4}");
  }

  /** NER reads "1927-28" as a NUMBER; a span shaped like a range of years is a date. */
  static boolean isYearRange(CoreEntityMention mention) {
    return mention.entityType().equals("NUMBER") && YEAR_RANGE.matcher(mention.text().strip()).matches();
  }

  private static String normalized(CoreEntityMention mention) {
    String value = mention.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    if (value == null || value.isBlank()) {
      Timex timex = mention.coreMap().get(TimeAnnotations.TimexAnnotation.class);
      value = timex == null ? "" : timex.value();
    }
    return value == null ? "" : value;
  }

  private static boolean overlaps(CoreEntityMention mention, List<int[]> claimed) {
    int begin = mention.charOffsets().first();
    int end = mention.charOffsets().second();
    return claimed.stream().anyMatch(r -> r[0] < end && begin < r[1]);
  }

  /** One expression, possibly joined from pieces NER split: "1918" "and" "1920", "winter" "of 1927-28". */
  private static final class Expression {
    final int sentence;
    final List<CoreLabel> tokens;
    String type;
    String normalized;

    Expression(int sentence, List<CoreLabel> tokens, String type, String normalized) {
      this.sentence = sentence;
      this.tokens = new ArrayList<>(tokens);
      this.type = type;
      this.normalized = normalized;
    }

    boolean joins(Expression next) {
      boolean adjacent = next.tokens.get(0).index() == tokens.get(tokens.size() - 1).index() + 1;
      if (!adjacent) {
        return false;
      }
      boolean sameValue = next.normalized.equals(normalized);
      boolean ofPhrase = next.tokens.get(0).word().equalsIgnoreCase("of");
      return sameValue || ofPhrase;
    }

    void extend(Expression next) {
      tokens.addAll(next.tokens);
      TimeValue mine = TimeValue.parse(normalized, "");
      TimeValue theirs = TimeValue.parse(next.normalized, "");
      if (mine.kind() != TimeValue.Kind.EXPLICIT && theirs.kind() == TimeValue.Kind.EXPLICIT) {
        normalized = next.normalized;
        type = next.type;
      }
    }
  }
}
