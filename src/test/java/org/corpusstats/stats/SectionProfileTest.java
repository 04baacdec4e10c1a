package org.corpusstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.report.csv.CsvTable;
import org.junit.jupiter.api.Test;

/** sections.csv and summary.csv, which describe the same corpus at two levels. */
final class SectionProfileTest {

  /**
   * <pre>
   *   a.txt #0  "Rise" title (paragraph 1), "Stalin rose ." (2)                  3 words: Rise Stalin rise
   *   a.txt #1  "Power" heading (3), "Stalin ruled ." "Stalin ruled again ." (4)  6 words: power Stalin rule again
   *   b.txt #0  "Trotsky ruled Moscow ." (1)                                     3 words: Trotsky rule Moscow
   * </pre>
   */
  private static CorpusAnalysis corpus() {
    return CorpusFixture.corpus(
        CorpusFixture.document("a.txt")
            .entity("Stalin", "Joseph Stalin", "PERSON")
            .title("Rise/NNP")
            .sentence("Stalin rose/VBD/rise ./.")
            .heading("Power/NN")
            .sentence("Stalin ruled/VBD/rule ./.")
            .sentence("Stalin ruled/VBD/rule again/RB ./.")
            .quote("quotation")
            .quote("quotation")
            .quote("term")
            .build(),
        CorpusFixture.document("b.txt")
            .entity("Trotsky", "Leon Trotsky", "PERSON")
            .entity("Moscow", "Moscow", "CITY")
            .sentence("Trotsky ruled/VBD/rule Moscow ./.")
            .build());
  }

  @Test
  void describesEverySectionInCorpusOrder() {
    CsvTable sections = Csv.table(corpus(), StatsOptions.defaults(), "sections.csv");

    assertThat(sections.header()).containsExactly("document", "index", "title", "paragraphs", "sentences", "tokens",
        "types", "type_token_ratio", "part");
    assertThat(sections.rows()).hasSize(3);
    assertThat(sections.rows().get(0)).containsExactly("a.txt", 0, "Rise", 2, 2, 3L, 3, 1.0, "section_1");
    assertThat(sections.rows().get(1).subList(0, 7)).containsExactly("a.txt", 1, "Power", 2, 3, 6L, 4);
    assertThat((Double) sections.rows().get(1).get(7)).isCloseTo(4.0 / 6, within(1e-9));
    assertThat(sections.rows().get(2)).containsExactly("b.txt", 0, "", 1, 1, 3L, 3, 1.0, "section_3");
  }

  @Test
  void sectionTokensAddUpToTheCorpusTokens() {
    CsvTable sections = Csv.table(corpus(), StatsOptions.defaults(), "sections.csv");
    CsvTable summary = Csv.table(corpus(), StatsOptions.defaults(), "summary.csv");

    assertThat(Csv.sum(sections, "tokens")).isEqualTo(((Number) Csv.row(summary, "metric", "tokens").get("value"))
        .longValue());
  }

  @Test
  void summarisesTheCorpus() {
    CsvTable summary = Csv.table(corpus(), StatsOptions.defaults(), "summary.csv");
    Map<String, Number> values = new java.util.LinkedHashMap<>();
    Csv.rows(summary).forEach(row -> values.put((String) row.get("metric"), (Number) row.get("value")));

    assertThat(summary.header()).containsExactly("metric", "value");
    assertThat(values.keySet()).containsExactly("documents", "sections", "paragraphs", "sentences", "headings",
        "tokens", "words", "types", "type_token_ratio", "hapax_legomena", "mean_sentence_length", "mentions",
        "entities", "entities_CITY", "entities_PERSON", "quotations", "quoted_terms", "figures", "dates");
    // 12 running words, 11 of them counted by words.csv ("again" is a stopword); 8 types, 6 of them once
    assertThat(List.of(values.get("documents"), values.get("sections"), values.get("paragraphs"),
        values.get("sentences"), values.get("headings"), values.get("tokens"), values.get("words"),
        values.get("types"), values.get("hapax_legomena")))
        .extracting(Number::longValue)
        .containsExactly(2L, 3L, 5L, 6L, 2L, 12L, 11L, 8L, 6L);
    // headings left out: (2 + 2 + 3 + 3) / 4
    assertThat(values.get("mean_sentence_length").doubleValue()).isCloseTo(2.5, within(1e-9));
    assertThat(values.get("type_token_ratio").doubleValue()).isCloseTo(8.0 / 12, within(1e-9));
    assertThat(List.of(values.get("mentions"), values.get("entities"), values.get("entities_CITY"),
        values.get("entities_PERSON"), values.get("quotations"), values.get("quoted_terms")))
        .extracting(Number::longValue)
        .containsExactly(5L, 3L, 1L, 2L, 2L, 1L);
  }
}
