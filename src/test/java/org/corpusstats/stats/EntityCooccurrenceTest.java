package org.corpusstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.report.csv.CsvTable;
import org.junit.jupiter.api.Test;

final class EntityCooccurrenceTest {

  /**
   * Six sentences in three paragraphs (S = Stalin, T = Trotsky, B = Bukharin, M = Moscow):
   * <pre>
   *   paragraph 1:  s1 S T T    s2 B
   *   paragraph 2:  s3 S T      s4 M
   *   paragraph 3:  s5 B M      s6 T
   * </pre>
   * Sentences: N = 6, f(S) = 2, f(T) = 3, f(S,T) = 2 (s1 counts once although T is mentioned twice), f(B,M) = 1.
   * Paragraphs: N = 3, S-T 2, B-T 2, M-T 2, S-B 1, S-M 1, B-M 1.
   */
  private static CorpusAnalysis corpus(boolean reversed) {
    String first = reversed ? "Trotsky" : "Stalin";
    String second = reversed ? "Stalin" : "Trotsky";
    return CorpusFixture.corpus(CorpusFixture.document("a.txt")
        .entity("Stalin", "Joseph Stalin", "PERSON")
        .entity("Trotsky", "Leon Trotsky", "PERSON")
        .entity("Bukharin", "Nikolai Bukharin", "PERSON")
        .entity("Moscow", "Moscow", "CITY")
        .sentence(first + " attacked/VBD Trotsky and/CC " + second + " answered/VBD ./.")
        .sentence("Bukharin stayed/VBD ./.")
        .paragraph()
        .sentence(first + " met/VBD " + second + " ./.")
        .sentence("Moscow slept/VBD ./.")
        .paragraph()
        .sentence("Bukharin left/VBD Moscow ./.")
        .sentence("Trotsky wrote/VBD ./.")
        .build());
  }

  private static CsvTable cooccurrence(StatsOptions options) {
    return Csv.table(corpus(false), options, "cooccurrence.csv");
  }

  private static List<String> pairs(CsvTable table) {
    return Csv.rows(table).stream()
        .map(row -> row.get("window") + ":" + row.get("entity_a") + "+" + row.get("entity_b"))
        .toList();
  }

  @Test
  void hasTheContractColumns() {
    assertThat(cooccurrence(StatsOptions.defaults()).header()).containsExactly("entity_a", "type_a", "entity_b",
        "type_b", "window", "count", "pmi", "npmi", "log_likelihood", "log_dice");
  }

  @Test
  void countsAPairOncePerUnit() {
    Map<String, Object> sentence = Csv.rows(cooccurrence(StatsOptions.defaults())).get(0);

    assertThat(sentence).containsEntry("window", "sentence").containsEntry("entity_a", "Joseph Stalin")
        .containsEntry("type_a", "PERSON").containsEntry("entity_b", "Leon Trotsky").containsEntry("count", 2);
  }

  @Test
  void computesTheMeasuresFromUnitCounts() {
    Map<String, Object> row = Csv.rows(cooccurrence(StatsOptions.defaults())).get(0);

    // N = 6, f(a) = 2, f(b) = 3, f(ab) = 2
    assertThat(Csv.number(row, "pmi")).isCloseTo(1.0, within(1e-9));          // log2(2 * 6 / (2 * 3))
    assertThat(Csv.number(row, "npmi")).isCloseTo(0.630930, within(1e-6));    // 1 / -log2(2/6)
    assertThat(Csv.number(row, "log_dice")).isCloseTo(13.678072, within(1e-6)); // 14 + log2(4/5)
    // cells (2, 0, 1, 3), E = (1, 1, 2, 2): 2 (2 ln 2 + ln(1/2) + 3 ln(3/2)) = 3.819085
    assertThat(Csv.number(row, "log_likelihood")).isCloseTo(3.819085, within(1e-6));
  }

  @Test
  void listsEachUnorderedPairOnceWithNamesInOrder() {
    CsvTable table = cooccurrence(StatsOptions.defaults().withMinCount(1));

    assertThat(Csv.rows(table)).allSatisfy(row ->
        assertThat(row.get("entity_a").toString()).isLessThan(row.get("entity_b").toString()));
    assertThat(pairs(table)).doesNotHaveDuplicates();
  }

  @Test
  void isSymmetricInTheOrderOfMention() {
    StatsOptions options = StatsOptions.defaults().withMinCount(1);

    assertThat(Csv.table(corpus(true), options, "cooccurrence.csv").rows())
        .isEqualTo(Csv.table(corpus(false), options, "cooccurrence.csv").rows());
  }

  @Test
  void respectsTheMinimumCount() {
    assertThat(pairs(cooccurrence(StatsOptions.defaults()))).containsExactly(
        "sentence:Joseph Stalin+Leon Trotsky",
        "paragraph:Joseph Stalin+Leon Trotsky",
        "paragraph:Leon Trotsky+Moscow",
        "paragraph:Leon Trotsky+Nikolai Bukharin");
    assertThat(pairs(cooccurrence(StatsOptions.defaults().withMinCount(1))))
        .contains("sentence:Moscow+Nikolai Bukharin", "paragraph:Joseph Stalin+Moscow");
  }

  @Test
  void sectionWindowIsOptional() {
    CsvTable sections = cooccurrence(StatsOptions.defaults().withWindows(Set.of(Window.SECTION)).withMinCount(1));

    // one section, so N = 1 and every pair of the six meets once: PMI = log2(1 * 1 / (1 * 1)) = 0
    assertThat(Csv.column(sections, "window")).hasSize(6).containsOnly("section");
    assertThat(Csv.column(sections, "pmi")).containsOnly(0.0);
    assertThat(Csv.column(cooccurrence(StatsOptions.defaults()), "window")).doesNotContain("section");
  }
}
