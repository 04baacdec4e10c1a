package org.corpusstats.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.report.csv.CsvTable;
import org.junit.jupiter.api.Test;

/** keywords.csv: which comparisons are made, which terms are keywords, in which order. */
final class KeywordsTest {

  /** A document of two sections: war words, then farm words, with words common to both. */
  private static DocumentAnalysis twoSections(String name) {
    CorpusFixture doc = CorpusFixture.document(name).title("Chronicle/NN").heading("War/NN");
    for (int i = 0; i < 30; i++) {
      doc.sentence("the/DT soldiers/NNS/soldier marched/VBD/march and/CC the/DT army/NN waited/VBD/wait ./.");
    }
    doc.sentence("the/DT harvest/NN waited/VBD/wait ./.");
    doc.heading("Peace/NN");
    for (int i = 0; i < 30; i++) {
      doc.sentence("the/DT farmers/NNS/farmer planted/VBD/plant and/CC the/DT harvest/NN waited/VBD/wait ./.");
    }
    return doc.build();
  }

  private static DocumentAnalysis letters(String name) {
    CorpusFixture doc = CorpusFixture.document(name);
    for (int i = 0; i < 40; i++) {
      doc.sentence("the/DT envoy/NN wrote/VBD/write a/DT letter/NN to/TO the/DT king/NN ./.");
    }
    return doc.build();
  }

  private static List<Map<String, Object>> rows(CorpusAnalysis corpus, ReferenceCorpus reference,
                                                String comparison) {
    CsvTable table = new StatisticsStage(StatsOptions.defaults(), reference).tables(corpus).stream()
        .filter(t -> t.fileName().equals("keywords.csv")).findFirst().orElseThrow();
    return Csv.rows(table).stream().filter(r -> r.get("comparison").equals(comparison)).toList();
  }

  private static List<Object> terms(List<Map<String, Object>> rows, String part, String direction) {
    return rows.stream().filter(r -> r.get("part").equals(part) && r.get("direction").equals(direction))
        .map(r -> r.get("term")).toList();
  }

  @Test
  void aSectionsPositiveKeywordsAreTheWordsOfItsOwnSubject() {
    List<Map<String, Object>> rows = rows(CorpusFixture.corpus(twoSections("a.txt")), null, "section");

    // section_2 is "War", section_3 is "Peace"; the one-line title section has too few words to reach significance.
    assertThat(terms(rows, "section_2", "positive")).containsExactlyInAnyOrder("soldier", "march", "army");
    assertThat(terms(rows, "section_3", "positive")).containsExactlyInAnyOrder("farmer", "plant", "harvest");
    assertThat(terms(rows, "section_2", "negative")).contains("farmer", "plant", "harvest");
    // "wait" is as frequent in both sections, and stopwords are never terms.
    assertThat(rows).extracting(r -> r.get("term")).doesNotContain("wait", "the", "and");
  }

  @Test
  void keywordsAreRankedByLogRatioWithinEachDirection() {
    List<Map<String, Object>> rows = rows(CorpusFixture.corpus(twoSections("a.txt")), null, "section");
    List<Map<String, Object>> war = rows.stream().filter(r -> r.get("part").equals("section_2")).toList();

    // Three war words never in the other section tie on log ratio; "harvest" (once here) is the weakest negative.
    assertThat(war).extracting(r -> r.get("direction")).containsExactly("positive", "positive", "positive",
        "negative", "negative", "negative");
    assertThat(war).extracting(r -> r.get("rank")).containsExactly(1, 2, 3, 1, 2, 3);
    assertThat(war.get(5).get("term")).isEqualTo("harvest");
    for (Map<String, Object> row : war) {
      assertThat((Double) row.get("p_bonferroni")).isLessThan(0.05);
      assertThat((Double) row.get("p_bonferroni")).isGreaterThanOrEqualTo((Double) row.get("p_value"));
      assertThat(row.get("reference")).isEqualTo("rest of document");
      assertThat(row.get("document")).isEqualTo("a.txt");
    }
  }

  @Test
  void targetAndReferenceSizesAddUpToTheDocument() {
    List<Map<String, Object>> rows = rows(CorpusFixture.corpus(twoSections("a.txt")), null, "section");
    CsvTable summary = Csv.table(CorpusFixture.corpus(twoSections("a.txt")), StatsOptions.defaults(),
        "summary.csv");
    long tokens = ((Number) Csv.row(summary, "metric", "tokens").get("value")).longValue();

    for (Map<String, Object> row : rows) {
      assertThat((Long) row.get("target_words") + (Long) row.get("reference_words")).isEqualTo(tokens);
    }
  }

  @Test
  void eachDocumentIsComparedWithTheRestOfTheCorpus() {
    List<Map<String, Object>> rows = rows(CorpusFixture.corpus(twoSections("a.txt"), letters("b.txt")), null,
        "document");

    assertThat(rows.stream().filter(r -> r.get("document").equals("b.txt") && r.get("direction").equals("positive"))
        .map(r -> r.get("term"))).containsExactlyInAnyOrder("envoy", "write", "letter", "king");
    assertThat(rows).allMatch(r -> r.get("reference").equals("rest of corpus"));
  }

  @Test
  void aSingleDocumentHasNoDocumentComparison() {
    assertThat(rows(CorpusFixture.corpus(twoSections("a.txt")), null, "document")).isEmpty();
  }

  @Test
  void theCorpusIsComparedWithAReferenceListMatchingLowerCaseEntriesToProperNouns() {
    DocumentAnalysis doc = CorpusFixture.document("c.txt").sentence("Envoy/NNP wrote/VBD/write ./.").build();
    CorpusFixture more = CorpusFixture.document("d.txt");
    for (int i = 0; i < 20; i++) {
      more.sentence("Envoy/NNP wrote/VBD/write often/RB ./.");
    }
    // A general list: lower case, stopwords and numbers included, 100,000 words in all.
    ReferenceCorpus general = ReferenceCorpus.ofList("general",
        Map.of("envoy", 2L, "write", 400L, "often", 300L, "the", 60_000L, "1990", 10L, "rain", 39_288L));

    List<Map<String, Object>> rows = rows(CorpusFixture.corpus(doc, more.build()), general, "reference");

    Map<String, Object> envoy = rows.stream().filter(r -> r.get("term").equals("Envoy")).findFirst().orElseThrow();
    assertThat(envoy.get("count_reference")).isEqualTo(2L);
    assertThat(envoy.get("direction")).isEqualTo("positive");
    assertThat(envoy.get("reference_words")).isEqualTo(100_000L);
    assertThat(rows).extracting(r -> r.get("term")).doesNotContain("the", "1990", "envoy");
    assertThat(rows.stream().filter(r -> r.get("direction").equals("negative")).map(r -> r.get("term")))
        .containsExactly("rain");
  }
}
