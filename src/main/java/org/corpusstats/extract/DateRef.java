package org.corpusstats.extract;

import java.io.Serializable;
import java.util.List;

/**
 * A date or time expression.
 *
 * @param type       CoreNLP's tag: DATE, TIME, DURATION or SET
 * @param normalized CoreNLP's (SUTime's) normalised value, as it gave it
 * @param years      every calendar year the expression names (two for {@code 1927-28}); empty for none
 * @param decade     first year of the decade for {@code the 1920s}, else null
 * @param inferred   true when the year was resolved against the last explicit date before it
 * @param resolved   the value after resolution against the narrative (equal to normalized when nothing to resolve)
 */
public record DateRef(String document, int sentence, int charBegin, int charEnd, String text, String type,
                      String normalized, String resolved, List<Integer> years, Integer decade,
                      boolean inferred) implements Serializable {
  public DateRef {
    years = List.copyOf(years);
  }

  public Integer year() {
    return years.isEmpty() ? null : years.get(0);
  }
}
