package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;

/**
 * Numbers English writes as a group: units before tens ("five and thirty"), and a list or a range sharing its last
 * unit.
 */
final class NumberGroups {

  private final AnnotatedText doc;
  private final List<Token> tokens;
  private final FigureParse parse;

  NumberGroups(AnnotatedText doc, List<Token> tokens, FigureParse parse) {
    this.doc = doc;
    this.tokens = tokens;
    this.parse = parse;
  }

  /** Rewrites the sentence's candidates (sorted by position) in place. */
  void apply(List<FigureCandidate> candidates) {
    joinUnitsBeforeTens(candidates);
    joinHalves(candidates);
    joinFeetAndInches(candidates);
    shareUnitsAlongLists(candidates);
  }

  /**
   * "seven and a half pounds" is 7.5 pounds, "half a dozen people" 6 people: a whole number and a half, or half of a
   * number, is one figure.
   */
  private void joinHalves(List<FigureCandidate> candidates) {
    for (int i = 0; i + 1 < candidates.size(); i++) {
      FigureCandidate first = candidates.get(i);
      FigureCandidate second = candidates.get(i + 1);
      FigureCandidate joined = null;
      if (first.kind == FigureKind.COUNT && second.kind == FigureKind.FRACTION && second.value == 0.5
          && second.begin == first.end + 1 && lower(first.end).equals("and") && lower(second.begin).matches("an?")) {
        joined = new FigureCandidate(first.begin, second.end, FigureKind.COUNT, first.value + 0.5, second.anchor);
        joined.unit = nounAfter(second.end);
      } else if (first.kind == FigureKind.FRACTION && first.value == 0.5 && lower(first.begin).equals("half")
          && first.end == first.begin + 1 && second.kind == FigureKind.COUNT
          && (second.begin == first.end && lower(second.begin).matches("an?")
              || second.begin == first.end + 1 && lower(first.end).matches("an?"))) {
        joined = new FigureCandidate(first.begin, second.end, FigureKind.COUNT, second.value / 2, second.anchor);
      }
      if (joined != null) {
        joined.qualifier = first.qualifier;
        candidates.set(i, joined);
        candidates.remove(i + 1);
      }
    }
  }

  /** "six feet six inches": feet and inches are one length, in feet. */
  private void joinFeetAndInches(List<FigureCandidate> candidates) {
    for (int i = 0; i + 1 < candidates.size(); i++) {
      FigureCandidate feet = candidates.get(i);
      FigureCandidate inches = candidates.get(i + 1);
      if (feet.kind == FigureKind.COUNT && inches.kind == FigureKind.COUNT && inches.begin == feet.end + 1
          && lower(feet.end).matches("feet|foot") && inches.end < tokens.size() && lower(inches.end).matches("inch(es)?")) {
        FigureCandidate joined = new FigureCandidate(feet.begin, inches.end + 1, FigureKind.COUNT,
            feet.value + inches.value / 12, feet.anchor);
        joined.unit = "feet";
        joined.qualifier = feet.qualifier;
        candidates.set(i, joined);
        candidates.remove(i + 1);
      }
    }
  }

  /** The common noun right after a figure's words, or null (the parse then says). */
  private String nounAfter(int i) {
    return i < tokens.size() && tokens.get(i).pos().startsWith("NN") && !tokens.get(i).pos().startsWith("NNP")
        ? lower(i) : null;
  }

  /** "a man of five and thirty", "four and twenty blackbirds": the older English order, units then tens, is one number. */
  private void joinUnitsBeforeTens(List<FigureCandidate> candidates) {
    for (int i = 0; i + 1 < candidates.size(); i++) {
      FigureCandidate units = candidates.get(i);
      FigureCandidate tens = candidates.get(i + 1);
      boolean inWords = text(units).chars().noneMatch(Character::isDigit) && text(tens).chars().noneMatch(Character::isDigit);
      if (units.kind == FigureKind.COUNT && tens.kind.isData() && inWords && tens.begin == units.end + 1
          && lower(units.end).equals("and") && units.value >= 1 && units.value <= 9 && units.value % 1 == 0
          && tens.value >= 20 && tens.value <= 90 && tens.value % 10 == 0) {
        FigureCandidate joined = new FigureCandidate(units.begin, tens.end, tens.kind, tens.value + units.value,
            tens.anchor);
        joined.unit = tens.unit;
        joined.qualifier = units.qualifier;
        joined.currency = tens.currency;
        candidates.set(i, joined);
        candidates.remove(i + 1);
      }
    }
  }

  /**
   * "five, seven, nine hours", "twenty-four, forty-eight, or seventy-two hours", "between 5 and 10 percent": the
   * numbers of a list joined by commas, "and" and "or" are counted in the unit of the last one, which English writes
   * once, after the last.
   */
  private void shareUnitsAlongLists(List<FigureCandidate> candidates) {
    for (int i = candidates.size() - 2; i >= 0; i--) {
      FigureCandidate number = candidates.get(i);
      FigureCandidate next = candidates.get(i + 1);
      if (number.kind == FigureKind.COUNT && next.kind.isData() && next.kind != FigureKind.FRACTION
          && listBetween(number.end, next.begin)) {
        FigureCandidate shared = new FigureCandidate(number.begin, number.end, next.kind, number.value, number.anchor);
        shared.qualifier = number.qualifier;
        shared.currency = next.currency;
        shared.unit = next.unit != null ? next.unit : parse.unit(next);
        candidates.set(i, shared);
      }
    }
  }

  private boolean listBetween(int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String word = lower(i);
      if (!word.equals(",") && !word.equals("and") && !word.equals("or")) {
        // "from fifteen to twenty sheets", "40–60 calves": a range shares its unit as a list does
        return to - from == 1 && (word.equals("to") || word.equals("–"));
      }
    }
    return true;
  }

  private String text(FigureCandidate c) {
    return doc.slice(tokens.get(c.begin).charBegin(), tokens.get(c.end - 1).charEnd());
  }

  private String lower(int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }
}
