package org.corpusstats.extract;

import java.util.Locale;

/** What a number in the text is: data (a count, percentage, sum of money, fraction, duration) or a name for a thing. */
public enum FigureKind {
  COUNT, PERCENT, MONEY, FRACTION, DURATION, ORDINAL, LABEL;

  /** As written in figures.csv. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Ordinals and labels name things ("10th Congress", "Chapter 5"): they have no unit and no change. */
  public boolean isData() {
    return this != ORDINAL && this != LABEL;
  }
}
