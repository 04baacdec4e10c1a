package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TimeValueTest {

  @Test
  void aTwoDigitRangeInTheTextNamesBothYears() {
    TimeValue value = TimeValue.parse("1927/******28", "the winter of 1927-28");

    assertThat(value.kind()).isEqualTo(TimeValue.Kind.EXPLICIT);
    assertThat(value.years()).containsExactly(1927, 1928);
  }

  @Test
  void aSuTimeRangeNamesBothEnds() {
    assertThat(TimeValue.parse("1918/1920", "1918 and 1920").years()).containsExactly(1918, 1920);
  }

  @Test
  void aMonthAndYearGivesTheYearAndMonth() {
    TimeValue value = TimeValue.parse("1923-10", "October 1923");

    assertThat(value.years()).containsExactly(1923);
    assertThat(value.month()).isEqualTo(10);
  }

  @Test
  void aDecadeHasNoYear() {
    TimeValue value = TimeValue.parse("192X", "the 1920s");

    assertThat(value.kind()).isEqualTo(TimeValue.Kind.DECADE);
    assertThat(value.years()).isEmpty();
    assertThat(value.decade()).isEqualTo(1920);
  }

  @Test
  void underspecifiedAndRelativeValuesNeedAnAnchor() {
    assertThat(TimeValue.parse("XXXX-10", "October").kind()).isEqualTo(TimeValue.Kind.UNDERSPECIFIED);
    assertThat(TimeValue.parse("XXXX-10", "October").month()).isEqualTo(10);
    assertThat(TimeValue.parse("OFFSET P1Y", "A year later").offsetMonths()).isEqualTo(12);
    assertThat(TimeValue.parse("THIS P1Y", "that year").kind()).isEqualTo(TimeValue.Kind.THIS_PERIOD);
  }

  @Test
  void aPeriodOfAThousandYearsIsNotTheYearOneThousand() {
    // "the millennium": SUTime's THIS P1000Y. Read as a year, it dated the sentences after it to 1000.
    assertThat(TimeValue.parse("THIS P1000Y", "the millennium").years()).isEmpty();
    assertThat(TimeValue.parse("P2000Y", "two millennia").years()).isEmpty();
    assertThat(TimeValue.parse("1923-10", "October 1923").years()).containsExactly(1923);
  }

  @Test
  void nowAndDurationsNameNoYear() {
    assertThat(TimeValue.parse("PRESENT_REF", "now").kind()).isEqualTo(TimeValue.Kind.NONE);
    assertThat(TimeValue.parse("P5Y", "five years").kind()).isEqualTo(TimeValue.Kind.NONE);
    assertThat(TimeValue.parse("THIS P1D", "today").kind()).isEqualTo(TimeValue.Kind.NONE);
  }
}
