package org.corpusstats.extract;

import java.util.Locale;

/** What a span in quotation marks is: a quoted statement, or a short scare-quoted word, phrase or title. */
public enum QuoteKind {
  QUOTATION, TERM;

  /** As written in quotes.csv. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
