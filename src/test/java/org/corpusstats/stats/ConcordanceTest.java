package org.corpusstats.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.report.csv.CsvTable;
import org.junit.jupiter.api.Test;

final class ConcordanceTest {

  private static final DocumentAnalysis FIRST = CorpusFixture.document("a.txt")
      .entity("Joseph Stalin", "Joseph Stalin", "PERSON")
      .entity("Stalin", "Joseph Stalin", "PERSON")
      .entity("Trotsky", "Leon Trotsky", "PERSON")
      .title("The/DT Rise/NNP")
      .sentence("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda Stalin ruled/VBD ./.")
      .paragraph()
      .sentence("Trotsky/NNP fled/VBD ./.")
      .sentence("Joseph Stalin stayed/VBD ./.")
      .build();
  private static final DocumentAnalysis SECOND = CorpusFixture.document("b.txt")
      .entity("Stalin", "Joseph Stalin", "PERSON")
      .sentence("Stalin won/VBD ./.")
      .build();

  private static CsvTable kwic() {
    CorpusAnalysis corpus = CorpusFixture.corpus(FIRST, SECOND);
    return Csv.table(corpus, StatsOptions.defaults(), "kwic.csv");
  }

  @Test
  void hasTheContractColumns() {
    assertThat(kwic().header()).containsExactly("item", "document", "section", "sentence", "left", "keyword",
        "right", "char_begin", "char_end", "type");
  }

  @Test
  void everyKeywordIsTheTextAtItsOffsets() {
    Map<String, String> texts = Map.of("a.txt", FIRST.text(), "b.txt", SECOND.text());

    assertThat(Csv.rows(kwic())).hasSize(4).allSatisfy(row -> assertThat(row.get("keyword"))
        .isEqualTo(texts.get(row.get("document"))
            .substring((Integer) row.get("char_begin"), (Integer) row.get("char_end"))));
  }

  @Test
  void ordersByEntityRankThenDocumentThenPosition() {
    List<String> lines = Csv.rows(kwic()).stream()
        .map(row -> row.get("item") + "@" + row.get("document") + ":" + row.get("keyword"))
        .toList();

    assertThat(lines).containsExactly("Joseph Stalin@a.txt:Stalin", "Joseph Stalin@a.txt:Joseph Stalin",
        "Joseph Stalin@b.txt:Stalin", "Leon Trotsky@a.txt:Trotsky");
  }

  @Test
  void contextCrossesSentencesAndParagraphsOnOneLine() {
    Map<String, Object> first = Csv.rows(kwic()).get(0);

    // the source has "\n\n" between the paragraphs
    assertThat(first.get("right")).isEqualTo(" ruled . Trotsky fled . Joseph Stalin stayed .");
    assertThat(Csv.rows(kwic())).allSatisfy(row -> {
      assertThat(row.get("left").toString()).doesNotContain("\n").hasSizeLessThanOrEqualTo(60);
      assertThat(row.get("right").toString()).doesNotContain("\n").hasSizeLessThanOrEqualTo(60);
    });
  }

  @Test
  void dropsAWordCutAtTheEdgeOfTheContext() {
    // 60 characters back from "Stalin" start inside "alpha" (and the title line): the stump is dropped
    assertThat(Csv.rows(kwic()).get(0).get("left"))
        .isEqualTo("beta gamma delta epsilon zeta eta theta iota kappa lambda ");
  }

  @Test
  void neverLeavesTheDocument() {
    Map<String, Object> inSecond = Csv.rows(kwic()).get(2);

    assertThat(inSecond).containsEntry("document", "b.txt").containsEntry("left", "")
        .containsEntry("section", 0).containsEntry("sentence", 1);
  }
}
