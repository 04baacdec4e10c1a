package org.corpusstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.report.csv.CsvTable;
import org.junit.jupiter.api.Test;

final class CollocatesTest {

  /**
   * Node "Joseph Stalin", 4 mentions; 15 running words. With span 2 the windows are
   * <pre>
   *   s1  workers [hated cruel] JOSEPH STALIN [and , feared] the party greatly .   positions 2 + 2
   *   s2  STALIN [slept] .                                                         positions 0 + 1
   *   s3  STALIN [praised (Stalin)] .   and   [(Stalin) praised] STALIN .          positions 1 + 1
   * </pre>
   * The comma takes no position, "and" takes one but is a stopword, a bracketed (Stalin) takes one but is the node.
   * W = 7 window positions. "praised" is in both windows of s3: count 2. s1 ends with "party greatly", which a
   * window crossing into s2 would pick up.
   */
  private static CorpusAnalysis corpus() {
    return CorpusFixture.corpus(CorpusFixture.document("a.txt")
        .entity("Joseph Stalin", "Joseph Stalin", "PERSON")
        .entity("Stalin", "Joseph Stalin", "PERSON")
        .sentence("workers/NNS/worker hated/VBD/hate cruel/JJ Joseph Stalin and/CC ,/, feared/VBD/fear the/DT "
            + "party/NN greatly/RB ./.")
        .sentence("Stalin slept/VBD/sleep ./.")
        .sentence("Stalin praised/VBD/praise Stalin ./.")
        .build());
  }

  private static CsvTable collocates() {
    return Csv.table(corpus(), StatsOptions.defaults().withSpan(2).withMinCount(1), "collocates.csv");
  }

  @Test
  void hasTheContractColumnsThenTheNodeType() {
    assertThat(collocates().header())
        .containsExactly("node", "collocate", "count", "log_likelihood", "mi", "log_dice", "type");
  }

  @Test
  void takesSpanWordsEachSideWithinTheSentence() {
    assertThat(Csv.column(collocates(), "collocate"))
        .containsExactlyInAnyOrder("hate", "cruel", "fear", "sleep", "praise")
        .doesNotContain("worker", "party", "greatly", "and", "Joseph", "Stalin");
  }

  @Test
  void countsOncePerNodeMentionAsAntConcDoes() {
    assertThat(Csv.row(collocates(), "collocate", "praise")).containsEntry("count", 2)
        .containsEntry("node", "Joseph Stalin").containsEntry("type", "PERSON");
  }

  @Test
  void computesMiWithTheSpanCorrection() {
    Map<String, Object> praise = Csv.row(collocates(), "collocate", "praise");

    // log2(count * N / (f(node) * f(c) * S)) = log2(2 * 15 / (4 * 1 * 4)) = log2(1.875) = 0.906891
    assertThat(Csv.number(praise, "mi")).isCloseTo(0.906891, within(1e-6));
    // 14 + log2(2 * 2 / (4 + 1)) = 13.678072
    assertThat(Csv.number(praise, "log_dice")).isCloseTo(13.678072, within(1e-6));
  }

  @Test
  void computesLogLikelihoodOverTokenPositions() {
    Map<String, Object> fear = Csv.row(collocates(), "collocate", "fear");

    // cells: o11 = 1, o12 = W - 1 = 6, o21 = f(fear) - 1 = 0, o22 = 15 - 7 - 0 = 8; E = (7/15, 98/15, 8/15, 112/15)
    // 1 ln(15/7) = 0.762140, 6 ln(90/98) = -0.510947, 8 ln(120/112) = 0.551943: 2 * 0.803136 = 1.606272
    assertThat(Csv.number(fear, "log_likelihood")).isCloseTo(1.606272, within(1e-6));
  }

  @Test
  void keepsOnlyCollocatesReachingTheMinimumCount() {
    CsvTable defaults = Csv.table(corpus(), StatsOptions.defaults().withSpan(2), "collocates.csv");

    assertThat(Csv.column(defaults, "collocate")).containsExactly("praise");
  }

  @Test
  void widerSpanReachesFurther() {
    CsvTable wide = Csv.table(corpus(), StatsOptions.defaults().withSpan(5).withMinCount(1), "collocates.csv");

    assertThat(Csv.column(wide, "collocate")).contains("worker", "party", "greatly").doesNotContain("Stalin");
  }
}
