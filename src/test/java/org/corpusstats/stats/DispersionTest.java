package org.corpusstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.report.csv.CsvTable;
import org.junit.jupiter.api.Test;

final class DispersionTest {

  /**
   * Three sections across two documents, numbered in corpus order:
   * <pre>
   *   section_1  a.txt #0  "Rise" title, Stalin rose              3 running words
   *   section_2  a.txt #1  "Power" heading, Stalin ruled, Stalin ruled again   6 running words
   *   section_3  b.txt #0  Trotsky ruled                          2 running words
   * </pre>
   * Top 2 entities: Joseph Stalin (1, 2, 0), Leon Trotsky (0, 0, 1); top 2 terms: Stalin 3 and rule 3 (capitals sort
   * first).
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
            .build(),
        CorpusFixture.document("b.txt")
            .entity("Trotsky", "Leon Trotsky", "PERSON")
            .sentence("Trotsky ruled/VBD/rule ./.")
            .build());
  }

  private static CsvTable dispersion(CorpusAnalysis corpus) {
    return Csv.table(corpus, StatsOptions.defaults().withTop(2), "dispersion.csv");
  }

  @Test
  void namesOneColumnPerSectionAcrossDocuments() {
    assertThat(dispersion(corpus()).header()).containsExactly("item", "type", "section_1", "section_2", "section_3",
        "total", "juilland_d", "gries_dp");
  }

  @Test
  void listsTopEntitiesThenTopTermsWithTheirCounts() {
    CsvTable table = dispersion(corpus());

    assertThat(Csv.rows(table)).extracting(row -> row.get("item") + "/" + row.get("type"))
        .containsExactly("Joseph Stalin/PERSON", "Leon Trotsky/PERSON", "Stalin/term", "rule/term");
    assertThat(table.rows().get(0).subList(2, 6)).containsExactly(1L, 2L, 0L, 3L);
    assertThat(table.rows().get(3).subList(2, 6)).containsExactly(0L, 2L, 1L, 3L);
  }

  @Test
  void computesJuillandAndGriesFromTheSectionCounts() {
    Map<String, Object> stalin = Csv.rows(dispersion(corpus())).get(0);

    // (1, 2, 0): mean 1, population sd sqrt(2/3) = 0.816497 = V; D = 1 - 0.816497 / sqrt(2) = 0.422650
    assertThat(Csv.number(stalin, "juilland_d")).isCloseTo(0.422650, within(1e-6));
    // v = (1/3, 2/3, 0), s = (3/11, 6/11, 2/11): (2/33 + 4/33 + 6/33) / 2 = 6/33
    assertThat(Csv.number(stalin, "gries_dp")).isCloseTo(6.0 / 33, within(1e-9));
  }

  @Test
  void leavesSectionsWithoutWordsOutOfTheMeasures() {
    // No title: section 0 exists but is empty. Over (0, 1, 1) D would be 0.5; over the two real parts (1, 1) it is 1.
    CorpusAnalysis corpus = CorpusFixture.corpus(CorpusFixture.document("c.txt")
        .entity("Stalin", "Joseph Stalin", "PERSON")
        .heading("Start/NN")
        .sentence("Stalin ruled/VBD/rule ./.")
        .heading("End/NN")
        .sentence("Stalin ruled/VBD/rule ./.")
        .build());

    Map<String, Object> stalin = Csv.rows(dispersion(corpus)).get(0);

    assertThat(stalin).containsEntry("section_1", 0L).containsEntry("section_2", 1L)
        .containsEntry("section_3", 1L);
    assertThat(Csv.number(stalin, "juilland_d")).isCloseTo(1.0, within(1e-9));
    assertThat(Csv.number(stalin, "gries_dp")).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void leavesMeasuresEmptyWithASinglePart() {
    CorpusAnalysis corpus = CorpusFixture.corpus(CorpusFixture.document("d.txt")
        .entity("Stalin", "Joseph Stalin", "PERSON")
        .sentence("Stalin ruled/VBD/rule ./.")
        .build());

    assertThat(Csv.rows(dispersion(corpus)).get(0)).containsEntry("juilland_d", null)
        .containsEntry("gries_dp", null);
  }
}
