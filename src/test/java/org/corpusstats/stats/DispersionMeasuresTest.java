package org.corpusstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

final class DispersionMeasuresTest {

  private static final Offset<Double> CLOSE = within(1e-6);

  @Test
  void juillandDIsOneForAnEvenSpread() {
    assertThat(DispersionMeasures.juillandD(new long[] {2, 2, 2, 2})).isCloseTo(1.0, CLOSE);
  }

  @Test
  void juillandDIsZeroWhenEverythingIsInOnePart() {
    // mean 1, population sd = sqrt((9 + 1 + 1 + 1) / 4) = sqrt(3), V = sqrt(3), D = 1 - sqrt(3)/sqrt(3) = 0
    assertThat(DispersionMeasures.juillandD(new long[] {4, 0, 0, 0})).isCloseTo(0.0, CLOSE);
  }

  @Test
  void juillandDMatchesHandComputedValue() {
    // (1, 2, 3): mean 2, population sd = sqrt((1 + 0 + 1) / 3) = 0.816497, V = 0.408248,
    // D = 1 - 0.408248 / sqrt(2) = 1 - 0.288675 = 0.711325
    assertThat(DispersionMeasures.juillandD(new long[] {1, 2, 3})).isCloseTo(0.711325, CLOSE);
  }

  @Test
  void juillandDIsUndefinedForOnePartOrNoOccurrence() {
    assertThat(DispersionMeasures.juillandD(new long[] {5})).isNaN();
    assertThat(DispersionMeasures.juillandD(new long[] {0, 0, 0})).isNaN();
  }

  @Test
  void griesDpComparesShareOfOccurrencesWithShareOfText() {
    // equal parts (10, 10, 10): v = (1/6, 2/6, 3/6), s = (1/3, 1/3, 1/3)
    // DP = (1/6 + 0 + 1/6) / 2 = 1/6
    assertThat(DispersionMeasures.griesDp(new long[] {1, 2, 3}, new long[] {10, 10, 10})).isCloseTo(1.0 / 6, CLOSE);
    // unequal parts (10, 30): v = (0.5, 0.5), s = (0.25, 0.75): DP = (0.25 + 0.25) / 2 = 0.25
    assertThat(DispersionMeasures.griesDp(new long[] {2, 2}, new long[] {10, 30})).isCloseTo(0.25, CLOSE);
    // spread exactly like the text: 0
    assertThat(DispersionMeasures.griesDp(new long[] {1, 3}, new long[] {10, 30})).isCloseTo(0.0, CLOSE);
  }

  @Test
  void griesDpRejectsMismatchedParts() {
    assertThatThrownBy(() -> DispersionMeasures.griesDp(new long[] {1, 2}, new long[] {10}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 frequencies for 1 parts");
  }
}
