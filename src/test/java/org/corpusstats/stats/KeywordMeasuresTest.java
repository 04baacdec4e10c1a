package org.corpusstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The keyness formulas against values worked by hand (docs/STATISTICS.md, keywords.csv). */
final class KeywordMeasuresTest {

  /** a = 10 of 1,000 words against b = 5 of 2,000: E1 = 1000·15/3000 = 5, E2 = 10. */
  @Test
  void logLikelihoodIsRaysonsTwoTermForm() {
    // 2·(10·ln(10/5) + 5·ln(5/10)) = 2·(10 − 5)·ln 2 = 10 ln 2
    assertThat(KeywordMeasures.logLikelihood(10, 5, 1000, 2000)).isCloseTo(10 * Math.log(2), within(1e-12));
  }

  @Test
  void aTermAbsentFromOneSideContributesOnlyTheOtherTerm() {
    // E1 = 1000·3/2000 = 1.5; 2·3·ln(3/1.5) = 6 ln 2
    assertThat(KeywordMeasures.logLikelihood(3, 0, 1000, 1000)).isCloseTo(6 * Math.log(2), within(1e-12));
    assertThat(KeywordMeasures.logLikelihood(0, 3, 1000, 1000)).isCloseTo(6 * Math.log(2), within(1e-12));
  }

  @Test
  void equalRelativeFrequenciesAreNotKey() {
    assertThat(KeywordMeasures.logLikelihood(4, 8, 1000, 2000)).isCloseTo(0.0, within(1e-12));
    assertThat(KeywordMeasures.logRatio(4, 8, 1000, 2000)).isCloseTo(0.0, within(1e-12));
    assertThat(KeywordMeasures.percentDiff(4, 8, 1000, 2000)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void pValueIsTheChiSquaredTailWithOneDegreeOfFreedom() {
    // The critical values every keyness table prints.
    assertThat(KeywordMeasures.pValue(3.841459)).isCloseTo(0.05, within(1e-6));
    assertThat(KeywordMeasures.pValue(6.634897)).isCloseTo(0.01, within(1e-6));
    assertThat(KeywordMeasures.pValue(10.827566)).isCloseTo(0.001, within(1e-7));
    assertThat(KeywordMeasures.pValue(15.136705)).isCloseTo(0.0001, within(1e-8));
    assertThat(KeywordMeasures.pValue(0.0)).isEqualTo(1.0);
  }

  @Test
  void bonferroniMultipliesByTheTermsTestedAndStopsAtOne() {
    assertThat(KeywordMeasures.bonferroni(0.0001, 100)).isCloseTo(0.01, within(1e-15));
    assertThat(KeywordMeasures.bonferroni(0.02, 100)).isEqualTo(1.0);
  }

  @Test
  void logRatioCountsDoublingsOfRelativeFrequency() {
    // (10/1000) / (5/2000) = 4 = 2²
    assertThat(KeywordMeasures.logRatio(10, 5, 1000, 2000)).isCloseTo(2.0, within(1e-12));
    assertThat(KeywordMeasures.logRatio(5, 10, 2000, 1000)).isCloseTo(-2.0, within(1e-12));
  }

  @Test
  void logRatioTakesHalfAnOccurrenceForAZeroFrequency() {
    // (3/1000) / (0.5/1000) = 6
    assertThat(KeywordMeasures.logRatio(3, 0, 1000, 1000)).isCloseTo(Math.log(6) / Math.log(2), within(1e-12));
  }

  @Test
  void percentDiffIsUndefinedWithoutReferenceOccurrences() {
    // (0.01 − 0.0025) / 0.0025 = 3 = 300 %
    assertThat(KeywordMeasures.percentDiff(10, 5, 1000, 2000)).isCloseTo(300.0, within(1e-9));
    assertThat(KeywordMeasures.percentDiff(0, 5, 1000, 2000)).isCloseTo(-100.0, within(1e-9));
    assertThat(KeywordMeasures.percentDiff(3, 0, 1000, 1000)).isNaN();
  }
}
