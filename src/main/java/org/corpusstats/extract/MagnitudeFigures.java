package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;

/** A sentence's numbers written as words of magnitude or collectives: "millions of", "a dozen", "a couple of hundred". */
final class MagnitudeFigures {

  private final List<Token> tokens;
  private final NumberContext context;
  private final SentenceFigures figures;

  MagnitudeFigures(List<Token> tokens, NumberContext context, SentenceFigures figures) {
    this.tokens = tokens;
    this.context = context;
    this.figures = figures;
  }

  /**
   * "millions of workers", "hundreds of thousands", "dozens of newspapers": at least that many; "a couple of
   * dances", "a dozen eggs": that many.
   */
  void find() {
    for (int i = 1; i < tokens.size(); i++) {
      String collective = FigureWords.COLLECTIVE.get(lower(i));
      if (collective != null && i + 2 < tokens.size() && lower(i + 1).equals("of")
          && lower(i + 2).matches("hundred|thousand|million|billion")) {
        // "a couple of hundred a year", "an extra couple of hundred": that many hundreds, one figure
        int begin = lower(i - 1).equals("a") ? i - 1 : i;
        int end = i + 3;
        figures.removeWithin(begin, end);
        double hundreds = FigureWords.number(tokens.get(i + 2).text());
        figures.add(new FigureCandidate(begin, end, FigureKind.COUNT, Double.parseDouble(collective) * hundreds, i + 2));
      } else if (collective != null && lower(i - 1).equals("a") && !figures.claimed(i - 1, i + 1)) {
        figures.add(new FigureCandidate(i - 1, i + 1, FigureKind.COUNT, Double.parseDouble(collective), i));
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Double value = FigureWords.magnitude(tokens.get(i).text(), i + 1 < tokens.size() ? lower(i + 1) : "");
      if (value == null || figures.claimed(i, i + 1) || context.partOfAName(i, i + 1)) {
        continue;
      }
      int end = i + 1;
      if (end + 1 < tokens.size() && lower(end).equals("of")
          && FigureWords.magnitude(tokens.get(end + 1).text(), "") != null) {
        value *= FigureWords.magnitude(tokens.get(end + 1).text(), "");
        end += 2;
      }
      FigureCandidate candidate = new FigureCandidate(i, end, FigureKind.COUNT, value, end - 1);
      candidate.qualifier = ">";
      figures.add(candidate);
      i = end - 1;
    }
  }

  private String lower(int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }
}
