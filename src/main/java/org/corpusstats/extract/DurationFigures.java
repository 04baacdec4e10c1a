package org.corpusstats.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;

/** The numbers of time in a sentence: each number of a duration or dated span, with its unit of time. */
final class DurationFigures {

  /** "21-year-old", "five-year", "24-hour": a number and a unit of time in one word. */
  private static final Pattern HYPHENATED_DURATION =
      Pattern.compile("(?i)^(\\d+(?:\\.\\d+)?|[a-z]+(?:-[a-z]+)?)-(\\p{L}+?)s?(?:-old)?$");

  private final CoreSentence core;
  private final List<Token> tokens;
  private final NumberContext context;
  private final SentenceFigures figures;

  DurationFigures(CoreSentence core, List<Token> tokens, NumberContext context, SentenceFigures figures) {
    this.core = core;
    this.tokens = tokens;
    this.context = context;
    this.figures = figures;
  }

  /**
   * Each number in a duration ("two weeks", "24 to 48 hours", "forty-five years old", "six months ago", "the past
   * five years"), and "21-year-old", "a five-year term".
   */
  void find() {
    for (CoreEntityMention mention : core.entityMentions()) {
      if (!mention.entityType().equals("DURATION") && !mention.entityType().equals("DATE")) {
        continue;
      }
      List<CoreLabel> words = mention.tokens();
      String unit = words.stream().filter(t -> FigureWords.isTimeUnit(t.lemma())).map(CoreLabel::word)
          .reduce((a, b) -> b).orElse("");
      if (unit.isEmpty()) {
        continue;
      }
      int last = words.get(words.size() - 1).index();
      for (int i = words.get(0).index() - 1; i < last; i++) {
        int[] end = new int[1];
        Double value = numberRun(i, last, end);
        if (value != null && !figures.claimed(i, end[0]) && !context.partOfAName(i, end[0])) {
          FigureCandidate candidate = new FigureCandidate(i, end[0], FigureKind.DURATION, value, end[0] - 1);
          candidate.unit = unit;
          figures.add(candidate);
        }
        if (value != null) {
          i = end[0] - 1;
        }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Matcher m = HYPHENATED_DURATION.matcher(tokens.get(i).text());
      if (m.matches() && FigureWords.isTimeUnit(m.group(2)) && !figures.claimed(i, i + 1)) {
        Double value = FigureWords.number(m.group(1));
        if (value != null && (value >= 2 || m.group(1).matches("\\d.*"))) {
          duration(i, value, m.group(2));
        }
      }
    }
  }

  /**
   * A cardinal number from token i: digits, or number words joined by hyphens ("forty", "-", "five"); end[0] is
   * set after it. "a", "one" and ordinals ("second") are no figures; nor is a four-digit year.
   */
  private Double numberRun(int i, int limit, int[] end) {
    if (!tokens.get(i).pos().equals("CD")) {
      return null;
    }
    int j = i + 1;
    StringBuilder words = new StringBuilder(tokens.get(i).text());
    while (j + 1 < limit && tokens.get(j).text().equals("-") && tokens.get(j + 1).pos().equals("CD")) {
      words.append('-').append(tokens.get(j + 1).text());
      j += 2;
    }
    Double value = FigureWords.number(words.toString());
    boolean digits = words.chars().anyMatch(Character::isDigit);
    if (value == null || !digits && value < 2 || digits && words.toString().matches("1[5-9]\\d\\d|20\\d\\d")) {
      return null;
    }
    end[0] = j;
    return value;
  }

  private void duration(int i, double value, String unit) {
    FigureCandidate candidate = new FigureCandidate(i, i + 1, FigureKind.DURATION, value, i);
    candidate.unit = unit;
    figures.add(candidate);
  }

}
