package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the text quotes as data, sentence by sentence ({@link SentenceFigures}): counts, percentages, money,
 * fractions in words ("an eighth", "one in ten"), durations ("two weeks"), plurals of magnitude ("millions of
 * workers"), and ordinals and labels, which name rather than count; each with the noun it quantifies, the change
 * its sentence gives, "from X to Y" pairs, and the year named in the same sentence. Years are dates, not figures.
 */
final class FigureExtractor {

  /** Figures without their year: dates are extracted after figures, which claim "a quarter" from them. */
  List<Figure> extract(AnnotatedText doc) {
    List<Figure> figures = new ArrayList<>();
    for (int s = 0; s < doc.coreSentences().size(); s++) {
      figures.addAll(new SentenceFigures(doc, s).find());
    }
    return figures;
  }

  /**
   * The character ranges dates must leave to figures: fractions in words, which NER may call durations ("a
   * quarter") or ordinals. A duration is both a figure and a date expression, so it claims nothing.
   */
  static List<int[]> spans(List<Figure> figures) {
    return figures.stream().filter(f -> f.kind() != FigureKind.DURATION)
        .map(f -> new int[] {f.charBegin(), f.charEnd()}).toList();
  }

  /** Each figure with the first year explicitly named in its sentence. */
  static List<Figure> withYears(List<Figure> figures, List<DateRef> dates) {
    return figures.stream().filter(f -> !endsARangeOfYears(f, dates))
        .map(f -> new Figure(f.document(), f.sentence(), f.charBegin(), f.charEnd(), f.text(),
        f.kind(), f.value(), f.qualifier(), f.unit(), f.currency(), f.change(), f.role(), f.linked(),
        yearIn(dates, f.sentence()), f.context())).toList();
  }

  /** "the 1936–39 Arab revolt": a number that ends a range of years is part of the date, no figure. */
  private static boolean endsARangeOfYears(Figure f, List<DateRef> dates) {
    return f.text().strip().matches("\\d{2}|\\d{4}") && dates.stream().anyMatch(d -> d.document().equals(f.document())
        && d.type().equals("DATE") && d.years().size() > 1 && d.charBegin() < f.charBegin()
        && f.charEnd() == d.charEnd());
  }

  private static Integer yearIn(List<DateRef> dates, int sentence) {
    return dates.stream().filter(d -> d.sentence() == sentence && !d.inferred() && d.year() != null)
        .map(DateRef::year).findFirst().orElse(null);
  }
}
