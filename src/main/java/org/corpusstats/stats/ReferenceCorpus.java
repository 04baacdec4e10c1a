package org.corpusstats.stats;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * What a corpus is compared against for keywords.csv ({@code --reference}): term frequencies and the number of
 * running words they were counted among.
 *
 * @param name         shown in the {@code reference} column: the folder or file name
 * @param counts       frequency per term, counted by the same term rules as words.csv, or as a list gave them
 * @param runningWords the size the frequencies are relative to
 */
public record ReferenceCorpus(String name, Map<String, Long> counts, long runningWords) implements Serializable {

  public ReferenceCorpus {
    Objects.requireNonNull(name, "name");
    counts = Map.copyOf(counts);
    if (runningWords <= 0) {
      throw new IllegalArgumentException("A reference corpus needs at least one word, got " + runningWords);
    }
  }

  /**
   * A frequency list ({@code term,count}): its size is the sum of its counts, so it should list every word, function
   * words included, as general-language frequency lists do.
   */
  public static ReferenceCorpus ofList(String name, Map<String, Long> counts) {
    return new ReferenceCorpus(name, counts, counts.values().stream().mapToLong(Long::longValue).sum());
  }
}
