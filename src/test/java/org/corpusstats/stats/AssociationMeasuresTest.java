package org.corpusstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The running example: N = 100 units, a in 20, b in 30, both in 10. Contingency table (observed / expected, E =
 * row total * column total / N):
 * <pre>
 *            b             not b
 *   a        10 / 6.0      10 / 14.0     (20)
 *   not a    20 / 24.0     60 / 56.0     (80)
 *            (30)          (70)          N = 100
 * </pre>
 */
final class AssociationMeasuresTest {

  private static final Offset<Double> CLOSE = within(1e-6);

  @Test
  void pmiIsLog2OfObservedOverExpected() {
    // log2(10 * 100 / (20 * 30)) = log2(5/3) = 0.736966
    assertThat(AssociationMeasures.pmi(10, 20, 30, 100)).isCloseTo(0.736966, CLOSE);
  }

  @Test
  void pmiIsZeroForIndependentItems() {
    // f(ab)/N = 0.04 = (20/100) * (20/100)
    assertThat(AssociationMeasures.pmi(4, 20, 20, 100)).isCloseTo(0.0, CLOSE);
  }

  @Test
  void npmiDividesPmiByMinusLog2OfJointProbability() {
    // 0.736966 / -log2(10/100) = 0.736966 / 3.321928 = 0.221849
    assertThat(AssociationMeasures.npmi(10, 20, 30, 100)).isCloseTo(0.221849, CLOSE);
  }

  @Test
  void npmiIsOneWhenItemsOnlyOccurTogether() {
    // a and b each in 5 of 10 units, always together: PMI = log2(5*10/25) = 1, -log2(5/10) = 1
    assertThat(AssociationMeasures.npmi(5, 5, 5, 10)).isCloseTo(1.0, CLOSE);
    // both in every unit: PMI = 0 and -log2(1) = 0; Bouma's limit is 1
    assertThat(AssociationMeasures.npmi(7, 7, 7, 7)).isEqualTo(1.0);
  }

  @Test
  void logLikelihoodSumsOverAllFourCells() {
    // 10 ln(10/6)  =  5.108256
    // 10 ln(10/14) = -3.364722
    // 20 ln(20/24) = -3.646431
    // 60 ln(60/56) =  4.139572
    // sum 2.236675, G2 = 2 * sum = 4.473350
    assertThat(AssociationMeasures.logLikelihood(10, 10, 20, 60)).isCloseTo(4.473350, CLOSE);
  }

  @Test
  void logLikelihoodSkipsEmptyCells() {
    // o = (5, 0, 0, 5), every E = 2.5: 2 * (5 ln 2 + 0 + 0 + 5 ln 2) = 20 ln 2 = 13.862944
    assertThat(AssociationMeasures.logLikelihood(5, 0, 0, 5)).isCloseTo(13.862944, CLOSE);
  }

  @Test
  void logLikelihoodIsZeroForAnIndependentTable() {
    assertThat(AssociationMeasures.logLikelihood(5, 5, 5, 5)).isEqualTo(0.0);
  }

  @Test
  void logLikelihoodIsSymmetricInTheTwoItems() {
    // swapping a and b transposes the table: o12 and o21 trade places
    assertThat(AssociationMeasures.logLikelihood(10, 20, 10, 60))
        .isCloseTo(AssociationMeasures.logLikelihood(10, 10, 20, 60), CLOSE);
  }

  @Test
  void logDiceIsFourteenPlusLog2OfDice() {
    // 14 + log2(2 * 10 / (20 + 30)) = 14 + log2(0.4) = 14 - 1.321928 = 12.678072
    assertThat(AssociationMeasures.logDice(10, 20, 30)).isCloseTo(12.678072, CLOSE);
    // the maximum, 14, when a and b only occur together
    assertThat(AssociationMeasures.logDice(6, 6, 6)).isCloseTo(14.0, CLOSE);
  }

  @Test
  void spanMiDividesTheExpectationBySpanSize() {
    // log2(4 * 1000 / (10 * 20 * 10)) = log2(2) = 1; without the span factor it would be log2(20) = 4.321928
    assertThat(AssociationMeasures.spanMi(4, 10, 20, 1000, 10)).isCloseTo(1.0, CLOSE);
    assertThat(AssociationMeasures.spanMi(4, 10, 20, 1000, 1)).isCloseTo(4.321928, CLOSE);
  }
}
