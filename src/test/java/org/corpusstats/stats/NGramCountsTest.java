package org.corpusstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.report.csv.CsvTable;
import org.junit.jupiter.api.Test;

final class NGramCountsTest {

  /**
   * 16 running words. The first two sentences end without a full stop, as a heading does, so only the sentence
   * boundary separates "rose party" and "struggle party". Across the commas the text reads "class struggle" (twice).
   * "of the" is made only of stopwords. "class rose" occurs once. "working" has the lemma "work".
   */
  private static CorpusAnalysis corpus() {
    return CorpusFixture.corpus(CorpusFixture.document("a.txt")
        .sentence("the/DT working/VBG/work class/NN rose/VBD/rise")
        .sentence("party/NN of/IN the/DT working/VBG/work class/NN ,/, struggle/NN")
        .sentence("party/NN of/IN the/DT working/VBG/work class/NN ,/, struggle/NN ./.")
        .build());
  }

  private static CsvTable ngrams(StatsOptions options) {
    return Csv.table(corpus(), options, "ngrams.csv");
  }

  @Test
  void countsBigramsAndTrigramsWithinARun() {
    CsvTable ngrams = ngrams(StatsOptions.defaults());

    assertThat(ngrams.header()).containsExactly("n", "ngram", "count", "per_10k", "stopword_edge", "log_dice", "mi",
        "log_likelihood");
    assertThat(Csv.row(ngrams, "ngram", "working class")).containsEntry("n", 2).containsEntry("count", 3);
    assertThat(Csv.row(ngrams, "ngram", "the working class")).containsEntry("n", 3).containsEntry("count", 3);
    assertThat(Csv.row(ngrams, "ngram", "party of the")).containsEntry("count", 2);
    // 3 * 10,000 / 16 running words
    assertThat(Csv.number(Csv.row(ngrams, "ngram", "working class"), "per_10k")).isCloseTo(1875.0, within(1e-9));
  }

  @Test
  void usesWordFormsEvenWhenTermsAreLemmas() {
    CsvTable ngrams = ngrams(StatsOptions.defaults());

    assertThat(Csv.column(ngrams, "ngram")).contains("working class").doesNotContain("work class");
  }

  @Test
  void neverCrossesASentenceEnd() {
    assertThat(Csv.column(ngrams(StatsOptions.defaults().withMinCount(1)), "ngram"))
        .isNotEmpty()
        .noneMatch(gram -> gram.toString().contains("rose party"))
        .noneMatch(gram -> gram.toString().contains("struggle party"));
  }

  @Test
  void neverCrossesPunctuation() {
    assertThat(Csv.column(ngrams(StatsOptions.defaults().withMinCount(1)), "ngram"))
        .isNotEmpty()
        .noneMatch(gram -> gram.toString().contains("class struggle"));
  }

  @Test
  void leavesOutNgramsMadeOnlyOfStopwords() {
    assertThat(Csv.column(ngrams(StatsOptions.defaults()), "ngram")).doesNotContain("of the");
    assertThat(Csv.column(ngrams(StatsOptions.defaults().withKeepStopwords(true)), "ngram")).contains("of the");
  }

  @Test
  void keepsOnlyNgramsReachingTheMinimumCount() {
    assertThat(Csv.column(ngrams(StatsOptions.defaults()), "ngram")).doesNotContain("class rose");
    assertThat(Csv.row(ngrams(StatsOptions.defaults().withMinCount(1)), "ngram", "class rose"))
        .containsEntry("count", 1);
    assertThat(Csv.column(ngrams(StatsOptions.defaults().withMinCount(3)), "ngram"))
        .containsExactly("the working", "working class", "the working class");
  }

  @Test
  void sortsByLengthThenCountThenNgram() {
    assertThat(Csv.column(ngrams(StatsOptions.defaults()), "ngram")).containsExactly(
        "the working", "working class", "party of",
        "the working class", "of the working", "party of the");
  }

  @Test
  void bigramsGetAssociationFromTheirWordsFrequencies() {
    Map<String, Object> row = Csv.row(ngrams(StatsOptions.defaults()), "ngram", "working class");

    // "working" and "class" occur only together, 3 times among 16 running words.
    assertThat(Csv.number(row, "log_dice")).isCloseTo(14.0, within(1e-9));
    assertThat(Csv.number(row, "mi")).isCloseTo(Math.log(3.0 * 16 / 9) / Math.log(2), within(1e-9));
    assertThat(Csv.number(row, "log_likelihood"))
        .isCloseTo(AssociationMeasures.logLikelihood(3, 0, 0, 13), within(1e-9));
    assertThat(Csv.row(ngrams(StatsOptions.defaults()), "ngram", "the working class").get("log_dice")).isNull();
  }

  @Test
  void marksNgramsThatBeginOrEndWithAStopword() {
    CsvTable ngrams = ngrams(StatsOptions.defaults());

    assertThat(Csv.row(ngrams, "ngram", "working class")).containsEntry("stopword_edge", false);
    assertThat(Csv.row(ngrams, "ngram", "the working")).containsEntry("stopword_edge", true);
    assertThat(Csv.row(ngrams, "ngram", "party of the")).containsEntry("stopword_edge", true);
  }

  @Test
  void aPossessiveCliticStaysWithItsWord() {
    CorpusAnalysis corpus = CorpusFixture.corpus(CorpusFixture.document("b.txt")
        .sentence("Stalin 's/POS policy/NN failed/VBD/fail ./.")
        .sentence("Stalin 's/POS policy/NN won/VBD/win ./.")
        .build());

    CsvTable ngrams = Csv.table(corpus, StatsOptions.defaults(), "ngrams.csv");

    assertThat(Csv.column(ngrams, "ngram")).contains("Stalin's policy").noneMatch(g -> g.toString().contains(" 's"));
  }
}
