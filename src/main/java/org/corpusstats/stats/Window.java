package org.corpusstats.stats;

import java.util.Locale;

/** The unit of text inside which two entities count as co-occurring; declared from smallest to largest. */
public enum Window {
  SENTENCE,
  PARAGRAPH,
  SECTION;

  /** The value written in the {@code window} column of cooccurrence.csv. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
