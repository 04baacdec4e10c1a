package org.corpusstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.report.csv.CsvTable;
import org.junit.jupiter.api.Test;

final class WordFrequenciesTest {

  /**
   * 17 running words (punctuation excluded): 12 in a.txt, 5 in b.txt. One is a number (1921), seven are stopwords
   * (The, The, in, A, of, the, and), so words.csv counts 9: Party, parties, met, party, workers, met, Workers, party,
   * Stalin.
   */
  private static CorpusAnalysis corpus() {
    return CorpusFixture.corpus(
        CorpusFixture.document("a.txt")
            .title("The/DT Party/NNP")
            .sentence("The/DT parties/NNS/party met/VBD/meet in/IN 1921/CD ./.")
            .sentence("A/DT party/NN/party of/IN workers/NNS/worker met/VBD/meet ./.")
            .build(),
        CorpusFixture.document("b.txt")
            .sentence("Workers/NNS/worker ,/, the/DT party/NN/party and/CC Stalin/NNP ./.")
            .build());
  }

  private static CsvTable words(StatsOptions options) {
    return Csv.table(corpus(), options, "words.csv");
  }

  @Test
  void hasTheContractColumns() {
    assertThat(words(StatsOptions.defaults()).header())
        .containsExactly("term", "pos", "count", "per_10k", "documents");
  }

  @Test
  void countsAddUpToTheNonStopwordWordTotal() {
    assertThat(Csv.sum(words(StatsOptions.defaults()), "count")).isEqualTo(9);
  }

  @Test
  void keepingStopwordsCountsEveryWordButNumbers() {
    CsvTable words = words(StatsOptions.defaults().withKeepStopwords(true));

    assertThat(Csv.sum(words, "count")).isEqualTo(16);
    assertThat(Csv.row(words, "term", "the").get("count")).isEqualTo(3);
    assertThat(Csv.column(words, "term")).doesNotContain("1921", ",", ".");
  }

  @Test
  void foldsCaseAndLemmasButKeepsProperNouns() {
    CsvTable words = words(StatsOptions.defaults());

    assertThat(Csv.row(words, "term", "party")).containsEntry("count", 3).containsEntry("pos", "NN")
        .containsEntry("documents", 2);
    assertThat(Csv.row(words, "term", "Party")).containsEntry("count", 1).containsEntry("pos", "NNP");
    assertThat(Csv.row(words, "term", "worker")).containsEntry("count", 2);
    assertThat(Csv.row(words, "term", "meet")).containsEntry("pos", "VB").containsEntry("documents", 1);
  }

  @Test
  void tokenModeCountsWordFormsInstead() {
    CsvTable words = words(StatsOptions.defaults().withTerms(TermMode.TOKEN));

    assertThat(Csv.row(words, "term", "parties")).containsEntry("count", 1);
    assertThat(Csv.row(words, "term", "party")).containsEntry("count", 2);
    assertThat(Csv.row(words, "term", "met")).containsEntry("count", 2);
    assertThat(Csv.row(words, "term", "meet")).isNull();
  }

  @Test
  void perTenThousandDividesByRunningWords() {
    Map<String, Object> party = Csv.row(words(StatsOptions.defaults()), "term", "party");

    // 3 * 10,000 / 17 running words
    assertThat(Csv.number(party, "per_10k")).isCloseTo(1764.705882, within(1e-6));
  }

  @Test
  void sortsByCountThenTerm() {
    assertThat(Csv.column(words(StatsOptions.defaults()), "term"))
        .containsExactly("party", "meet", "worker", "Party", "Stalin");
  }

  @Test
  void aUserListReplacesTheBuiltInOneAndMatchesCaseExactly() {
    CsvTable words = words(StatsOptions.defaults().withStopwords(Set.of("party")));

    assertThat(Csv.column(words, "term")).doesNotContain("party").contains("the", "Party");
  }

  @Test
  void stopwordsAreCountedInTheDenominatorEvenWhenLeftOut() {
    CsvTable kept = words(StatsOptions.defaults().withKeepStopwords(true));
    CsvTable dropped = words(StatsOptions.defaults());

    assertThat(Csv.row(dropped, "term", "party").get("per_10k"))
        .isEqualTo(Csv.row(kept, "term", "party").get("per_10k"));
  }
}
